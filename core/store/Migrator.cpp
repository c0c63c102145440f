#include "store/Migrator.h"

#include "store/Database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>

namespace ruqsat::core {

namespace {

const QString migrationsDir = QStringLiteral(":/migrations");
// Any fixed number: all of Ruqsat's migrators take this lock, so two starting at once run one by one.
constexpr qint64 migrationLock = 0x52757173617431; // "Ruqsat1"

Result<QString> readResource(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::DataError, QStringLiteral("resource_missing"),
                         QCoreApplication::translate("Migrator", "Cannot read %1: %2").arg(path, file.errorString()));
    }
    return QString::fromUtf8(file.readAll());
}

Error schemaTooNew(int found, int known) {
    return makeError(ErrorCode::PreconditionFailed, QStringLiteral("schema_too_new"),
                     QCoreApplication::translate("Migrator",
                                                 "The database has schema version %1, but this program knows only up "
                                                 "to version %2. Use a newer Ruqsat.")
                         .arg(found)
                         .arg(known));
}

Status lockMigrations(const QSqlDatabase& db) {
    auto locked = Database::execute(db, QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {migrationLock});
    if (!locked)
        return locked.error();
    return {};
}

} // namespace

Migrator::Migrator(QList<Migration> migrations)
    : m_migrations(std::move(migrations)) {
    std::sort(m_migrations.begin(), m_migrations.end(),
              [](const Migration& a, const Migration& b) { return a.version < b.version; });
}

Result<Migration> Migrator::load(const QString& resourcePath) {
    static const QRegularExpression fileName(QStringLiteral("^(\\d{4})_([a-z0-9_]+)\\.sql$"));
    const QString baseName = resourcePath.section(QLatin1Char('/'), -1);
    const QRegularExpressionMatch match = fileName.match(baseName);
    if (!match.hasMatch()) {
        return makeError(
            ErrorCode::DataError, QStringLiteral("bad_migration_name"),
            QCoreApplication::translate("Migrator", "Migration file %1 is not named NNNN_name.sql").arg(resourcePath));
    }
    auto sql = readResource(resourcePath);
    if (!sql)
        return sql.error();
    Migration migration;
    migration.version = match.captured(1).toInt();
    migration.name = match.captured(2);
    migration.sql = sql.value();

    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(migration.sql.toUtf8());
    static const QRegularExpression dataLine(QStringLiteral("^--@data\\s+(\\S+)\\s*$"),
                                             QRegularExpression::MultilineOption);
    auto data = dataLine.globalMatch(migration.sql);
    while (data.hasNext()) {
        const QString resource = data.next().captured(1);
        auto content = readResource(resource);
        if (!content)
            return content.error();
        hash.addData(content.value().toUtf8());
        migration.dataResources.append(resource);
    }
    migration.checksum = hash.result().toHex();
    return migration;
}

Result<QList<Migration>> Migrator::shipped() {
    const QStringList files = QDir(migrationsDir).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    QList<Migration> migrations;
    for (const QString& file : files) {
        auto migration = load(migrationsDir + QLatin1Char('/') + file);
        if (!migration)
            return migration.error();
        if (!migrations.isEmpty() && migrations.last().version == migration->version) {
            return makeError(
                ErrorCode::DataError, QStringLiteral("duplicate_migration"),
                QCoreApplication::translate("Migrator", "Two migrations have version %1").arg(migration->version));
        }
        migrations.append(std::move(migration).value());
    }
    return migrations;
}

Result<Migrator> Migrator::fromShipped() {
    auto migrations = shipped();
    if (!migrations)
        return migrations.error();
    return Migrator(std::move(migrations).value());
}

int Migrator::latestVersion() const {
    return m_migrations.isEmpty() ? 0 : m_migrations.last().version;
}

Result<int> Migrator::currentVersion(const QSqlDatabase& db) const {
    auto exists = Database::execute(db, QStringLiteral("SELECT to_regclass('ruqsat.schema_migration') IS NOT NULL"));
    if (!exists)
        return exists.error();
    if (!exists->next() || !exists->value(0).toBool())
        return 0;
    auto version =
        Database::execute(db, QStringLiteral("SELECT coalesce(max(version), 0) FROM ruqsat.schema_migration"));
    if (!version)
        return version.error();
    return version->next() ? version->value(0).toInt() : 0;
}

Result<int> Migrator::migrate(const QSqlDatabase& db) const {
    {
        Transaction bootstrap(db);
        if (!bootstrap.begun())
            return bootstrap.begun().error();
        if (auto locked = lockMigrations(db); !locked)
            return locked.error();
        auto created = Database::executeScript(db, QStringLiteral(R"sql(
            SET LOCAL client_min_messages = warning;
            CREATE SCHEMA IF NOT EXISTS ruqsat;
            CREATE TABLE IF NOT EXISTS ruqsat.schema_migration (
                version    integer PRIMARY KEY,
                name       text NOT NULL,
                checksum   text NOT NULL,
                applied_at timestamptz NOT NULL DEFAULT now(),
                applied_by text NOT NULL DEFAULT current_user
            );)sql"));
        if (!created)
            return created.error();
        if (auto committed = bootstrap.commit(); !committed)
            return committed.error();
    }

    int applied = 0;
    for (const Migration& migration : m_migrations) {
        Transaction transaction(db);
        if (!transaction.begun())
            return transaction.begun().error();
        if (auto locked = lockMigrations(db); !locked)
            return locked.error();

        // Read under the lock: another process may have migrated while we waited.
        auto recorded = Database::execute(db, QStringLiteral("SELECT version, checksum FROM ruqsat.schema_migration "
                                                             "ORDER BY version"));
        if (!recorded)
            return recorded.error();
        bool done = false;
        while (recorded->next()) {
            const int version = recorded->value(0).toInt();
            if (version > latestVersion()) {
                return schemaTooNew(version, latestVersion());
            }
            if (version == migration.version) {
                done = true;
                if (recorded->value(1).toString().toLatin1() != migration.checksum) {
                    return makeError(ErrorCode::DataError, QStringLiteral("migration_changed"),
                                     QCoreApplication::translate("Migrator",
                                                                 "Migration %1 (%2) differs from the one applied to "
                                                                 "this database.")
                                         .arg(migration.version)
                                         .arg(migration.name));
                }
            }
        }
        if (done)
            continue;

        for (qsizetype i = 0; i < migration.dataResources.size(); ++i) {
            auto content = readResource(migration.dataResources.at(i));
            if (!content)
                return content.error();
            QStringList names{QStringLiteral("ruqsat.migration_data_%1").arg(i + 1)};
            if (i == 0)
                names.append(QStringLiteral("ruqsat.migration_data"));
            for (const QString& name : names) {
                auto set =
                    Database::execute(db, QStringLiteral("SELECT set_config(?, ?, true)"), {name, content.value()});
                if (!set)
                    return set.error();
            }
        }
        if (auto ran = Database::executeScript(db, migration.sql); !ran) {
            Error error = ran.error();
            error.message = QCoreApplication::translate("Migrator", "Migration %1 (%2) failed: %3")
                                .arg(migration.version)
                                .arg(migration.name, error.message);
            return error;
        }
        // A migration may SET LOCAL ROLE to create objects as their owner; the record is ours.
        if (auto reset = Database::executeScript(db, QStringLiteral("RESET ROLE")); !reset)
            return reset.error();
        auto record = Database::execute(db,
                                        QStringLiteral("INSERT INTO ruqsat.schema_migration (version, name, checksum) "
                                                       "VALUES (?, ?, ?)"),
                                        {migration.version, migration.name, QString::fromLatin1(migration.checksum)});
        if (!record)
            return record.error();
        if (auto committed = transaction.commit(); !committed)
            return committed.error();
        ++applied;
    }

    // A database migrated by a newer program but with nothing pending here is refused too.
    auto current = currentVersion(db);
    if (!current)
        return current.error();
    if (current.value() > latestVersion()) {
        return schemaTooNew(current.value(), latestVersion());
    }
    return applied;
}

} // namespace ruqsat::core
