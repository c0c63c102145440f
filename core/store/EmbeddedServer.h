#pragma once

#include "common/Result.h"
#include "store/ConnectionSettings.h"
#include "store/PgCluster.h"

#include <memory>

namespace ruqsat::core {

// The desktop program's default when no server is configured: a private cluster under the user's
// data directory, created on first start, migrated on every start, and stopped when this object goes.
class EmbeddedServer {
public:
    static constexpr const char* databaseName = "ruqsat";

    // $XDG_DATA_HOME/ruqsat (usually ~/.local/share/ruqsat). As root, whose home the postgres user
    // cannot enter, /var/lib/ruqsat instead.
    static QString defaultDirectory();

    // Creates the cluster if needed, starts it, creates the database and migrates it.
    static Result<std::unique_ptr<EmbeddedServer>> start(const QString& directory);

    ~EmbeddedServer();
    EmbeddedServer(const EmbeddedServer&) = delete;
    EmbeddedServer& operator=(const EmbeddedServer&) = delete;

    Status stop();

    const PgCluster& cluster() const { return m_cluster; }
    // The superuser on Ruqsat's database: for administration (migrations, demo data), not for staff.
    const ConnectionSettings& administratorSettings() const { return m_administrator; }
    // True when this start created the cluster: the program offers the demo office then.
    bool createdNow() const { return m_createdNow; }
    int schemaVersion() const { return m_schemaVersion; }

private:
    EmbeddedServer(PgCluster cluster, ConnectionSettings administrator, bool createdNow, int schemaVersion);

    PgCluster m_cluster;
    ConnectionSettings m_administrator;
    bool m_createdNow = false;
    int m_schemaVersion = 0;
    bool m_running = true;
};

// Creates `database` on the server unless it exists (connected as a role allowed to).
Status ensureDatabase(const ConnectionSettings& maintenance, const QString& database);

} // namespace ruqsat::core
