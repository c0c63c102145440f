// Editing the calendar in the database: core and SQL change alike, one audit record per edit, recorded
// deadlines of cases stay until an explicit recomputation, and only administrators may edit.
#include "CalendarStoreFixture.h"
#include "CalendarTestData.h"

#include "TestCluster.h"
#include "calendar/CalendarRepository.h"
#include "calendar/WorkingDuration.h"
#include "store/Database.h"
#include "store/StaffRegistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

using namespace ruqsat;
using test::CalendarStore;

namespace {

const QString almaty = QString::fromLatin1(test::almatyOffice);
const QString decree = QStringLiteral("Government decree No. 123 of 01.04.2025 (test)");

qint64 local(const char* text) {
    return test::seconds(test::localInstant(QString::fromLatin1(text)));
}

// In Almaty's zone, as the office shows it.
QString isoLocal(qint64 seconds) {
    return test::iso(test::instantOf(seconds));
}

qint64 epochOf(const CalendarStore& store, const QString& sql, const QVariantList& values = {}) {
    return store.scalar(QStringLiteral("SELECT extract(epoch FROM (%1))::bigint").arg(sql), values).toLongLong();
}

qint64 sqlDue(const CalendarStore& store, const QString& office, qint64 start, const QString& duration) {
    const auto due = store.sqlDues(office, {start}, duration);
    REQUIRE(due.ok());
    return due->first();
}

qint64 coreDue(const core::WorkingCalendar& calendar, qint64 start, const QString& duration) {
    const auto parsed = core::WorkingDuration::parse(duration);
    REQUIRE(parsed.ok());
    const auto due = calendar.due(test::instantOf(start), *parsed);
    REQUIRE(due.ok());
    return test::seconds(*due);
}

// A case of service P written directly as the superuser (the workflow API is tested elsewhere), with
// its step records; due moments from the current calendar. Returns its id.
struct StepRow {
    const char* step;
    qint64 started;
    const char* duration; // nullptr: the first preparation's due (a reopened preparation record)
    std::optional<qint64> finished;
};

qint64 insertCase(const CalendarStore& store, qint64 submitted, const char* state, const QList<StepRow>& steps,
                  std::optional<qint64> closed = std::nullopt) {
    const qint64 caseDue = sqlDue(store, almaty, submitted, QStringLiteral("10d"));
    std::optional<qint64> firstPreparationDue;
    for (const StepRow& row : steps) {
        if (QLatin1String(row.step) == QLatin1String("preparation") && !firstPreparationDue)
            firstPreparationDue = sqlDue(store, almaty, row.started, QString::fromLatin1(row.duration));
    }
    const qint64 id =
        store
            .scalar(QStringLiteral("INSERT INTO ruqsat.cases (office_id, service_code, service_version, channel, "
                                   "submitted_at, received_at, checklist_variant, checklist, state, case_due, "
                                   "first_preparation_due, closed_at, last_event_at, row_version) "
                                   "VALUES (?, 'P', 1, 'portal', to_timestamp(?), to_timestamp(?), 'after_frame', "
                                   "'{}', ?, to_timestamp(?), to_timestamp(?::bigint), to_timestamp(?::bigint), "
                                   "to_timestamp(?), ?) RETURNING id"),
                    {almaty, submitted, submitted, QString::fromLatin1(state), caseDue,
                     firstPreparationDue ? QVariant(*firstPreparationDue) : QVariant(),
                     closed ? QVariant(*closed) : QVariant(), steps.isEmpty() ? submitted : steps.last().started,
                     static_cast<int>(steps.size())})
            .toLongLong();
    int ordinal = 0;
    for (const StepRow& row : steps) {
        const qint64 due =
            row.duration ? sqlDue(store, almaty, row.started, QString::fromLatin1(row.duration)) : *firstPreparationDue;
        store.exec(QStringLiteral("INSERT INTO ruqsat.case_step (case_id, ordinal, step, started_at, due_at, "
                                  "finished_at) VALUES (?, ?, ?, to_timestamp(?), to_timestamp(?), "
                                  "to_timestamp(?::bigint))"),
                   {id, ++ordinal, QString::fromLatin1(row.step), row.started, due,
                    row.finished ? QVariant(*row.finished) : QVariant()});
    }
    return id;
}

struct RecordedDues {
    qint64 caseDue = 0;
    qint64 firstPreparationDue = 0;
    QList<qint64> stepDues;

    friend bool operator==(const RecordedDues&, const RecordedDues&) = default;
};

RecordedDues recordedDues(const CalendarStore& store, qint64 caseId) {
    RecordedDues dues;
    dues.caseDue = epochOf(store, QStringLiteral("SELECT case_due FROM ruqsat.cases WHERE id = ?"), {caseId});
    dues.firstPreparationDue =
        epochOf(store, QStringLiteral("SELECT coalesce(first_preparation_due, 'epoch') FROM ruqsat.cases WHERE id = ?"),
                {caseId});
    QSqlQuery steps =
        store.exec(QStringLiteral("SELECT extract(epoch FROM due_at)::bigint FROM ruqsat.case_step WHERE case_id = ? "
                                  "ORDER BY ordinal"),
                   {caseId});
    while (steps.next())
        dues.stepDues.append(steps.value(0).toLongLong());
    return dues;
}

QJsonObject lastAuditPayload(const CalendarStore& store, QString* action = nullptr, QVariant* caseId = nullptr) {
    QSqlQuery last = store.exec(
        QStringLiteral("SELECT action, payload::text, case_id FROM ruqsat.audit_event ORDER BY id DESC LIMIT 1"));
    REQUIRE(last.next());
    if (action)
        *action = last.value(0).toString();
    if (caseId)
        *caseId = last.value(2);
    return QJsonDocument::fromJson(last.value(1).toString().toUtf8()).object();
}

// A staff login of its own, connected as itself.
class StaffConnection {
public:
    StaffConnection(const CalendarStore& store, const QString& login, core::Role role)
        : m_name(QStringLiteral("staff-") + QUuid::createUuid().toString(QUuid::WithoutBraces)) {
        const QString password = QStringLiteral("correct horse battery");
        core::StaffMember member;
        member.login = login;
        member.fullName = QStringLiteral("Test ") + login;
        member.officeId = almaty;
        member.roles.insert(role);
        const core::Status added = core::StaffRegistry(store.connectionName()).add(member, password);
        INFO((added.ok() ? QString() : added.error().message).toStdString());
        REQUIRE(added.ok());
        const auto opened = core::Database::open(
            store.settings().with(QStringLiteral("user"), login).with(QStringLiteral("password"), password), m_name);
        INFO((opened.ok() ? QString() : opened.error().message).toStdString());
        REQUIRE(opened.ok());
    }
    ~StaffConnection() { core::Database::close(m_name); }
    StaffConnection(const StaffConnection&) = delete;
    StaffConnection& operator=(const StaffConnection&) = delete;
    const QString& name() const { return m_name; }

private:
    QString m_name;
};

} // namespace

TEST_CASE("A new holiday changes core's and SQL's answers alike and leaves recorded deadlines alone",
          "[calendar][store][edit]") {
    CalendarStore store;
    core::CalendarRepository repository(store.connectionName());

    // Case A: submitted Thursday 10 April 2025, in its first preparation (8 working days).
    const qint64 caseA = insertCase(store, local("2025-04-10T11:00"), "preparation",
                                    {{"registration", local("2025-04-10T11:00"), "15m", local("2025-04-10T11:10")},
                                     {"resolution", local("2025-04-10T11:10"), "3h", local("2025-04-10T14:00")},
                                     {"preparation", local("2025-04-10T14:00"), "8d", std::nullopt}});
    // Case B: returned for rework; the reopened preparation record is due when the first one was.
    const qint64 caseB = insertCase(store, local("2025-04-09T10:00"), "preparation",
                                    {{"registration", local("2025-04-09T10:00"), "15m", local("2025-04-09T10:05")},
                                     {"resolution", local("2025-04-09T10:05"), "3h", local("2025-04-09T12:00")},
                                     {"preparation", local("2025-04-09T12:00"), "8d", local("2025-04-11T12:00")},
                                     {"signing", local("2025-04-11T12:00"), "1h", local("2025-04-11T12:30")},
                                     {"preparation", local("2025-04-11T12:30"), nullptr, std::nullopt}});
    // Case C: closed; never recomputed.
    const qint64 caseC = insertCase(store, local("2025-04-08T10:00"), "completed",
                                    {{"registration", local("2025-04-08T10:00"), "15m", local("2025-04-08T10:05")}},
                                    local("2025-04-08T10:05"));
    // Case D: open, but nothing it records crosses the new holiday.
    const qint64 caseD = insertCase(store, local("2025-03-03T10:00"), "registration",
                                    {{"registration", local("2025-03-03T10:00"), "15m", std::nullopt}});
    const RecordedDues beforeA = recordedDues(store, caseA);
    const RecordedDues beforeB = recordedDues(store, caseB);
    const RecordedDues beforeC = recordedDues(store, caseC);
    const RecordedDues beforeD = recordedDues(store, caseD);

    const QList<std::pair<qint64, QString>> probes{{local("2025-04-10T11:00"), QStringLiteral("10d")},
                                                   {local("2025-04-14T17:00"), QStringLiteral("3h")},
                                                   {local("2025-04-14T18:30"), QStringLiteral("15m")},
                                                   {local("2025-04-11T12:00"), QStringLiteral("8d")},
                                                   {local("2025-04-14T10:00"), QStringLiteral("1d")}};
    const auto before = store.coreCalendar(almaty);
    QList<qint64> duesBefore;
    for (const auto& [start, duration] : probes) {
        duesBefore.append(sqlDue(store, almaty, start, duration));
        CHECK(duesBefore.last() == coreDue(*before, start, duration));
    }

    // Tuesday 15 April 2025 becomes a holiday, that year only.
    const qint64 auditsBefore = store.auditCount();
    core::FixedHoliday holiday;
    holiday.month = 4;
    holiday.day = 15;
    holiday.validFrom = 2025;
    holiday.validTo = 2025;
    holiday.name = QStringLiteral("Test Holiday");
    holiday.source = decree;
    const auto added = repository.addHoliday(holiday);
    INFO((added.ok() ? QString() : added.error().message).toStdString());
    REQUIRE(added.ok());

    // Exactly one audit record, administrative, with the source and the new value.
    CHECK(store.auditCount() == auditsBefore + 1);
    QString action;
    QVariant auditCase;
    const QJsonObject payload = lastAuditPayload(store, &action, &auditCase);
    CHECK(action == QLatin1String("calendar_add_holiday"));
    CHECK(auditCase.isNull());
    CHECK(payload.value(QLatin1String("source")).toString() == decree);
    CHECK(payload.value(QLatin1String("old")).isNull());
    CHECK(payload.value(QLatin1String("new")).toObject().value(QLatin1String("day")).toInt() == 15);
    CHECK(store.scalar(QStringLiteral("SELECT kind FROM ruqsat.calendar_day WHERE day = '2025-04-15'")).toString() ==
          QLatin1String("holiday"));
    CHECK(store.scalar(QStringLiteral("SELECT kind FROM ruqsat.calendar_day WHERE day = '2026-04-15'")).toString() ==
          QLatin1String("working_day"));

    // Core, reloaded, and SQL agree again, and both moved past the new holiday.
    const auto after = store.coreCalendar(almaty);
    CHECK(*after->dayKind(QDate(2025, 4, 15)) == core::DayKind::Holiday);
    for (qsizetype i = 0; i < probes.size(); ++i) {
        const auto& [start, duration] = probes.at(i);
        const qint64 sql = sqlDue(store, almaty, start, duration);
        INFO(isoLocal(start).toStdString() << " + " << duration.toStdString());
        CHECK(sql == coreDue(*after, start, duration));
        CHECK(sql != duesBefore.at(i));
    }
    CHECK(isoLocal(sqlDue(store, almaty, local("2025-04-10T11:00"), QStringLiteral("10d"))) ==
          QLatin1String("2025-04-25T18:30:00+05:00"));

    // The recorded deadlines are as they were written.
    CHECK(recordedDues(store, caseA) == beforeA);
    CHECK(recordedDues(store, caseB) == beforeB);
    CHECK(recordedDues(store, caseC) == beforeC);
    CHECK(recordedDues(store, caseD) == beforeD);

    // Recompute lists every difference, with what the current calendar gives, and changes nothing.
    const auto listed = repository.recomputedDues();
    INFO((listed.ok() ? QString() : listed.error().message).toStdString());
    REQUIRE(listed.ok());
    QStringList lines;
    for (const core::RecomputedDue& due : *listed) {
        REQUIRE(due.recomputed.has_value());
        CHECK(due.problem.isEmpty());
        lines.append(QStringLiteral("%1 %2 %3 %4")
                         .arg(due.caseId)
                         .arg(due.fieldDescription(), isoLocal(test::seconds(due.recorded)),
                              isoLocal(test::seconds(*due.recomputed))));
    }
    const qint64 firstPreparationA = coreDue(*after, local("2025-04-10T14:00"), QStringLiteral("8d"));
    const qint64 firstPreparationB = coreDue(*after, local("2025-04-09T12:00"), QStringLiteral("8d"));
    const QStringList expected{
        QStringLiteral("%1 case_due %2 %3")
            .arg(caseA)
            .arg(isoLocal(beforeA.caseDue),
                 isoLocal(coreDue(*after, local("2025-04-10T11:00"), QStringLiteral("10d")))),
        QStringLiteral("%1 step 3 (preparation) %2 %3")
            .arg(caseA)
            .arg(isoLocal(beforeA.stepDues.at(2)), isoLocal(firstPreparationA)),
        QStringLiteral("%1 first_preparation_due %2 %3")
            .arg(caseA)
            .arg(isoLocal(beforeA.firstPreparationDue), isoLocal(firstPreparationA)),
        QStringLiteral("%1 case_due %2 %3")
            .arg(caseB)
            .arg(isoLocal(beforeB.caseDue),
                 isoLocal(coreDue(*after, local("2025-04-09T10:00"), QStringLiteral("10d")))),
        // From the first preparation's start (9 April), not the reopened record's (11 April).
        QStringLiteral("%1 step 5 (preparation) %2 %3")
            .arg(caseB)
            .arg(isoLocal(beforeB.stepDues.at(4)), isoLocal(firstPreparationB)),
        QStringLiteral("%1 first_preparation_due %2 %3")
            .arg(caseB)
            .arg(isoLocal(beforeB.firstPreparationDue), isoLocal(firstPreparationB)),
    };
    CHECK(lines == expected);
    CHECK(recordedDues(store, caseA) == beforeA);
    CHECK(store.auditCount() == auditsBefore + 1);

    // --apply writes them, one audit record per changed case, and lists them the same way.
    const auto applied = repository.applyRecomputedDues(decree);
    INFO((applied.ok() ? QString() : applied.error().message).toStdString());
    REQUIRE(applied.ok());
    CHECK(applied->size() == listed->size());
    CHECK(store.auditCount() == auditsBefore + 3);
    const RecordedDues afterA = recordedDues(store, caseA);
    CHECK(afterA.caseDue == coreDue(*after, local("2025-04-10T11:00"), QStringLiteral("10d")));
    CHECK(afterA.stepDues.at(2) == firstPreparationA);
    CHECK(afterA.firstPreparationDue == firstPreparationA);
    CHECK(afterA.stepDues.mid(0, 2) == beforeA.stepDues.mid(0, 2)); // finished records keep theirs
    const RecordedDues afterB = recordedDues(store, caseB);
    CHECK(afterB.stepDues.at(4) == firstPreparationB);
    CHECK(afterB.stepDues.at(2) == beforeB.stepDues.at(2));
    CHECK(recordedDues(store, caseC) == beforeC);
    CHECK(recordedDues(store, caseD) == beforeD);

    const QJsonObject recompute = lastAuditPayload(store, &action, &auditCase);
    CHECK(action == QLatin1String("calendar_recompute"));
    CHECK(auditCase.isNull());
    CHECK(recompute.value(QLatin1String("case_id")).toInteger() == caseB);
    CHECK(recompute.value(QLatin1String("source")).toString() == decree);
    const QJsonArray changes = recompute.value(QLatin1String("changes")).toArray();
    REQUIRE(changes.size() == 3);
    CHECK(changes.at(0).toObject().value(QLatin1String("field")).toString() == QLatin1String("case_due"));
    // Audit payloads carry instants in UTC (ruqsat.iso).
    CHECK(changes.at(0).toObject().value(QLatin1String("old")).toString() ==
          core::toUtcDateTime(test::instantOf(beforeB.caseDue)).toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'")));

    // Nothing left to recompute.
    const auto again = repository.recomputedDues();
    REQUIRE(again.ok());
    CHECK(again->isEmpty());

    // The history: the edit and the two recomputations, with who and the source.
    const auto history = repository.history();
    REQUIRE(history.ok());
    REQUIRE(history->size() == 3);
    CHECK(history->at(0).action == QLatin1String("calendar_add_holiday"));
    CHECK(history->at(0).source == decree);
    CHECK(history->at(0).actor == QLatin1String("postgres"));
    CHECK(history->at(0).summary() == QLatin1String("added holiday 04-15 \"Test Holiday\" (2025 only)"));
    CHECK(history->at(1).action == QLatin1String("calendar_recompute"));
    CHECK(history->at(2).summary().startsWith(QStringLiteral("case %1: recomputed case_due ").arg(caseB)));
}

TEST_CASE("Every kind of edit is checked, written with its audit record, and seen by core", "[calendar][store][edit]") {
    CalendarStore store;
    core::CalendarRepository repository(store.connectionName());
    qint64 audits = store.auditCount();
    const auto expectAudit = [&](const core::Result<qint64>& edit, const char* action) {
        INFO(action << (edit.ok() ? std::string() : ": " + edit.error().message.toStdString()));
        REQUIRE(edit.ok());
        CHECK(store.auditCount() == ++audits);
        QString recorded;
        const QJsonObject payload = lastAuditPayload(store, &recorded);
        CHECK(recorded == QLatin1String(action));
        CHECK(payload.value(QLatin1String("source")).toString() == decree);
    };
    const auto expectRefused = [&](const core::Result<qint64>& edit, const char* reason) {
        REQUIRE_FALSE(edit.ok());
        INFO(edit.error().message.toStdString());
        CHECK(edit.error().reason == QLatin1String(reason));
        CHECK(store.auditCount() == audits);
    };

    // A swap: Friday 2 May 2025 off, Saturday 10 May worked.
    expectAudit(repository.addSwap({QDate(2025, 5, 2), QDate(2025, 5, 10), decree}), "calendar_add_swap");
    auto calendar = store.coreCalendar(almaty);
    CHECK(*calendar->dayKind(QDate(2025, 5, 2)) == core::DayKind::DecreedDayOff);
    CHECK(*calendar->dayKind(QDate(2025, 5, 10)) == core::DayKind::DecreedWorkingDay);
    CHECK(sqlDue(store, almaty, local("2025-05-01T10:00"), QStringLiteral("1d")) ==
          coreDue(*calendar, local("2025-05-01T10:00"), QStringLiteral("1d")));

    // Swaps that do not fit, and nothing written.
    expectRefused(repository.addSwap({QDate(2025, 5, 17), QDate(2025, 5, 19), decree}), "swap_does_not_fit");
    expectRefused(repository.addSwap({QDate(2025, 5, 13), QDate(2025, 5, 14), decree}), "swap_does_not_fit");
    expectRefused(repository.addSwap({QDate(2025, 5, 9), QDate(2025, 5, 11), decree}), "swap_does_not_fit");
    expectRefused(repository.addSwap({QDate(2025, 5, 2), QDate(2025, 5, 11), decree}), "swap_exists");
    expectRefused(repository.addSwap({QDate(2031, 5, 2), QDate(2031, 5, 10), decree}), "outside_calendar");
    // A holiday on a decreed day off would make that decree meaningless: refused, naming the swap.
    core::FixedHoliday onSwap{5, 2, 2025, 2025, true, QStringLiteral("Clash"), decree};
    const auto clash = repository.addHoliday(onSwap);
    expectRefused(clash, "swap_does_not_fit");
    CHECK(clash.error().message.contains(QLatin1String("2025-05-02")));
    CHECK(store.scalar(QStringLiteral("SELECT count(*) FROM ruqsat.calendar_fixed_holiday WHERE name = 'Clash'"))
              .toInt() == 0);

    expectAudit(repository.removeSwap(QDate(2025, 5, 2), decree), "calendar_remove_swap");
    CHECK(*store.coreCalendar(almaty)->dayKind(QDate(2025, 5, 2)) == core::DayKind::WorkingDay);
    expectRefused(repository.removeSwap(QDate(2025, 5, 2), decree), "unknown_swap");

    // Holidays: a date listed twice for overlapping years is refused; removal names the years when needed.
    expectRefused(repository.addHoliday({3, 8, 2030, std::nullopt, true, QStringLiteral("Again"), decree}),
                  "holiday_exists");
    expectRefused(repository.addHoliday({2, 30, std::nullopt, std::nullopt, true, QStringLiteral("No"), decree}),
                  "invalid_holiday");
    expectRefused(repository.removeHoliday(4, 1, std::nullopt, decree), "unknown_holiday");
    // 30 August (until 2026) and 15 March (from 2027): removing Constitution Day of 2027 moves it back.
    expectAudit(repository.removeHoliday(3, 15, 2027, decree), "calendar_remove_holiday");
    expectAudit(repository.addHoliday({8, 30, 2027, std::nullopt, true, QStringLiteral("Constitution Day"), decree}),
                "calendar_add_holiday");
    expectRefused(repository.removeHoliday(8, 30, std::nullopt, decree), "ambiguous_holiday");
    calendar = store.coreCalendar(almaty);
    CHECK(*calendar->dayKind(QDate(2027, 3, 15)) == core::DayKind::WorkingDay);
    CHECK(*calendar->dayKind(QDate(2027, 8, 30)) == core::DayKind::Holiday);

    // Kurban Ait: set for the provisional 2027, then corrected.
    expectAudit(repository.setKurbanAit({QDate(2027, 5, 17), decree}), "calendar_set_kurban_ait");
    expectAudit(repository.setKurbanAit({QDate(2027, 5, 16), decree}), "calendar_set_kurban_ait");
    const QJsonObject corrected = lastAuditPayload(store);
    CHECK(corrected.value(QLatin1String("old")).toObject().value(QLatin1String("date")).toString() ==
          QLatin1String("2027-05-17"));
    CHECK(corrected.value(QLatin1String("new")).toObject().value(QLatin1String("date")).toString() ==
          QLatin1String("2027-05-16"));
    expectRefused(repository.setKurbanAit({QDate(2029, 5, 16), decree}), "outside_calendar");

    // Years: 2028 covered (provisional), then 2029 confirmed with its Kurban Ait, then 2027 confirmed.
    expectRefused(repository.addYear({2030, true, decree}, std::nullopt), "invalid_year");
    expectRefused(repository.addYear({2027, true, decree}, std::nullopt), "year_exists");
    expectAudit(repository.addYear({2028, true, decree}, std::nullopt), "calendar_add_year");
    expectRefused(repository.addYear({2029, false, decree}, std::nullopt), "missing_kurban_ait");
    expectAudit(repository.addYear({2029, false, decree}, QDate(2029, 4, 24)), "calendar_add_year");
    expectAudit(repository.setYearProvisional(2027, false, decree), "calendar_set_year_provisional");
    expectRefused(repository.setYearProvisional(2028, false, decree), "missing_kurban_ait");

    const auto data = core::CalendarRepository(store.connectionName()).load();
    REQUIRE(data.ok());
    CHECK(data->lastYear() == 2029);
    CHECK(data->provisionalYears() == QList<int>{2028});
    calendar = store.coreCalendar(almaty);
    CHECK(calendar->lastDate() == QDate(2029, 12, 31));
    // The new years compute in SQL as in core, for every office.
    for (const char* office : {test::almatyOffice, test::nightOffice, test::saturdayOffice}) {
        const auto officeCalendar = store.coreCalendar(QString::fromLatin1(office));
        QList<qint64> starts;
        for (qint64 start = local("2027-12-20T08:00"); start < local("2029-12-01T08:00"); start += 86400 * 3 + 3917)
            starts.append(start);
        for (const char* duration : {"15m", "3h", "8d"}) {
            const auto sql = store.sqlDues(QString::fromLatin1(office), starts, QString::fromLatin1(duration));
            REQUIRE(sql.ok());
            for (qsizetype i = 0; i < starts.size(); ++i)
                CHECK(sql->at(i) == coreDue(*officeCalendar, starts.at(i), QString::fromLatin1(duration)));
        }
    }

    // Without a legal source nothing is done.
    expectRefused(repository.addSwap({QDate(2025, 5, 2), QDate(2025, 5, 10), QStringLiteral("  ")}), "missing_source");
    const auto noSource = repository.applyRecomputedDues(QString());
    REQUIRE_FALSE(noSource.ok());
    CHECK(noSource.error().reason == QLatin1String("missing_source"));
    CHECK(store.auditCount() == audits);
}

TEST_CASE("Only administrators edit the calendar; every staff member computes with it", "[calendar][store][edit]") {
    CalendarStore store;
    const qint64 audits = store.auditCount() + 2; // the two logins' own records
    const StaffConnection clerk(store, QStringLiteral("clerk_one"), core::Role::Clerk);
    const StaffConnection head(store, QStringLiteral("head_one"), core::Role::Head);
    REQUIRE(store.auditCount() == audits);

    for (const StaffConnection* staff : {&clerk, &head}) {
        core::CalendarRepository repository(staff->name());
        const core::Result<qint64> refused[] = {
            repository.addHoliday({4, 15, 2025, 2025, true, QStringLiteral("Test Holiday"), decree}),
            repository.removeHoliday(3, 8, std::nullopt, decree),
            repository.addSwap({QDate(2025, 5, 2), QDate(2025, 5, 10), decree}),
            repository.removeSwap(QDate(2024, 5, 8), decree),
            repository.setKurbanAit({QDate(2027, 5, 16), decree}),
            repository.addYear({2028, true, decree}, std::nullopt),
            repository.setYearProvisional(2027, false, decree),
        };
        for (const auto& edit : refused) {
            REQUIRE_FALSE(edit.ok());
            CHECK(edit.error().reason == QLatin1String("wrong_role"));
            CHECK(edit.error().code == core::ErrorCode::PermissionDenied);
        }
        const auto recompute = repository.recomputedDues();
        REQUIRE_FALSE(recompute.ok());
        CHECK(recompute.error().reason == QLatin1String("wrong_role"));
        const auto apply = repository.applyRecomputedDues(decree);
        REQUIRE_FALSE(apply.ok());
        CHECK(apply.error().reason == QLatin1String("wrong_role"));

        // Reading and computing: allowed.
        const auto data = repository.load();
        REQUIRE(data.ok());
        CHECK(data->lastYear() == 2027);
        auto due = core::Database::execute(
            QSqlDatabase::database(staff->name(), false),
            QStringLiteral("SELECT ruqsat.working_due('almaty', '2024-03-07T11:00:00+05', '10d') = "
                           "'2024-03-27T18:30:00+05'::timestamptz"));
        REQUIRE(due.ok());
        QSqlQuery row = std::move(due).value();
        REQUIRE(row.next());
        CHECK(row.value(0).toBool());
        // Writing the tables directly: not even that.
        const auto direct = core::Database::execute(QSqlDatabase::database(staff->name(), false),
                                                    QStringLiteral("DELETE FROM ruqsat.calendar_swap"));
        REQUIRE_FALSE(direct.ok());
        CHECK(direct.error().reason == QLatin1String("insufficient_privilege"));
    }
    CHECK(store.auditCount() == audits);
    CHECK(store.scalar(QStringLiteral("SELECT count(*) FROM ruqsat.calendar_swap")).toInt() == 18);

    // An administrator login may.
    const StaffConnection administrator(store, QStringLiteral("admin_one"), core::Role::Administrator);
    const auto added = core::CalendarRepository(administrator.name())
                           .addHoliday({4, 15, 2025, 2025, true, QStringLiteral("Test Holiday"), decree});
    INFO((added.ok() ? QString() : added.error().message).toStdString());
    REQUIRE(added.ok());
    QString action;
    lastAuditPayload(store, &action);
    CHECK(action == QLatin1String("calendar_add_holiday"));
    CHECK(store.scalar(QStringLiteral("SELECT actor FROM ruqsat.audit_event ORDER BY id DESC LIMIT 1")).toString() ==
          QLatin1String("admin_one"));
}
