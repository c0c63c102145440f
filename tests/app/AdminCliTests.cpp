#include "ProcessRunner.h"
#include "TestCluster.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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

TEST_CASE("ruqsat-admin services: a database's definitions, and importing a new version", "[admin][services]") {
    TemporaryDirectory directory;
    const QString dir = directory.path() + QStringLiteral("/cluster");
    REQUIRE(runAdmin({QStringLiteral("db"), QStringLiteral("init"), dir}).exitCode == 0);
    REQUIRE(runAdmin({QStringLiteral("db"), QStringLiteral("start"), dir}).exitCode == 0);
    REQUIRE(runAdmin({QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--cluster"), dir}).exitCode ==
            0);

    ProcessOutput listed =
        runAdmin({QStringLiteral("services"), QStringLiteral("--json"), QStringLiteral("--cluster"), dir});
    INFO(describe(listed));
    REQUIRE(listed.exitCode == 0);
    const QJsonArray stored = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    REQUIRE(stored.size() == 2);

    // The same version again is refused: versions are added, never replaced.
    const QString permit = QString::fromUtf8(sourceDir) + QStringLiteral("/resources/services/permit-2019.json");
    ProcessOutput again =
        runAdmin({QStringLiteral("services"), QStringLiteral("import"), permit, QStringLiteral("--cluster"), dir});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("never replaced")));

    // A new version: the law changed the specialist's term.
    QFile original(permit);
    REQUIRE(original.open(QIODevice::ReadOnly));
    QJsonObject changed = QJsonDocument::fromJson(original.readAll()).object();
    changed.insert(QStringLiteral("version"), 2);
    changed.insert(QStringLiteral("effective_from"), QStringLiteral("2025-01-01"));
    changed.insert(QStringLiteral("legal_source"), QStringLiteral("Test amendment"));
    QJsonArray steps = changed.value(QStringLiteral("steps")).toArray();
    QJsonObject preparation = steps.at(2).toObject();
    preparation.insert(QStringLiteral("duration"), QStringLiteral("6d"));
    steps.replace(2, preparation);
    changed.insert(QStringLiteral("steps"), steps);
    const QString file = directory.path() + QStringLiteral("/permit-v2.json");
    QFile output(file);
    REQUIRE(output.open(QIODevice::WriteOnly));
    output.write(QJsonDocument(changed).toJson());
    output.close();
    ProcessOutput imported =
        runAdmin({QStringLiteral("services"), QStringLiteral("import"), file, QStringLiteral("--cluster"), dir});
    INFO(describe(imported));
    CHECK(imported.exitCode == 0);

    listed = runAdmin({QStringLiteral("services"), QStringLiteral("--json"), QStringLiteral("--cluster"), dir});
    const QJsonArray after = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    REQUIRE(after.size() == 3);
    bool found = false;
    for (const QJsonValue& definition : after) {
        const QJsonObject object = definition.toObject();
        if (object.value(QStringLiteral("code")).toString() == QStringLiteral("P") &&
            object.value(QStringLiteral("version")).toInt() == 2) {
            found = true;
            CHECK(object.value(QStringLiteral("steps")).toArray().at(2).toObject().value(QStringLiteral("duration")) ==
                  QStringLiteral("6d"));
        }
    }
    CHECK(found);

    // A file that is not a valid definition is bad input.
    ProcessOutput broken = runAdmin({QStringLiteral("services"), QStringLiteral("import"),
                                     QStringLiteral("/nonexistent.json"), QStringLiteral("--cluster"), dir});
    CHECK(broken.exitCode == 2);
    REQUIRE(runAdmin({QStringLiteral("db"), QStringLiteral("stop"), dir}).exitCode == 0);
}
