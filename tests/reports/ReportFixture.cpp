#include "ReportFixture.h"

#include "TestCluster.h"

#include "store/Database.h"
#include "store/StaffRegistry.h"

#include <QDateTime>
#include <QTimeZone>

#include <catch2/catch.hpp>

#include <stdexcept>

using namespace Qt::StringLiterals;

namespace ruqsat::test {

namespace {

// One step record: case, office, service, ordinal, step, started, due, finished ("" = open), actor.
struct StepSpec {
    int caseId;
    const char* office;
    const char* service;
    int ordinal;
    const char* step;
    const char* started;
    const char* due;
    const char* finished;
    const char* actor; // demo login without prefix, "" for none
};

// Comments give what the report must make of each row at 2026-05-04 10:00 (Monday), period April 2026.
const StepSpec steps[] = {
    // Overdue now across the 1 May holiday (Friday) and the weekend: Thu 17:00-18:30 + Mon 09:00-10:00
    // = 1.5 h + 1 h = 9000 working seconds (4 days 17 hours of calendar time).
    {101, "vko", "P", 3, "preparation", "2026-04-20T09:00", "2026-04-30T17:00", "", ""},
    // Finished late inside the period: 10:00 -> 11:15 = 4500 s.
    {102, "vko", "E", 1, "registration", "2026-04-28T09:45", "2026-04-28T10:00", "2026-04-28T11:15", "clerk"},
    // Finished EXACTLY at its due moment: on time, not in the report. Its next step is open, due later
    // than the horizon: not in the report either.
    {103, "vko-glubokoe", "P", 2, "resolution", "2026-04-29T09:00", "2026-04-29T12:00", "2026-04-29T12:00",
     "glubokoe_head"},
    {103, "vko-glubokoe", "P", 3, "preparation", "2026-04-29T12:00", "2026-05-12T18:30", "", ""},
    // Overdue now, no one person holds a signing step: 09:30 -> 10:00 = 1800 s.
    {104, "vko-glubokoe", "P", 4, "signing", "2026-05-04T09:00", "2026-05-04T09:30", "", ""},
    // Finished late over a weekend: Fri 18:00-18:30 + Mon 09:00-09:30 = 3600 s.
    {105, "vko-zyryan", "E", 5, "dispatch", "2026-04-10T17:45", "2026-04-10T18:00", "2026-04-13T09:30", "zyryan_clerk"},
    // At risk: 10:00-13:00 + 14:30-15:00 = 12600 s left, within 8 h.
    {106, "vko-zyryan", "P", 2, "resolution", "2026-05-04T09:00", "2026-05-04T15:00", "", ""},
    // Open, 7 h today + 8 h tomorrow = 54000 s left: beyond the 8-hour horizon.
    {107, "vko", "P", 3, "preparation", "2026-04-22T10:00", "2026-05-05T18:30", "", ""},
    // Finished late before the period: not in the report.
    {108, "vko", "E", 1, "registration", "2026-03-31T16:45", "2026-03-31T17:00", "2026-03-31T17:10", "clerk"},
    // Finished late inside the period in a district: 09:15 -> 09:45 = 1800 s.
    {109, "vko-glubokoe", "P", 1, "registration", "2026-04-15T09:00", "2026-04-15T09:15", "2026-04-15T09:45",
     "glubokoe_clerk"},
};

// A case whose total term the report measures (kinds case_overdue, case_late), with no step records of its
// own; the cases of the steps above are due 60 days after their first step starts (none of them overdue).
struct CaseSpec {
    int caseId;
    const char* office;
    const char* service;
    const char* received;
    const char* due;    // case_due
    const char* closed; // "" = open
    const char* state;
};

// Comments give what the report must make of each case at 2026-05-04 10:00, period April 2026.
const CaseSpec cases[] = {
    // Open past its total term over the 1 May holiday and the weekend: Thu 18:30 (close of business)
    // to Mon 10:00 = 09:00-10:00 = 3600 s.
    {110, "vko", "E", "2026-04-27T10:00", "2026-04-30T18:30", "", "preparation"},
    // Completed late: Fri 17 April 18:30 -> Tue 21 April 09:30 = Mon 8 h + Tue 0.5 h = 30600 s.
    {111, "vko-zyryan", "P", "2026-04-03T10:00", "2026-04-17T18:30", "2026-04-21T09:30", "completed"},
    // Completed EXACTLY at its total due moment: on time, not in the report.
    {112, "vko-glubokoe", "P", "2026-04-10T10:00", "2026-04-24T18:30", "2026-04-24T18:30", "completed"},
    // Refused at intake late (a refusal also finishes the case): 09:30 -> 11:00 = 5400 s.
    {113, "vko", "E", "2026-04-29T09:00", "2026-04-29T09:30", "2026-04-29T11:00", "refused_at_intake"},
    // Closed late before the period: not in the report.
    {114, "vko", "E", "2026-03-25T09:00", "2026-03-27T18:30", "2026-03-31T10:00", "completed"},
};

QString utcIso(core::Instant instant) {
    return core::toUtcDateTime(instant).toString(Qt::ISODate);
}

void execute(const QSqlDatabase& db, const QString& sql, const QVariantList& values = {}) {
    auto done = core::Database::execute(db, sql, values);
    if (!done)
        throw std::runtime_error(done.error().message.toStdString());
}

ReportFixture build() {
    ReportFixture fixture;
    fixture.demo = DemoDatabase::create(0);
    fixture.districtSupervisor = fixture.demo.login(u"glubokoe_supervisor"_s);
    const QString connection = u"report-fixture"_s;
    {
        auto db = core::Database::open(fixture.demo.superuser, connection);
        if (!db)
            throw std::runtime_error(db.error().message.toStdString());
        core::StaffMember member;
        member.login = fixture.districtSupervisor;
        member.fullName = u"Арман Сейтказин"_s;
        member.officeId = u"vko-glubokoe"_s;
        member.roles = core::RoleSet{core::Role::Supervisor};
        requireOk(core::StaffRegistry(connection).add(member, QLatin1String(core::DemoSeeder::demoPassword)),
                  "district supervisor");

        QList<int> stepCases;
        for (const StepSpec& spec : steps) {
            if (stepCases.contains(spec.caseId))
                continue;
            stepCases.append(spec.caseId);
            const bool permit = QLatin1String(spec.service) == QLatin1String("P");
            // The case row: what the report joins (office, service, assignee); the rest only satisfies
            // the table's constraints.
            execute(db.value(), uR"sql(
INSERT INTO ruqsat.cases (id, office_id, service_code, service_version, channel, submitted_at, received_at,
                          checklist_variant, checklist, state, assignee, case_due, last_event_at, row_version)
OVERRIDING SYSTEM VALUE
VALUES (?, ?, ?, 1, 'portal', ?::timestamptz, ?::timestamptz, ?, '{}'::jsonb, 'preparation', ?,
        ?::timestamptz + interval '60 days', ?::timestamptz, 1)
)sql"_s,
                    {spec.caseId, QLatin1String(spec.office), QLatin1String(spec.service),
                     utcIso(ReportFixture::at(spec.started)), utcIso(ReportFixture::at(spec.started)),
                     permit ? u"bank_project"_s : u"request"_s,
                     spec.caseId == 101 ? QVariant(fixture.demo.login(u"specialist"_s)) : QVariant(),
                     utcIso(ReportFixture::at(spec.started)), utcIso(ReportFixture::at(spec.started))});
        }
        for (const CaseSpec& spec : cases) {
            const bool closed = *spec.closed != '\0';
            const QString received = utcIso(ReportFixture::at(spec.received));
            const QVariant closedAt = closed ? QVariant(utcIso(ReportFixture::at(spec.closed))) : QVariant();
            execute(db.value(), uR"sql(
INSERT INTO ruqsat.cases (id, office_id, service_code, service_version, channel, submitted_at, received_at,
                          checklist_variant, checklist, state, case_due, closed_at, late, last_event_at, row_version)
OVERRIDING SYSTEM VALUE
VALUES (?, ?, ?, 1, 'state_corporation', ?::timestamptz, ?::timestamptz, ?, '{}'::jsonb, ?, ?::timestamptz,
        ?::timestamptz, coalesce(?::timestamptz > ?::timestamptz, false), coalesce(?::timestamptz, ?::timestamptz), 2)
)sql"_s,
                    {spec.caseId, QLatin1String(spec.office), QLatin1String(spec.service), received, received,
                     QLatin1String(spec.service) == QLatin1String("P") ? u"bank_project"_s : u"request"_s,
                     QLatin1String(spec.state), utcIso(ReportFixture::at(spec.due)), closedAt, closedAt,
                     utcIso(ReportFixture::at(spec.due)), closedAt, received});
        }
        for (const StepSpec& spec : steps) {
            const bool finished = *spec.finished != '\0';
            execute(db.value(), uR"sql(
INSERT INTO ruqsat.case_step (case_id, ordinal, step, started_at, due_at, finished_at, actor, late)
VALUES (?, ?, ?, ?::timestamptz, ?::timestamptz, ?::timestamptz, nullif(?, ''), coalesce(?::timestamptz > ?::timestamptz, false))
)sql"_s,
                    {spec.caseId, spec.ordinal, QLatin1String(spec.step), utcIso(ReportFixture::at(spec.started)),
                     utcIso(ReportFixture::at(spec.due)),
                     finished ? QVariant(utcIso(ReportFixture::at(spec.finished))) : QVariant(),
                     *spec.actor ? fixture.demo.login(QLatin1String(spec.actor)) : QString(),
                     finished ? QVariant(utcIso(ReportFixture::at(spec.finished))) : QVariant(),
                     utcIso(ReportFixture::at(spec.due))});
        }
    }
    core::Database::close(connection);
    return fixture;
}

} // namespace

core::OverdueReportRequest ReportFixture::aprilRequest(const QString& office) {
    core::OverdueReportRequest request;
    request.now = reportNow();
    request.periodFrom = periodFrom();
    request.periodTo = periodTo();
    request.office = office;
    request.atRiskHorizonSeconds = horizonSeconds;
    return request;
}

const ReportFixture& ReportFixture::instance() {
    static const ReportFixture fixture = build();
    return fixture;
}

core::Instant ReportFixture::at(const char* localAlmaty) {
    const QDateTime local = QDateTime::fromString(QLatin1String(localAlmaty), u"yyyy-MM-ddTHH:mm"_s);
    return core::instantFromDateTime(QDateTime(local.date(), local.time(), QTimeZone("Asia/Almaty")));
}

} // namespace ruqsat::test
