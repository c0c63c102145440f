#pragma once

#include "store/ConnectionSettings.h"
#include "store/PgCluster.h"

#include <QString>

#include <memory>

namespace ruqsat::test {

// The test harness's PostgreSQL: one private cluster per test process, in a fresh directory under
// /tmp (short socket path, reachable by the postgres user when tests run as root), started on first
// use, stopped and removed when the process exits. Each test takes a database of its own.
class TestCluster {
public:
    static TestCluster& instance();

    const core::PgCluster& cluster() const { return *m_cluster; }
    core::ConnectionSettings superuser(const QString& database = QStringLiteral("postgres")) const;

    // A new, empty database with a unique name; the superuser's settings for it.
    core::ConnectionSettings createDatabase(const QString& prefix = QStringLiteral("test"));
    // The same, migrated to the program's schema.
    core::ConnectionSettings createMigratedDatabase(const QString& prefix = QStringLiteral("test"));

    ~TestCluster();

private:
    TestCluster();

    QString m_directory;
    std::unique_ptr<core::PgCluster> m_cluster;
    int m_databases = 0;
};

// Throws (failing the current test) with the error's message when `result` failed.
void requireOk(const core::Status& status, const char* what);

// A fresh empty directory under /tmp, removed by the destructor.
class TemporaryDirectory {
public:
    explicit TemporaryDirectory(const QString& prefix = QStringLiteral("ruqsat-test"));
    ~TemporaryDirectory();
    TemporaryDirectory(const TemporaryDirectory&) = delete;
    TemporaryDirectory& operator=(const TemporaryDirectory&) = delete;
    const QString& path() const { return m_path; }

private:
    QString m_path;
};

} // namespace ruqsat::test
