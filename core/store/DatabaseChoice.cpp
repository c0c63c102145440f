#include "store/DatabaseChoice.h"

#include <QCoreApplication>

namespace ruqsat::core {

Result<DatabaseChoice> DatabaseChoice::resolve(const QString& commandLineConnInfo, const QString& settingsConnInfo,
                                               const QString& embeddedDirectory,
                                               const QProcessEnvironment& environment) {
    DatabaseChoice choice;
    QString connInfo;
    if (!commandLineConnInfo.trimmed().isEmpty()) {
        connInfo = commandLineConnInfo;
        choice.origin = Origin::CommandLine;
    } else if (!settingsConnInfo.trimmed().isEmpty()) {
        connInfo = settingsConnInfo;
        choice.origin = Origin::SettingsFile;
    } else if (!environment.value(QStringLiteral("PGHOST")).isEmpty() ||
               !environment.value(QStringLiteral("PGSERVICE")).isEmpty()) {
        // libpq fills the fields from the environment when it connects.
        choice.origin = Origin::Environment;
        choice.kind = Kind::Server;
        return choice;
    } else {
        choice.kind = Kind::Embedded;
        choice.embeddedDirectory = embeddedDirectory;
        return choice;
    }
    auto settings = ConnectionSettings::parse(connInfo);
    if (!settings)
        return settings.error();
    choice.kind = Kind::Server;
    choice.server = std::move(settings).value();
    return choice;
}

QString DatabaseChoice::describe() const {
    if (kind == Kind::Embedded)
        return QCoreApplication::translate("DatabaseChoice", "embedded database in %1").arg(embeddedDirectory);
    return server.describe();
}

} // namespace ruqsat::core
