#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace ruqsat::core {

// One schema change, shipped as a resource ":/migrations/NNNN_name.sql". Header lines
// "--@data :/path" bind those resources' texts to the settings ruqsat.migration_data_1, _2, ... (the
// first also to ruqsat.migration_data) for the migration, read with current_setting(): that is how
// reference data ships as data.
struct Migration {
    int version = 0;
    QString name;
    QString sql;
    QStringList dataResources;
    QByteArray checksum; // SHA-256 of the SQL and its data
};

// Brings a database to the program's schema version. Each migration runs in its own transaction,
// serialised across processes by an advisory lock, and is recorded in ruqsat.schema_migration; applying
// twice changes nothing. A database that is newer than the program, or whose applied migrations differ
// from the shipped ones, is refused rather than touched.
class Migrator {
public:
    explicit Migrator(QList<Migration> migrations);

    // The migrations compiled into the program, in order.
    static Result<QList<Migration>> shipped();
    static Result<Migrator> fromShipped();
    static Result<Migration> load(const QString& resourcePath);

    int latestVersion() const;
    const QList<Migration>& migrations() const { return m_migrations; }

    // 0 for a database Ruqsat has never touched.
    Result<int> currentVersion(const QSqlDatabase& db) const;
    // Returns how many migrations were applied.
    Result<int> migrate(const QSqlDatabase& db) const;

private:
    QList<Migration> m_migrations;
};

} // namespace ruqsat::core
