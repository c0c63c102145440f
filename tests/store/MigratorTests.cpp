#include "TestCluster.h"

#include "store/Database.h"
#include "store/Migrator.h"

#include <QCryptographicHash>

#include <catch2/catch.hpp>

using namespace ruqsat;

namespace {

core::Migration migration(int version, const QString& name, const QString& sql) {
    core::Migration m;
    m.version = version;
    m.name = name;
    m.sql = sql;
    m.checksum = QCryptographicHash::hash(sql.toUtf8(), QCryptographicHash::Sha256).toHex();
    return m;
}

QStringList tablesOf(const QSqlDatabase& db) {
    auto query = core::Database::execute(db, QStringLiteral("SELECT table_name FROM information_schema.tables "
                                                            "WHERE table_schema = 'ruqsat' ORDER BY 1"));
    REQUIRE(query.ok());
    QStringList names;
    while (query->next())
        names.append(query->value(0).toString());
    return names;
}

// A connection to a fresh database, closed at the end of the test.
struct FreshDatabase {
    QString name = QStringLiteral("migrator-test");
    QSqlDatabase db;
    FreshDatabase() {
        auto opened = core::Database::open(test::TestCluster::instance().createDatabase(QStringLiteral("mig")), name);
        REQUIRE(opened.ok());
        db = opened.value();
    }
    ~FreshDatabase() {
        db = QSqlDatabase();
        core::Database::close(name);
    }
};

} // namespace

TEST_CASE("Shipped migrations load in order with checksums", "[migrator]") {
    auto migrations = core::Migrator::shipped();
    REQUIRE(migrations.ok());
    REQUIRE_FALSE(migrations->isEmpty());
    int previous = 0;
    for (const core::Migration& m : migrations.value()) {
        CHECK(m.version > previous);
        CHECK(m.checksum.size() == 64);
        CHECK_FALSE(m.sql.isEmpty());
        previous = m.version;
    }
}

TEST_CASE("Applying the migrations twice changes nothing", "[migrator]") {
    FreshDatabase fresh;
    auto migrator = core::Migrator::fromShipped();
    REQUIRE(migrator.ok());
    CHECK(migrator->currentVersion(fresh.db).value() == 0);

    auto first = migrator->migrate(fresh.db);
    REQUIRE(first.ok());
    CHECK(first.value() == migrator->migrations().size());
    CHECK(migrator->currentVersion(fresh.db).value() == migrator->latestVersion());
    const QStringList tables = tablesOf(fresh.db);
    CHECK(tables.contains(QStringLiteral("installation")));

    auto second = migrator->migrate(fresh.db);
    REQUIRE(second.ok());
    CHECK(second.value() == 0);
    CHECK(tablesOf(fresh.db) == tables);
    auto rows = core::Database::execute(fresh.db, QStringLiteral("SELECT count(*) FROM ruqsat.installation"));
    REQUIRE(rows.ok());
    REQUIRE(rows->next());
    CHECK(rows->value(0).toInt() == 1);
}

TEST_CASE("A database newer than the program is refused with both versions", "[migrator]") {
    FreshDatabase fresh;
    const core::Migrator older(
        {migration(1, QStringLiteral("first"), QStringLiteral("CREATE TABLE ruqsat.a (x int);"))});
    const core::Migrator newer(
        {migration(1, QStringLiteral("first"), QStringLiteral("CREATE TABLE ruqsat.a (x int);")),
         migration(2, QStringLiteral("second"), QStringLiteral("CREATE TABLE ruqsat.b (x int);"))});
    REQUIRE(newer.migrate(fresh.db).value() == 2);

    auto refused = older.migrate(fresh.db);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().reason == QStringLiteral("schema_too_new"));
    CHECK(refused.error().message.contains(QStringLiteral("version 2")));
    CHECK(refused.error().message.contains(QStringLiteral("version 1")));
}

TEST_CASE("A failing migration leaves the database at the previous version", "[migrator]") {
    FreshDatabase fresh;
    const core::Migrator migrator(
        {migration(1, QStringLiteral("good"), QStringLiteral("CREATE TABLE ruqsat.a (x int);")),
         migration(2, QStringLiteral("bad"),
                   QStringLiteral("CREATE TABLE ruqsat.b (x int); "
                                  "SELECT no_such_function();")),
         migration(3, QStringLiteral("later"), QStringLiteral("CREATE TABLE ruqsat.c (x int);"))});
    auto result = migrator.migrate(fresh.db);
    REQUIRE_FALSE(result.ok());
    INFO(result.error().message.toStdString());
    CHECK(result.error().message.contains(QStringLiteral("Migration 2 (bad) failed")));
    CHECK(result.error().message.contains(QStringLiteral("no_such_function")));
    CHECK(migrator.currentVersion(fresh.db).value() == 1);
    // Nothing of migration 2 stayed, and migration 3 was not tried.
    CHECK(tablesOf(fresh.db) == QStringList{QStringLiteral("a"), QStringLiteral("schema_migration")});
}

TEST_CASE("A migration changed after it was applied is refused", "[migrator]") {
    FreshDatabase fresh;
    REQUIRE(core::Migrator({migration(1, QStringLiteral("m"), QStringLiteral("CREATE TABLE ruqsat.a (x int);"))})
                .migrate(fresh.db)
                .ok());
    auto changed = core::Migrator({migration(1, QStringLiteral("m"), QStringLiteral("CREATE TABLE ruqsat.a (y int);"))})
                       .migrate(fresh.db);
    REQUIRE_FALSE(changed.ok());
    CHECK(changed.error().reason == QStringLiteral("migration_changed"));
}

TEST_CASE("A migration reads its data resource through ruqsat.migration_data", "[migrator]") {
    FreshDatabase fresh;
    core::Migration withData = migration(
        1, QStringLiteral("data"),
        QStringLiteral("--@data :/migrations/0001_installation.sql\n"
                       "CREATE TABLE ruqsat.d AS SELECT length(current_setting('ruqsat.migration_data')) AS n;"));
    withData.dataResources = {QStringLiteral(":/migrations/0001_installation.sql")};
    REQUIRE(core::Migrator({withData}).migrate(fresh.db).ok());
    auto length = core::Database::execute(fresh.db, QStringLiteral("SELECT n FROM ruqsat.d"));
    REQUIRE(length.ok());
    REQUIRE(length->next());
    auto shipped = core::Migrator::load(QStringLiteral(":/migrations/0001_installation.sql"));
    REQUIRE(shipped.ok());
    CHECK(length->value(0).toInt() == shipped->sql.size());
}
