#include "TestCluster.h"

#include "store/Database.h"
#include "store/EmbeddedServer.h"

#include <catch2/catch.hpp>

using namespace ruqsat;

namespace {

QString label(const core::EmbeddedServer& server) {
    const QString name = QStringLiteral("embedded-label");
    QString value;
    {
        auto db = core::Database::open(server.administratorSettings(), name);
        REQUIRE(db.ok());
        auto query = core::Database::execute(db.value(), QStringLiteral("SELECT label FROM ruqsat.installation"));
        REQUIRE(query.ok());
        REQUIRE(query->next());
        value = query->value(0).toString();
    }
    core::Database::close(name);
    return value;
}

void setLabel(const core::EmbeddedServer& server, const QString& value) {
    const QString name = QStringLiteral("embedded-label");
    {
        auto db = core::Database::open(server.administratorSettings(), name);
        REQUIRE(db.ok());
        REQUIRE(core::Database::execute(db.value(), QStringLiteral("UPDATE ruqsat.installation SET label = ?"), {value})
                    .ok());
    }
    core::Database::close(name);
}

} // namespace

TEST_CASE("The embedded default keeps its data from one run to the next", "[embedded]") {
    test::TemporaryDirectory home;
    const QString directory = home.path() + QStringLiteral("/ruqsat");
    const QString office = QStringLiteral("Өскемен қаласының құрылыс бөлімі");

    {
        auto first = core::EmbeddedServer::start(directory);
        INFO((first ? QString() : first.error().message).toStdString());
        REQUIRE(first.ok());
        CHECK(first.value()->createdNow());
        CHECK(first.value()->schemaVersion() > 0);
        setLabel(*first.value(), office);
        REQUIRE(first.value()->stop().ok());
        CHECK_FALSE(first.value()->cluster().isRunning());
    }
    {
        auto second = core::EmbeddedServer::start(directory);
        REQUIRE(second.ok());
        CHECK_FALSE(second.value()->createdNow());
        CHECK(label(*second.value()) == office);
        // Destruction stops the server too.
        second.value().reset();
        auto cluster = core::PgCluster::at(directory);
        REQUIRE(cluster.ok());
        CHECK_FALSE(cluster->isRunning());
    }
}
