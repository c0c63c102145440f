// `ruqsat-admin calendar` on a database, as a script runs it: output, stderr and exit codes (0 done,
// 1 the operation failed or was refused, 2 bad usage).
#include "CalendarStoreFixture.h"
#include "CalendarTestData.h"

#include "ProcessRunner.h"
#include "calendar/CalendarRepository.h"
#include "store/StaffRegistry.h"

using namespace ruqsat;
using test::CalendarStore;

namespace {

using Run = ruqsat::test::ProcessOutput;
using ruqsat::test::argumentList;

Run runCalendar(const QStringList& args) {
    return ruqsat::test::runAdmin(QStringList{QStringLiteral("calendar")} + args);
}

} // namespace

TEST_CASE("ruqsat-admin calendar computes with a database's calendar and an office's hours", "[calendar][store][cli]") {
    CalendarStore store;
    const QStringList db{QStringLiteral("--db"), store.settings().connInfo()};

    const Run due = runCalendar(argumentList({"due", "2024-03-07T11:00", "10d", "--office", "almaty"}) + db);
    INFO(due.err.toStdString());
    CHECK(due.exitCode == 0);
    CHECK(due.out == QLatin1String("2024-03-27T18:30:00+05:00\n"));
    CHECK(due.err.isEmpty());

    // Another office: its own zone and hours (the night office works across the clock change).
    const auto night = store.coreCalendar(QString::fromLatin1(test::nightOffice));
    const auto expected = night->due(test::localInstant(QStringLiteral("2024-03-30T22:00"), "Europe/Berlin"),
                                     *core::WorkingDuration::parse(QStringLiteral("8h")));
    REQUIRE(expected.ok());
    const Run nightDue = runCalendar(argumentList({"due", "2024-03-30T22:00", "8h", "--office", "night"}) + db);
    CHECK(nightDue.exitCode == 0);
    CHECK(nightDue.out == test::iso(*expected, "Europe/Berlin") + u'\n');

    // The Saturday office works Saturdays, so they are not among its days off.
    const Run saturdays = runCalendar(argumentList({"nonworking", "2025", "--office", "aqtobe"}) + db);
    CHECK(saturdays.exitCode == 0);
    const QStringList lines = saturdays.out.split(u'\n', Qt::SkipEmptyParts);
    CHECK_FALSE(lines.contains(QLatin1String("2025-04-12")));
    CHECK(lines.contains(QLatin1String("2025-04-13")));
    const auto aqtobe = store.coreCalendar(QString::fromLatin1(test::saturdayOffice));
    CHECK(lines.size() == aqtobe->nonWorkingDates(2025)->size());

    // Without --office: the database's calendar with the standard hours.
    const Run between = runCalendar(argumentList({"between", "2024-03-07T11:00", "2024-03-27T18:30"}) + db);
    CHECK(between.exitCode == 0);
    CHECK(between.out == QLatin1String("5160\n"));

    // An edit shows in the next computation.
    const Run before = runCalendar(argumentList({"due", "2025-04-10T11:00", "10d", "--office", "almaty"}) + db);
    CHECK(before.out == QLatin1String("2025-04-24T18:30:00+05:00\n"));
    const Run added = runCalendar(argumentList({"add-holiday", "04-15", "--name", "Test Holiday", "--from", "2025",
                                                "--to", "2025", "--source", "Decree No. 7 of 01.04.2025"}) +
                                  db);
    INFO(added.err.toStdString());
    CHECK(added.exitCode == 0);
    CHECK(added.out.count(u'\n') == 1);
    CHECK(added.err.isEmpty());
    const Run after = runCalendar(argumentList({"due", "2025-04-10T11:00", "10d", "--office", "almaty"}) + db);
    CHECK(after.out == QLatin1String("2025-04-25T18:30:00+05:00\n"));
    // The shipped calendar does not change.
    const Run shipped = runCalendar(argumentList({"due", "2025-04-10T11:00", "10d"}));
    CHECK(shipped.out == QLatin1String("2025-04-24T18:30:00+05:00\n"));

    const Run history = runCalendar(argumentList({"history"}) + db);
    CHECK(history.exitCode == 0);
    const QStringList edits = history.out.split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(edits.size() == 1);
    CHECK(edits.first().contains(QLatin1String("\tpostgres\tcalendar_add_holiday\tadded holiday 04-15 \"Test Holiday\" "
                                               "(2025 only)\tsource: Decree No. 7 of 01.04.2025")));
}

TEST_CASE("ruqsat-admin calendar recompute lists differences and --apply writes them", "[calendar][store][cli]") {
    CalendarStore store;
    const QStringList db{QStringLiteral("--db"), store.settings().connInfo()};
    // An open case whose recorded total term is not what the calendar gives (as after an edit).
    const qint64 caseId =
        store
            .scalar(QStringLiteral("INSERT INTO ruqsat.cases (office_id, service_code, service_version, channel, "
                                   "submitted_at, received_at, checklist_variant, checklist, state, case_due, "
                                   "last_event_at, row_version) VALUES ('almaty', 'P', 1, 'portal', "
                                   "'2025-04-10T11:00:00+05', '2025-04-10T11:00:00+05', 'after_frame', '{}', "
                                   "'registration', '2025-04-23T18:30:00+05', '2025-04-10T11:00:00+05', 1) "
                                   "RETURNING id"))
            .toLongLong();
    const QString line =
        QStringLiteral("%1\tcase_due\t2025-04-23T18:30:00+05:00\t2025-04-24T18:30:00+05:00").arg(caseId);

    const Run listed = runCalendar(argumentList({"recompute"}) + db);
    INFO(listed.err.toStdString());
    CHECK(listed.exitCode == 0);
    CHECK(listed.out.split(u'\n', Qt::SkipEmptyParts).first() == line);
    CHECK(store
              .scalar(QStringLiteral("SELECT case_due = '2025-04-23T18:30:00+05' FROM ruqsat.cases WHERE id = ?"),
                      {caseId})
              .toBool());

    CHECK(runCalendar(argumentList({"recompute", "--apply"}) + db).exitCode == 2);
    const Run applied = runCalendar(argumentList({"recompute", "--apply", "--source", "Decree No. 7"}) + db);
    CHECK(applied.exitCode == 0);
    CHECK(applied.out == line + QStringLiteral("\n# changed 1 recorded due moment(s) of 1 case(s)\n"));
    CHECK(store
              .scalar(QStringLiteral("SELECT case_due = '2025-04-24T18:30:00+05' FROM ruqsat.cases WHERE id = ?"),
                      {caseId})
              .toBool());
    const Run again = runCalendar(argumentList({"recompute"}) + db);
    CHECK(again.exitCode == 0);
    CHECK(again.out.startsWith(u'#'));
}

TEST_CASE("ruqsat-admin calendar edits exit with 0, 1 or 2", "[calendar][store][cli]") {
    CalendarStore store;
    const QStringList db{QStringLiteral("--db"), store.settings().connInfo()};
    core::StaffMember clerk;
    clerk.login = QStringLiteral("clerk_cli");
    clerk.fullName = QStringLiteral("Clerk");
    clerk.officeId = QString::fromLatin1(test::almatyOffice);
    clerk.roles.insert(core::Role::Clerk);
    REQUIRE(core::StaffRegistry(store.connectionName()).add(clerk, QStringLiteral("clerk password")).ok());
    const QStringList clerkDb{QStringLiteral("--db"),
                              store.settings()
                                  .with(QStringLiteral("user"), clerk.login)
                                  .with(QStringLiteral("password"), QStringLiteral("clerk password"))
                                  .connInfo()};
    const QStringList unreachable{QStringLiteral("--db"),
                                  QStringLiteral("host=/nonexistent/ruqsat dbname=x user=x connect_timeout=2")};

    struct Row {
        QStringList args;
        int exitCode;
        const char* errorPart; // nullptr: no error expected
    };
    const Row rows[] = {
        // Done.
        {argumentList({"add-swap", "2025-05-02", "2025-05-10", "--source", "Decree No. 8"}) + db, 0, nullptr},
        {argumentList({"remove-swap", "2025-05-02", "--source", "Decree No. 9"}) + db, 0, nullptr},
        {argumentList({"set-kurban-ait", "2027-05-16", "--source", "Decree No. 10"}) + db, 0, nullptr},
        {argumentList({"add-year", "2028", "--provisional", "--source", "Decree No. 11"}) + db, 0, nullptr},
        {argumentList({"add-year", "2029", "--kurban-ait", "2029-04-24", "--source", "Decree No. 12"}) + db, 0,
         nullptr},
        {argumentList({"confirm-year", "2027", "--source", "Decree No. 13"}) + db, 0, nullptr},
        {argumentList({"remove-holiday", "03-15", "--year", "2027", "--source", "Decree No. 14"}) + db, 0, nullptr},
        {argumentList({"history"}) + db, 0, nullptr},
        {argumentList({"recompute"}) + db, 0, nullptr},
        // Refused or failed: 1.
        {argumentList({"add-holiday", "01-07", "--name", "Christmas", "--from", "2028", "--no-move", "--source", "x"}) +
             db,
         1, "already a holiday"},
        {argumentList({"add-swap", "2025-05-17", "2025-05-19", "--source", "Decree No. 15"}) + db, 1,
         "not an ordinary working"},
        {argumentList({"add-swap", "2025-05-13", "2025-05-14", "--source", "Decree No. 15"}) + db, 1, "not a weekend"},
        {argumentList({"remove-swap", "2025-05-02", "--source", "Decree No. 16"}) + db, 1, "No decreed swap"},
        {argumentList({"add-year", "2031", "--provisional", "--source", "Decree"}) + db, 1, "next one to add is 2030"},
        {argumentList({"add-holiday", "04-15", "--name", "Test", "--source", "Decree"}) + clerkDb, 1,
         "role does not allow"},
        {argumentList({"recompute"}) + clerkDb, 1, "role does not allow"},
        {argumentList({"history"}) + unreachable, 1, "Cannot connect"},
        {argumentList({"due", "2024-03-07T11:00", "10d", "--office", "nowhere"}) + db, 1, "There is no office"},
        // Bad usage: 2.
        {argumentList({"add-holiday", "04-15", "--name", "Test"}) + db, 2, "needs --source"},
        {argumentList({"add-holiday", "04-15", "--source", "Decree"}) + db, 2, "needs --name"},
        {argumentList({"add-holiday", "04-31", "--name", "Test", "--source", "Decree"}) + db, 2, "malformed MM-DD"},
        {argumentList({"add-holiday", "04-15", "--name", "Test", "--source", "Decree"}), 2, "give --db or --cluster"},
        {argumentList({"add-swap", "2025-05-32", "2025-05-10", "--source", "Decree"}) + db, 2, "malformed DAY_OFF"},
        {argumentList({"add-swap", "2025-05-02", "--source", "Decree"}) + db, 2, "expected: calendar add-swap"},
        {argumentList({"add-year", "2028", "--source", "Decree"}) + db, 2, "--provisional or --kurban-ait"},
        {argumentList({"history", "--source", "Decree"}) + db, 2, "does not take --source"},
        {argumentList({"remove-swap", "2025-05-02", "--name", "x", "--source", "Decree"}) + db, 2,
         "does not take --name"},
        {argumentList({"recompute", "--apply"}) + db, 2, "needs --source"},
        {argumentList({"due", "2024-03-07T11:00", "10d", "--office", "almaty"}), 2, "--office needs the database"},
        {argumentList({"due", "2024-03-07T11:00", "10d", "--office", "almaty", "--tz", "Asia/Almaty"}) + db, 2,
         "either --tz or --office"},
        {argumentList({"due", "2016-03-07T11:00", "10d", "--office", "almaty"}) + db, 2, "covers 2017-01-01"},
    };
    for (const Row& row : rows) {
        const Run run = runCalendar(row.args);
        INFO(row.args.join(u' ').toStdString()
             << "\n-> " << run.exitCode << ' ' << run.out.toStdString() << run.err.toStdString());
        CHECK(run.exitCode == row.exitCode);
        if (row.errorPart) {
            CHECK(run.err.contains(QLatin1String(row.errorPart)));
            CHECK(run.out.isEmpty());
        } else {
            CHECK(run.err.isEmpty());
        }
    }

    // What was done is in the database, and only that.
    const auto data = core::CalendarRepository(store.connectionName()).load();
    REQUIRE(data.ok());
    CHECK(data->lastYear() == 2029);
    CHECK(data->provisionalYears() == QList<int>{2028});
    CHECK(data->kurbanAit(2027)->date == QDate(2027, 5, 16));
    CHECK(data->swaps().size() == 18);
    const auto history = core::CalendarRepository(store.connectionName()).history();
    REQUIRE(history.ok());
    CHECK(history->size() == 7);
}
