// ruqsat: the desktop workstation. Chooses the database (office server or embedded default), starts the
// embedded server when needed, shows the main window, and stops what it started on exit.
#include "common/MessageBox.h"
#include "mainwindow/MainWindow.h"
#include "platform/UnixSignalWatcher.h"
#include "store/Database.h"
#include "store/DatabaseChoice.h"
#include "store/DemoSeeder.h"
#include "store/EmbeddedServer.h"
#include "store/Migrator.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>

#include <cstdio>
#include <memory>

using namespace ruqsat;

namespace {

const QString mainConnection = QStringLiteral("ruqsat-main");

int exitWithError(const QString& text) {
    std::fprintf(stderr, "ruqsat: %s\n", qPrintable(text));
    ui::MessageBox::error(nullptr, QCoreApplication::translate("main", "Ruqsat cannot start"), text);
    return 1;
}

} // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ruqsat"));
    QApplication::setApplicationDisplayName(QStringLiteral("Ruqsat"));
    QApplication::setOrganizationName(QStringLiteral("Ruqsat"));
    QApplication::setApplicationVersion(QStringLiteral(RUQSAT_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Ruqsat: the provider's workstation for shared-participation housing construction services.\n"
                "Without --db or a configured server it runs its own embedded database."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QCoreApplication::translate("main", "Office server: a libpq connection string "
                                                                          "or URI."),
                                      QStringLiteral("CONNINFO"));
    const QCommandLineOption dataDirOption(QStringLiteral("data-dir"),
                                           QCoreApplication::translate("main", "Directory of the embedded database "
                                                                               "(default: %1).")
                                               .arg(core::EmbeddedServer::defaultDirectory()),
                                           QStringLiteral("DIR"));
    parser.addOption(dbOption);
    parser.addOption(dataDirOption);
    if (!parser.parse(QCoreApplication::arguments())) {
        std::fprintf(stderr, "ruqsat: %s\n", qPrintable(parser.errorText()));
        return 2;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();

    // Stop cleanly on SIGINT and SIGTERM too: the embedded server must not outlive us.
    core::UnixSignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &core::UnixSignalWatcher::terminationRequested, &app, &QApplication::quit);

    QSettings settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("Ruqsat"), QStringLiteral("ruqsat"));
    const QString embeddedDirectory =
        parser.isSet(dataDirOption) ? parser.value(dataDirOption) : core::EmbeddedServer::defaultDirectory();
    auto choice = core::DatabaseChoice::resolve(parser.value(dbOption),
                                                settings.value(QStringLiteral("database/conninfo")).toString(),
                                                embeddedDirectory, QProcessEnvironment::systemEnvironment());
    if (!choice)
        return exitWithError(choice.error().message);

    std::unique_ptr<core::EmbeddedServer> embedded;
    ui::MainWindow::DatabaseInfo info;
    info.description = choice->describe();
    if (choice->kind == core::DatabaseChoice::Kind::Embedded) {
        auto started = core::EmbeddedServer::start(choice->embeddedDirectory);
        if (!started)
            return exitWithError(started.error().message);
        embedded = std::move(started).value();
        info.embedded = true;
        info.schemaVersion = embedded->schemaVersion();
        auto db = core::Database::open(embedded->administratorSettings(), mainConnection);
        if (!db)
            return exitWithError(db.error().message);
        // A new embedded database is empty: offer the demo office, with a user of every role.
        if (embedded->createdNow() &&
            ui::MessageBox::confirm(nullptr, QCoreApplication::translate("main", "Demo office"),
                                    QCoreApplication::translate("main",
                                                                "This is a new embedded database. Load the demo "
                                                                "office, with a user of every role (password "
                                                                "\"%1\") and about fifty cases?")
                                        .arg(QLatin1String(core::DemoSeeder::demoPassword)))) {
            const core::SystemClock clock;
            if (auto seeded = core::DemoSeeder::seed(mainConnection, clock); !seeded)
                ui::MessageBox::error(nullptr, QCoreApplication::translate("main", "Demo office"),
                                      seeded.error().message);
        }
    } else {
        auto db = core::Database::open(choice->server, mainConnection);
        if (!db)
            return exitWithError(db.error().message);
        auto migrator = core::Migrator::fromShipped();
        if (!migrator)
            return exitWithError(migrator.error().message);
        auto version = migrator->currentVersion(db.value());
        if (!version)
            return exitWithError(version.error().message);
        if (version.value() != migrator->latestVersion()) {
            return exitWithError(QCoreApplication::translate("main",
                                                             "The database has schema version %1 and this program "
                                                             "needs %2: ask the administrator to run "
                                                             "'ruqsat-admin db migrate' or to update Ruqsat.")
                                     .arg(version.value())
                                     .arg(migrator->latestVersion()));
        }
        info.schemaVersion = version.value();
    }

    int exitCode = 0;
    {
        ui::MainWindow window(info);
        window.show();
        std::fprintf(stderr, "ruqsat: ready on %s\n", qPrintable(info.description));
        exitCode = QApplication::exec();
    }
    core::Database::close(mainConnection);
    if (embedded) {
        if (auto stopped = embedded->stop(); !stopped) {
            std::fprintf(stderr, "ruqsat: %s\n", qPrintable(stopped.error().message));
            return 1;
        }
    }
    return exitCode;
}
