// ruqsat: the desktop workstation. Chooses the database (office server or embedded default), starts the
// embedded server when needed, signs the user in, shows the main window with their role screens, and
// stops what it started on exit. Speaks the language chosen in the settings (Russian by default).
#include "common/LanguageManager.h"
#include "common/MessageBox.h"
#include "common/Session.h"
#include "login/LoginDialog.h"
#include "mainwindow/MainWindow.h"
#include "platform/UnixSignalWatcher.h"
#include "store/Database.h"
#include "store/DatabaseChoice.h"
#include "store/DemoSeeder.h"
#include "store/EmbeddedServer.h"
#include "store/Migrator.h"
#include "store/StaffLogin.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>

#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace ruqsat;

namespace {

const QString mainConnection = QStringLiteral("ruqsat-main");

// Qt ends the program with exit() when the display connection breaks; the embedded server must stop
// then too. Set while the server runs; cleared before main() lets go of it.
core::EmbeddedServer* runningEmbedded = nullptr;

void stopEmbeddedAtExit() {
    if (runningEmbedded != nullptr)
        (void)runningEmbedded->stop();
}

struct ForgetRunningEmbedded {
    ~ForgetRunningEmbedded() { runningEmbedded = nullptr; }
};

int exitWithError(const QString& text) {
    std::fprintf(stderr, "ruqsat: %s\n", qPrintable(text));
    ui::MessageBox::error(nullptr, QCoreApplication::translate("main", "Ruqsat cannot start"), text);
    return 1;
}

// The office server for the sign-in form: the configured connection without its account, or for a
// server taken from libpq's environment the variable that names it.
QString serverText(const core::DatabaseChoice& choice) {
    if (choice.origin == core::DatabaseChoice::Origin::Environment) {
        const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        const QString service = environment.value(QStringLiteral("PGSERVICE"));
        return service.isEmpty() ? QStringLiteral("host=") + environment.value(QStringLiteral("PGHOST"))
                                 : QStringLiteral("service=") + service;
    }
    return choice.server.withoutKey(QStringLiteral("user")).withoutKey(QStringLiteral("password")).connInfo();
}

// The schema version of the signed-in user's database; 0 when their role may not read it. A database
// of another version than this program's is refused.
core::Result<int> schemaVersionOf(const QString& connection) {
    auto migrator = core::Migrator::fromShipped();
    if (!migrator)
        return migrator.error();
    auto version = migrator->currentVersion(QSqlDatabase::database(connection, false));
    if (!version)
        return version.error().reason == QLatin1String("insufficient_privilege") ? core::Result<int>(0) : version;
    if (version.value() != migrator->latestVersion()) {
        return core::makeError(core::ErrorCode::PreconditionFailed, QStringLiteral("schema_mismatch"),
                               QCoreApplication::translate("main",
                                                           "The database has schema version %1 and this program "
                                                           "needs %2: ask the administrator to run "
                                                           "'ruqsat-admin db migrate' or to update Ruqsat.")
                                   .arg(version.value())
                                   .arg(migrator->latestVersion()));
    }
    return version;
}

} // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ruqsat"));
    QApplication::setApplicationDisplayName(QStringLiteral("Ruqsat"));
    QApplication::setOrganizationName(QStringLiteral("Ruqsat"));
    QApplication::setApplicationVersion(QStringLiteral(RUQSAT_VERSION));
    // The saved language (Russian on a new installation) before any text is shown, the help included.
    if (!ui::LanguageManager::instance().applySaved())
        std::fprintf(stderr, "ruqsat: the %s catalogue is missing; showing English\n",
                     qPrintable(ui::LanguageManager::code(ui::LanguageManager::instance().current())));

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
    const ForgetRunningEmbedded forgetAtScopeEnd; // destroyed before `embedded`
    ui::MainWindow::DatabaseInfo info;
    info.description = choice->describe();
    ui::LoginDialog::Options login;
    login.connectionName = mainConnection;
    login.settings = &settings;
    if (choice->kind == core::DatabaseChoice::Kind::Embedded) {
        auto started = core::EmbeddedServer::start(choice->embeddedDirectory);
        if (!started)
            return exitWithError(started.error().message);
        embedded = std::move(started).value();
        runningEmbedded = embedded.get();
        std::atexit(stopEmbeddedAtExit);
        info.embedded = true;
        info.schemaVersion = embedded->schemaVersion();
        // A new embedded database is empty: offer the demo office, with a user of every role.
        if (embedded->createdNow() &&
            ui::MessageBox::confirm(nullptr, QCoreApplication::translate("main", "Demo office"),
                                    QCoreApplication::translate("main",
                                                                "This is a new embedded database. Load the demo "
                                                                "office, with a user of every role (password "
                                                                "\"%1\") and about fifty cases?")
                                        .arg(QLatin1String(core::DemoSeeder::demoPassword)))) {
            auto db = core::Database::open(embedded->administratorSettings(), mainConnection);
            if (!db)
                return exitWithError(db.error().message);
            const core::SystemClock clock;
            if (auto seeded = core::DemoSeeder::seed(mainConnection, clock); !seeded)
                ui::MessageBox::error(nullptr, QCoreApplication::translate("main", "Demo office"),
                                      seeded.error().message);
            core::Database::close(mainConnection);
        }
        // Staff sign in to the embedded server as themselves, through its socket.
        login.embedded = embedded->administratorSettings();
        login.embeddedDescription = info.description;
    } else {
        // A configured server that does not answer is reported before anyone types a password.
        if (auto reachable = core::StaffLogin::probe(choice->server); !reachable)
            return exitWithError(reachable.error().message);
        login.server = serverText(*choice);
        login.serverFixed = choice->origin == core::DatabaseChoice::Origin::CommandLine;
        login.user = choice->server.value(QStringLiteral("user"));
    }

    // Until the main window shows, closing the sign-in dialog is what ends the program.
    QApplication::setQuitOnLastWindowClosed(false);
    ui::LoginDialog loginDialog(login);
    std::unique_ptr<ui::MainWindow> window;
    QObject::connect(&loginDialog, &QDialog::rejected, &app, &QApplication::quit);
    QObject::connect(&loginDialog, &QDialog::accepted, &app, [&] {
        if (!loginDialog.usedEmbedded()) {
            info.embedded = false;
            info.description = loginDialog.databaseDescription();
            auto version = schemaVersionOf(mainConnection);
            if (!version) {
                exitWithError(version.error().message);
                QCoreApplication::exit(1);
                return;
            }
            info.schemaVersion = version.value();
        }
        ui::Session session{mainConnection, loginDialog.workspace(), std::make_shared<core::SystemClock>()};
        window = std::make_unique<ui::MainWindow>(info, std::move(session));
        window->show();
        QApplication::setQuitOnLastWindowClosed(true);
        std::fprintf(stderr, "ruqsat: signed in as %s on %s\n", qPrintable(loginDialog.workspace()->actor().login),
                     qPrintable(info.description));
    });
    loginDialog.show();
    std::fprintf(stderr, "ruqsat: ready on %s\n", qPrintable(info.description));
    const int exitCode = QApplication::exec();

    window.reset();
    core::Database::close(mainConnection);
    if (embedded) {
        if (auto stopped = embedded->stop(); !stopped) {
            std::fprintf(stderr, "ruqsat: %s\n", qPrintable(stopped.error().message));
            return 1;
        }
    }
    return exitCode;
}
