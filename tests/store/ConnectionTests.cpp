#include "store/ConnectionSettings.h"
#include "store/DatabaseChoice.h"

#include <catch2/catch.hpp>

using namespace ruqsat::core;

TEST_CASE("Connection strings are parsed by libpq, key=value or URI", "[connection]") {
    auto keyValue = ConnectionSettings::parse(QStringLiteral("host=db.office.kz dbname=ruqsat user=aigerim"));
    REQUIRE(keyValue.ok());
    CHECK(keyValue->value(QStringLiteral("host")) == QStringLiteral("db.office.kz"));
    CHECK(keyValue->value(QStringLiteral("user")) == QStringLiteral("aigerim"));

    auto uri = ConnectionSettings::parse(QStringLiteral("postgresql://aigerim:secret@db.office.kz:5433/ruqsat"));
    REQUIRE(uri.ok());
    CHECK(uri->value(QStringLiteral("port")) == QStringLiteral("5433"));
    CHECK(uri->value(QStringLiteral("password")) == QStringLiteral("secret"));
    // The description never shows the password.
    CHECK_FALSE(uri->describe().contains(QStringLiteral("secret")));
    CHECK(uri->describe().contains(QStringLiteral("db.office.kz")));

    auto quoted = ConnectionSettings::parse(QStringLiteral("password='it\\'s' host=/tmp/x"));
    REQUIRE(quoted.ok());
    CHECK(quoted->value(QStringLiteral("password")) == QStringLiteral("it's"));
    auto roundTrip = ConnectionSettings::parse(quoted->connInfo());
    REQUIRE(roundTrip.ok());
    CHECK(roundTrip->value(QStringLiteral("password")) == quoted->value(QStringLiteral("password")));

    auto bad = ConnectionSettings::parse(QStringLiteral("host=x nonsense_option=1"));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().code == ErrorCode::InvalidArgument);
    CHECK(bad.error().message.contains(QStringLiteral("nonsense_option")));
}

TEST_CASE("The desktop program picks a configured server over the embedded default", "[connection]") {
    const QString embedded = QStringLiteral("/home/a/.local/share/ruqsat");
    QProcessEnvironment empty;
    QProcessEnvironment withHost;
    withHost.insert(QStringLiteral("PGHOST"), QStringLiteral("db.office.kz"));

    struct Row {
        const char* commandLine;
        const char* settingsFile;
        bool environmentHost;
        DatabaseChoice::Kind kind;
        DatabaseChoice::Origin origin;
    };
    const Row rows[] = {
        {"", "", false, DatabaseChoice::Kind::Embedded, DatabaseChoice::Origin::Default},
        {"host=a", "", false, DatabaseChoice::Kind::Server, DatabaseChoice::Origin::CommandLine},
        {"", "host=b", false, DatabaseChoice::Kind::Server, DatabaseChoice::Origin::SettingsFile},
        {"host=a", "host=b", true, DatabaseChoice::Kind::Server, DatabaseChoice::Origin::CommandLine},
        {"", "", true, DatabaseChoice::Kind::Server, DatabaseChoice::Origin::Environment},
        {"", "host=b", true, DatabaseChoice::Kind::Server, DatabaseChoice::Origin::SettingsFile},
    };
    for (const Row& row : rows) {
        INFO(row.commandLine << " | " << row.settingsFile << " | " << row.environmentHost);
        auto choice = DatabaseChoice::resolve(QString::fromUtf8(row.commandLine), QString::fromUtf8(row.settingsFile),
                                              embedded, row.environmentHost ? withHost : empty);
        REQUIRE(choice.ok());
        CHECK(choice->kind == row.kind);
        CHECK(choice->origin == row.origin);
        if (row.kind == DatabaseChoice::Kind::Embedded)
            CHECK(choice->embeddedDirectory == embedded);
    }
    CHECK(
        DatabaseChoice::resolve(QStringLiteral("host=a"), {}, embedded, empty)->server.value(QStringLiteral("host")) ==
        QStringLiteral("a"));

    auto malformed = DatabaseChoice::resolve(QStringLiteral("host='unterminated"), {}, embedded, empty);
    REQUIRE_FALSE(malformed.ok());
    CHECK(malformed.error().code == ErrorCode::InvalidArgument);
}
