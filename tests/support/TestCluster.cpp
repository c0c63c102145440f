#include "TestCluster.h"

#include "store/Database.h"
#include "store/EmbeddedServer.h"
#include "store/Migrator.h"

#include <QDir>
#include <QUuid>

#include <cstdlib>
#include <stdexcept>
#include <sys/stat.h>
#include <unistd.h>

namespace ruqsat::test {

namespace {

[[noreturn]] void fail(const QString& what, const core::Error& error) {
    throw std::runtime_error(QString(what + QStringLiteral(": ") + error.message).toStdString());
}

} // namespace

void requireOk(const core::Status& status, const char* what) {
    if (!status)
        fail(QString::fromUtf8(what), status.error());
}

TemporaryDirectory::TemporaryDirectory(const QString& prefix) {
    QByteArray pattern = QStringLiteral("/tmp/%1-XXXXXX").arg(prefix).toLocal8Bit();
    if (::mkdtemp(pattern.data()) == nullptr)
        throw std::runtime_error("cannot create a temporary directory under /tmp");
    // As root the server runs as the postgres user, who must be able to pass through.
    ::chmod(pattern.constData(), 0711);
    m_path = QString::fromLocal8Bit(pattern);
}

TemporaryDirectory::~TemporaryDirectory() {
    QDir(m_path).removeRecursively();
}

TestCluster& TestCluster::instance() {
    static TestCluster cluster;
    return cluster;
}

TestCluster::TestCluster() {
    QByteArray pattern("/tmp/ruqsat-pg-XXXXXX");
    if (::mkdtemp(pattern.data()) == nullptr)
        throw std::runtime_error("cannot create the test cluster's directory under /tmp");
    m_directory = QString::fromLocal8Bit(pattern);
    auto cluster = core::PgCluster::at(m_directory);
    if (!cluster)
        fail(QStringLiteral("test cluster"), cluster.error());
    m_cluster = std::make_unique<core::PgCluster>(std::move(cluster).value());
    requireOk(m_cluster->initialize(), "initdb of the test cluster");
    requireOk(m_cluster->start(), "start of the test cluster");
}

TestCluster::~TestCluster() {
    if (m_cluster)
        (void)m_cluster->stop();
    QDir(m_directory).removeRecursively();
}

core::ConnectionSettings TestCluster::superuser(const QString& database) const {
    auto settings = m_cluster->superuser(database);
    if (!settings)
        fail(QStringLiteral("superuser settings"), settings.error());
    return settings.value();
}

core::ConnectionSettings TestCluster::createDatabase(const QString& prefix) {
    const QString name = QStringLiteral("%1_%2_%3").arg(prefix).arg(::getpid()).arg(++m_databases);
    requireOk(core::ensureDatabase(superuser(), name), "create a test database");
    return superuser(name);
}

core::ConnectionSettings TestCluster::createMigratedDatabase(const QString& prefix) {
    core::ConnectionSettings settings = createDatabase(prefix);
    const QString connection = QStringLiteral("migrate-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        auto db = core::Database::open(settings, connection);
        if (!db)
            fail(QStringLiteral("connect to the test database"), db.error());
        auto migrator = core::Migrator::fromShipped();
        if (!migrator)
            fail(QStringLiteral("load migrations"), migrator.error());
        auto applied = migrator->migrate(db.value());
        if (!applied)
            fail(QStringLiteral("migrate the test database"), applied.error());
    }
    core::Database::close(connection);
    return settings;
}

} // namespace ruqsat::test
