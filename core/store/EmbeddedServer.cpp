#include "store/EmbeddedServer.h"

#include "store/Database.h"
#include "store/Migrator.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QUuid>

#include <unistd.h>

namespace ruqsat::core {

namespace {

// A connection name unique to this call, closed when the scope ends.
class ScopedConnection {
public:
    ScopedConnection()
        : m_name(QStringLiteral("ruqsat-embedded-") + QUuid::createUuid().toString(QUuid::WithoutBraces)) {}
    ~ScopedConnection() { Database::close(m_name); }
    const QString& name() const { return m_name; }

private:
    QString m_name;
};

} // namespace

QString EmbeddedServer::defaultDirectory() {
    if (::geteuid() == 0 && qEnvironmentVariableIsEmpty("XDG_DATA_HOME"))
        return QStringLiteral("/var/lib/ruqsat");
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/ruqsat");
}

Status ensureDatabase(const ConnectionSettings& maintenance, const QString& database) {
    ScopedConnection connection;
    auto db = Database::open(maintenance, connection.name());
    if (!db)
        return db.error();
    auto exists =
        Database::execute(db.value(), QStringLiteral("SELECT 1 FROM pg_database WHERE datname = ?"), {database});
    if (!exists)
        return exists.error();
    if (exists->next())
        return {};
    // CREATE DATABASE takes no bound values: quote the identifier with the server's own function.
    auto quoted = Database::execute(db.value(), QStringLiteral("SELECT quote_ident(?)"), {database});
    if (!quoted)
        return quoted.error();
    quoted->next();
    return Database::executeScript(
        db.value(),
        QStringLiteral("CREATE DATABASE %1 ENCODING 'UTF8' TEMPLATE template0").arg(quoted->value(0).toString()));
}

EmbeddedServer::EmbeddedServer(PgCluster cluster, ConnectionSettings administrator, bool createdNow, int schemaVersion)
    : m_cluster(std::move(cluster))
    , m_administrator(std::move(administrator))
    , m_createdNow(createdNow)
    , m_schemaVersion(schemaVersion) {}

Result<std::unique_ptr<EmbeddedServer>> EmbeddedServer::start(const QString& directory) {
    auto cluster = PgCluster::at(directory);
    if (!cluster)
        return cluster.error();
    const bool createdNow = !cluster->isInitialized();
    if (auto initialized = cluster->initialize(); !initialized)
        return initialized.error();
    if (auto started = cluster->start(); !started)
        return started.error();

    // From here on a failure must not leave the server running.
    auto fail = [&cluster](Error error) -> Result<std::unique_ptr<EmbeddedServer>> {
        (void)cluster->stop();
        return error;
    };
    auto maintenance = cluster->superuser();
    if (!maintenance)
        return fail(maintenance.error());
    if (auto created = ensureDatabase(maintenance.value(), QLatin1String(databaseName)); !created)
        return fail(created.error());
    auto administrator = cluster->superuser(QLatin1String(databaseName));
    if (!administrator)
        return fail(administrator.error());

    auto migrator = Migrator::fromShipped();
    if (!migrator)
        return fail(migrator.error());
    int schemaVersion = 0;
    {
        ScopedConnection connection;
        auto db = Database::open(administrator.value(), connection.name());
        if (!db)
            return fail(db.error());
        auto migrated = migrator->migrate(db.value());
        if (!migrated)
            return fail(migrated.error());
        schemaVersion = migrator->latestVersion();
    }
    return std::unique_ptr<EmbeddedServer>(
        new EmbeddedServer(std::move(cluster).value(), std::move(administrator).value(), createdNow, schemaVersion));
}

EmbeddedServer::~EmbeddedServer() {
    if (m_running)
        (void)stop();
}

Status EmbeddedServer::stop() {
    m_running = false;
    return m_cluster.stop();
}

} // namespace ruqsat::core
