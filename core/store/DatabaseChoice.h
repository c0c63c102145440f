#pragma once

#include "common/Result.h"
#include "store/ConnectionSettings.h"

#include <QProcessEnvironment>

namespace ruqsat::core {

// Which database the desktop program works on, and why. An office points Ruqsat at its server (command
// line --db, the settings file, or libpq's PGHOST/PGSERVICE); with none of those it runs the embedded
// default, a private cluster of its own. A configured server never starts a local cluster.
struct DatabaseChoice {
    enum class Kind { Embedded, Server };
    enum class Origin { CommandLine, SettingsFile, Environment, Default };

    Kind kind = Kind::Embedded;
    Origin origin = Origin::Default;
    ConnectionSettings server; // Kind::Server
    QString embeddedDirectory; // Kind::Embedded

    static Result<DatabaseChoice> resolve(const QString& commandLineConnInfo, const QString& settingsConnInfo,
                                          const QString& embeddedDirectory, const QProcessEnvironment& environment);
    QString describe() const;
};

} // namespace ruqsat::core
