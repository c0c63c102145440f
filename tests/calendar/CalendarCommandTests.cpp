// `ruqsat-admin calendar` as a script runs it: output, stderr and exit codes.
#include "ProcessRunner.h"

#include "CatchQt.h"

namespace {

using Run = ruqsat::test::ProcessOutput;
using ruqsat::test::argumentList;

Run runAdmin(const QStringList& args) {
    return ruqsat::test::runAdmin(QStringList{QStringLiteral("calendar")} + args);
}

} // namespace

TEST_CASE("ruqsat-admin calendar due prints the due moment with the zone's offset", "[calendar][cli]") {
    struct Row {
        std::initializer_list<const char*> args;
        const char* expected;
    };
    const Row rows[] = {
        {{"due", "2024-03-07T11:00", "10d"}, "2024-03-27T18:30:00+05:00\n"},
        {{"due", "2024-04-03T11:00", "2h"}, "2024-04-03T13:00:00+05:00\n"},
        {{"due", "2024-04-03T18:30", "15m"}, "2024-04-04T09:15:00+05:00\n"},
        {{"due", "2024-03-07T11:00", "10d", "--tz", "Europe/Berlin"}, "2024-03-27T18:30:00+01:00\n"},
        {{"due", "--tz", "Asia/Almaty", "2024-02-29T17:00", "3h"}, "2024-03-01T10:30:00+05:00\n"},
    };
    for (const Row& row : rows) {
        const Run run = runAdmin(argumentList(row.args));
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 0);
        CHECK(run.out.toStdString() == row.expected);
        CHECK(run.err.isEmpty());
    }
}

TEST_CASE("ruqsat-admin calendar between prints working minutes", "[calendar][cli]") {
    const Run run = runAdmin(argumentList({"between", "2024-03-07T11:00", "2024-03-27T18:30"}));
    CHECK(run.exitCode == 0);
    CHECK(run.out == QLatin1String("5160\n"));
    CHECK(run.err.isEmpty());
    const Run backwards = runAdmin(argumentList({"between", "2024-03-27T18:30", "2024-03-07T11:00"}));
    CHECK(backwards.exitCode == 0);
    CHECK(backwards.out == QLatin1String("0\n"));
    const Run berlin =
        runAdmin(argumentList({"between", "2024-03-29T18:00", "2024-04-01T09:30", "--tz", "Europe/Berlin"}));
    CHECK(berlin.exitCode == 0);
    CHECK(berlin.out == QLatin1String("60\n"));
}

TEST_CASE("ruqsat-admin calendar nonworking lists every day off of a year", "[calendar][cli]") {
    const Run run = runAdmin(argumentList({"nonworking", "2024"}));
    CHECK(run.exitCode == 0);
    CHECK(run.err.isEmpty());
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    // 104 weekend days, 1 of them worked (4 May), and 14 weekdays off.
    CHECK(lines.size() == 117);
    CHECK(lines.first() == QLatin1String("2024-01-01"));
    CHECK(lines.last() == QLatin1String("2024-12-29"));
    CHECK(lines.contains(QLatin1String("2024-03-25")));
    CHECK_FALSE(lines.contains(QLatin1String("2024-05-04")));
    QStringList sorted = lines;
    sorted.sort();
    CHECK(sorted == lines);

    // A provisional year: the dates, and one warning line on stderr.
    const Run provisional = runAdmin(argumentList({"nonworking", "2027"}));
    CHECK(provisional.exitCode == 0);
    CHECK(provisional.out.split(u'\n', Qt::SkipEmptyParts).contains(QLatin1String("2027-03-15")));
    CHECK(provisional.err.count(u'\n') == 1);
    CHECK(provisional.err.contains(QLatin1String("2027 is provisional")));

    // A due moment running into 2027 warns too.
    const Run intoProvisional = runAdmin(argumentList({"due", "2026-12-21T10:00", "10d"}));
    CHECK(intoProvisional.exitCode == 0);
    CHECK(intoProvisional.out == QLatin1String("2027-01-06T18:30:00+05:00\n"));
    CHECK(intoProvisional.err.contains(QLatin1String("2027 is provisional")));
}

TEST_CASE("ruqsat-admin calendar refuses bad input with one line and exit code 2", "[calendar][cli]") {
    struct Row {
        std::initializer_list<const char*> args;
        const char* messagePart;
    };
    const Row rows[] = {
        {{"nonworking", "2030"}, "covers 2017-01-01 to 2027-12-31"},
        {{"nonworking", "2016"}, "covers 2017-01-01 to 2027-12-31"},
        {{"nonworking", "twenty"}, "malformed YEAR"},
        {{"due", "2024-03-07T11:00", "10d", "--tz", "Mars/Olympus"}, "unknown time zone 'Mars/Olympus'"},
        {{"due", "2024-03-07", "10d"}, "malformed START"},
        {{"due", "2024-02-30T11:00", "10d"}, "malformed START"},
        {{"due", "2024-03-07T25:00", "10d"}, "malformed START"},
        {{"due", "2024-03-07T11:00", "-5m"}, "cannot be negative"},
        {{"due", "2024-03-07T11:00", "0m"}, "at least 1m"},
        {{"due", "2024-03-07T11:00", "99999d"}, "366d"},
        {{"due", "2024-03-07T11:00", "5w"}, "unknown unit"},
        {{"due", "2016-03-07T11:00", "10d"}, "covers 2017-01-01 to 2027-12-31"},
        {{"due", "2027-12-27T11:00", "10d"}, "covers 2017-01-01 to 2027-12-31"},
        {{"due", "2024-03-31T02:30", "1h", "--tz", "Europe/Berlin"}, "does not exist"},
        {{"between", "2024-03-07T11:00", "2030-01-01T00:00"}, "covers 2017-01-01 to 2027-12-31"},
        {{"between", "2024-03-07T11:00", "yesterday"}, "malformed B"},
    };
    for (const Row& row : rows) {
        const Run run = runAdmin(argumentList(row.args));
        INFO(QStringList(argumentList(row.args)).join(u' ').toStdString() << " -> " << run.err.toStdString());
        CHECK(run.exitCode == 2);
        CHECK(run.out.isEmpty());
        CHECK(run.err.count(u'\n') == 1);
        CHECK(run.err.contains(QLatin1String(row.messagePart)));
    }
}

TEST_CASE("ruqsat-admin calendar usage errors and help", "[calendar][cli]") {
    const Run help = runAdmin(argumentList({"--help"}));
    CHECK(help.exitCode == 0);
    for (const char* subcommand : {"nonworking YEAR", "due START DURATION", "between A B"})
        CHECK(help.out.contains(QLatin1String(subcommand)));

    const Run dueHelp = runAdmin(argumentList({"due", "--help"}));
    CHECK(dueHelp.exitCode == 0);
    CHECK(dueHelp.out.contains(QLatin1String("--tz")));

    for (const auto& wrong :
         {argumentList({}), argumentList({"holidays"}), argumentList({"due", "2024-03-07T11:00"}),
          argumentList({"nonworking", "2024", "2025"}), argumentList({"due", "2024-03-07T11:00", "1d", "--db", "x"})}) {
        const Run run = runAdmin(wrong);
        INFO(wrong.join(u' ').toStdString() << " -> " << run.err.toStdString());
        CHECK(run.exitCode == 2);
        CHECK(run.out.isEmpty());
        CHECK_FALSE(run.err.isEmpty());
    }
}
