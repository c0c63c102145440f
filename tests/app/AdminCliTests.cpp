#include "ProcessRunner.h"
#include "TestCluster.h"

#include <catch2/catch.hpp>

using namespace ruqsat::test;

namespace {

std::string describe(const ProcessOutput& output) {
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
        .arg(output.exitCode)
        .arg(output.out, output.err)
        .toStdString();
}

} // namespace

TEST_CASE("ruqsat-admin: exit code 2 and one line on stderr for bad usage", "[admin]") {
    const QList<QStringList> badUsages{
        {},
        {QStringLiteral("no-such-subcommand")},
        {QStringLiteral("db")},
        {QStringLiteral("db"), QStringLiteral("frobnicate")},
        {QStringLiteral("db"), QStringLiteral("init")},
        {QStringLiteral("db"), QStringLiteral("start"), QStringLiteral("a"), QStringLiteral("b")},
        {QStringLiteral("db"), QStringLiteral("status"), QStringLiteral("--no-such-option")},
        {QStringLiteral("db"), QStringLiteral("status"), QStringLiteral("--db"), QStringLiteral("host='unterminated")},
    };
    for (const QStringList& arguments : badUsages) {
        const ProcessOutput output = runAdmin(arguments);
        INFO(arguments.join(QLatin1Char(' ')).toStdString() << '\n' << describe(output));
        CHECK(output.exitCode == 2);
        CHECK_FALSE(output.err.isEmpty());
        CHECK(output.out.isEmpty());
    }
}

TEST_CASE("ruqsat-admin: help and version succeed", "[admin]") {
    const ProcessOutput help = runAdmin({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("Exit codes")));
    CHECK(help.out.contains(QStringLiteral("db ")));

    const ProcessOutput dbHelp = runAdmin({QStringLiteral("db"), QStringLiteral("--help")});
    CHECK(dbHelp.exitCode == 0);
    CHECK(dbHelp.out.contains(QStringLiteral("migrate")));

    const ProcessOutput version = runAdmin({QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.out.startsWith(QStringLiteral("ruqsat-admin ")));
}

TEST_CASE("ruqsat-admin: a cluster's life from the command line", "[admin]") {
    TemporaryDirectory directory;
    const QString dir = directory.path() + QStringLiteral("/cluster");

    ProcessOutput output = runAdmin({QStringLiteral("db"), QStringLiteral("status"), QStringLiteral("--cluster"), dir});
    INFO(describe(output));
    CHECK(output.exitCode == 1); // nothing there yet: a failure, not bad usage

    output = runAdmin({QStringLiteral("db"), QStringLiteral("init"), dir});
    INFO(describe(output));
    REQUIRE(output.exitCode == 0);
    output = runAdmin({QStringLiteral("db"), QStringLiteral("start"), dir});
    INFO(describe(output));
    REQUIRE(output.exitCode == 0);
    CHECK(output.out.contains(dir + QStringLiteral("/socket")));

    output = runAdmin({QStringLiteral("db"), QStringLiteral("status"), QStringLiteral("--cluster"), dir});
    INFO(describe(output));
    CHECK(output.exitCode == 0);
    CHECK(output.out.contains(QStringLiteral("schema version:  0")));
    CHECK(output.out.contains(QStringLiteral("server version:  15")));

    output = runAdmin({QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--cluster"), dir});
    INFO(describe(output));
    CHECK(output.exitCode == 0);
    output = runAdmin({QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--cluster"), dir});
    CHECK(output.exitCode == 0);
    CHECK(output.out.startsWith(QStringLiteral("Applied 0 migration(s)")));
    output = runAdmin({QStringLiteral("db"), QStringLiteral("status"), QStringLiteral("--cluster"), dir});
    CHECK(output.out.contains(QStringLiteral("up to date")));

    output = runAdmin({QStringLiteral("db"), QStringLiteral("stop"), dir});
    INFO(describe(output));
    CHECK(output.exitCode == 0);
    output = runAdmin({QStringLiteral("db"), QStringLiteral("status"), QStringLiteral("--cluster"), dir});
    CHECK(output.exitCode == 1);
    CHECK(output.err.contains(QStringLiteral("Cannot connect")));
}
