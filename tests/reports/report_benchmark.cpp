// report_benchmark: the supervisor's overdue report (issue 8, part 5) over 100,000 cases. Starts the
// test harness's private cluster, seeds the demo offices and staff and 100,000 cases with 5 step records
// each spread over the year before "now" in the 3 demo offices (set-based INSERT ... SELECT as the
// superuser; about 10% of the steps run late, the newest cases are still open), then runs the report as
// the oblast supervisor (row-level security on) several times and prints the seeding time and the median
// and max milliseconds and the rows returned. Target: under 1000 ms. Run by hand: timings on a shared
// machine are not a pass/fail test.
#include "TestCluster.h"

#include "calendar/CalendarRepository.h"
#include "reports/OverdueReportQuery.h"
#include "store/Database.h"
#include "store/DemoSeeder.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QThread>
#include <QTimeZone>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;
using namespace ruqsat;

namespace {

constexpr int caseCount = 100000;
constexpr int runs = 11;

// Steps as the shipped services run them (calendar-time approximations of the normative times; the due
// moments need not be working-time exact for a timing), each finished after `factor` of its time:
// half of it usually, 1.3 times it for about one step in ten (late), exactly at the due for one in a
// hundred (on time).
const QString seedSql = uR"sql(
INSERT INTO bench_step
WITH cases AS (
    SELECT g,
           (ARRAY['vko', 'vko-glubokoe', 'vko-zyryan'])[g % 3 + 1] AS office,
           CASE WHEN g % 3 = 2 THEN 'E' ELSE 'P' END AS service,
           -- Spread over the year before now, newest first, on office hours of the day.
           to_timestamp(?::bigint) - make_interval(secs => g * 31536000.0 / ?) AS received
    FROM generate_series(1, ?) AS g
), steps AS (
    SELECT c.g, c.office, c.service, c.received, k,
           (ARRAY['registration', 'resolution', 'preparation', 'signing', 'dispatch'])[k] AS step,
           (ARRAY[interval '15 minutes', interval '3 hours', interval '11 days', interval '1 hour',
                  interval '3 hours'])[k] AS normative,
           CASE WHEN (c.g * 7 + k * 13) % 100 = 0 THEN 1.0
                WHEN (c.g * 31 + k * 17) % 10 = 0 THEN 1.3
                ELSE 0.5 END AS factor
    FROM cases c CROSS JOIN generate_series(1, 5) AS k
), timed AS (
    SELECT s.*, s.received + coalesce(sum(s.normative * s.factor) OVER (PARTITION BY s.g ORDER BY s.k
                                       ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), interval '0') AS started
    FROM steps s
)
SELECT g, office, service, received, k, step, date_trunc('second', started) AS started,
       date_trunc('second', started + normative) AS due,
       date_trunc('second', started + normative * factor) AS finish
FROM timed;

INSERT INTO ruqsat.cases (id, office_id, service_code, service_version, channel, submitted_at, received_at,
                          checklist_variant, checklist, state, assignee, case_due, closed_at, late, last_event_at,
                          row_version)
OVERRIDING SYSTEM VALUE
SELECT b.g, b.office, b.service, 1, 'portal', b.received, b.received,
       CASE b.service WHEN 'P' THEN 'bank_project' ELSE 'request' END, '{}'::jsonb,
       coalesce(min(b.step) FILTER (WHERE b.finish > to_timestamp(?::bigint) AND b.started <= to_timestamp(?::bigint)),
                'completed'),
       (ARRAY['specialist', 'glubokoe_specialist', 'zyryan_specialist'])[b.g % 3 + 1],
       date_trunc('second', b.received + interval '14 days'),
       CASE WHEN max(b.finish) <= to_timestamp(?::bigint) THEN max(b.finish) END,
       coalesce(max(b.finish) > b.received + interval '14 days', false),
       least(max(b.finish), to_timestamp(?::bigint)), 5
FROM bench_step b
GROUP BY b.g, b.office, b.service, b.received;

INSERT INTO ruqsat.case_step (case_id, ordinal, step, started_at, due_at, finished_at, actor, late)
SELECT b.g, b.k, b.step, b.started, b.due,
       CASE WHEN b.finish <= to_timestamp(?::bigint) THEN b.finish END,
       CASE WHEN b.finish <= to_timestamp(?::bigint) THEN
           (CASE b.step WHEN 'preparation' THEN ARRAY['specialist', 'glubokoe_specialist', 'zyryan_specialist']
                        WHEN 'resolution' THEN ARRAY['head', 'glubokoe_head', 'zyryan_head']
                        WHEN 'signing' THEN ARRAY['head', 'glubokoe_head', 'zyryan_head']
                        ELSE ARRAY['clerk', 'glubokoe_clerk', 'zyryan_clerk'] END)[b.g % 3 + 1] END,
       b.finish <= to_timestamp(?::bigint) AND b.finish > b.due
FROM bench_step b
WHERE b.started <= to_timestamp(?::bigint);
)sql"_s;

double msSince(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

qint64 epoch(core::Instant instant) {
    return instant.time_since_epoch().count();
}

bool check(const core::Status& status, const char* what) {
    if (!status) {
        std::fprintf(stderr, "report_benchmark: %s: %s\n", what, qPrintable(status.error().message));
        return false;
    }
    return true;
}

// Runs the report `runs` times; prints median and max ms and the rows of the last run.
bool measure(const char* name, const QString& connection, const core::OverdueReportRequest& request) {
    const core::OverdueReportQuery query(connection);
    std::vector<double> times;
    qsizetype rows = 0;
    core::OverdueTotals total;
    for (int run = 0; run < runs; ++run) {
        const auto start = std::chrono::steady_clock::now();
        auto report = query.run(request);
        times.push_back(msSince(start));
        if (!report) {
            std::fprintf(stderr, "report_benchmark: %s\n", qPrintable(report.error().message));
            return false;
        }
        rows = report->rows().size();
        total = report->grandTotal();
    }
    std::sort(times.begin(), times.end());
    std::printf("  %-44s median %7.1f ms  max %7.1f ms  rows %6lld (steps: overdue %d, late %d, at risk %d; "
                "cases: overdue %d, late %d)\n",
                name, times[times.size() / 2], times.back(), static_cast<long long>(rows), total.overdueCount,
                total.lateCount, total.atRiskCount, total.caseOverdueCount, total.caseLateCount);
    return true;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QTimeZone zone("Asia/Almaty");
    const core::Instant now = core::instantFromDateTime(QDateTime(QDate(2026, 11, 30), QTime(12, 0), zone));

    auto& cluster = test::TestCluster::instance();
    const core::ConnectionSettings superuser = cluster.createMigratedDatabase(u"bench"_s);
    const QString adminConnection = u"bench-admin"_s;
    {
        auto db = core::Database::open(superuser, adminConnection);
        if (!check(db ? core::Status() : core::Status(db.error()), "connect"))
            return 1;
        core::DemoSeeder::Options options;
        options.caseCount = 0;
        const core::SystemClock clock;
        auto seeded = core::DemoSeeder::seed(adminConnection, clock, options);
        if (!check(seeded ? core::Status() : core::Status(seeded.error()), "demo offices"))
            return 1;

        const auto seedStart = std::chrono::steady_clock::now();
        if (!check(core::Database::executeScript(
                       // replica: no foreign-key triggers per inserted row (the rows are consistent by
                       // construction); the indexes are still built as the application's would be.
                       db.value(), u"BEGIN; SET LOCAL session_replication_role = replica; CREATE TEMP TABLE bench_step "
                                   u"(g integer, office text, service text, "
                                   u"received timestamptz, k integer, step text, started timestamptz, "
                                   u"due timestamptz, finish timestamptz) ON COMMIT DROP"_s),
                   "begin"))
            return 1;
        // Prepared statements with bound values, one by one (a prepared statement holds one).
        const QStringList statements = seedSql.split(u";\n"_s, Qt::SkipEmptyParts);
        const qint64 n = epoch(now);
        const QList<QVariantList> values{
            {n, caseCount, caseCount},
            {n, n, n, n},
            {n, n, n, n},
        };
        for (qsizetype i = 0; i < statements.size(); ++i) {
            if (statements.at(i).trimmed().isEmpty())
                continue;
            const auto statementStart = std::chrono::steady_clock::now();
            auto done = core::Database::execute(db.value(), statements.at(i), values.value(i));
            std::printf("  seeding statement %lld: %.0f ms\n", static_cast<long long>(i + 1), msSince(statementStart));
            if (!check(done ? core::Status() : core::Status(done.error()), "seed"))
                return 1;
        }
        if (!check(
                core::Database::executeScript(db.value(), u"COMMIT; ANALYZE ruqsat.cases; ANALYZE ruqsat.case_step"_s),
                "commit"))
            return 1;
        const double seedMs = msSince(seedStart);
        auto counts = core::Database::execute(
            db.value(), u"SELECT (SELECT count(*) FROM ruqsat.cases), (SELECT count(*) FROM ruqsat.case_step), "
                        u"(SELECT count(*) FROM ruqsat.case_step WHERE finished_at IS NULL)"_s);
        if (!check(counts ? core::Status() : core::Status(counts.error()), "count"))
            return 1;
        counts->next();
        std::printf("report_benchmark: %lld cases, %lld step records (%lld open), 3 offices\n",
                    counts->value(0).toLongLong(), counts->value(1).toLongLong(), counts->value(2).toLongLong());
        std::printf("  seeding (INSERT ... SELECT generate_series, ANALYZE): %.0f ms\n", seedMs);
    }
    core::Database::close(adminConnection);

    const QString supervisorConnection = u"bench-supervisor"_s;
    {
        auto db = core::Database::open(superuser.with(u"user"_s, u"supervisor"_s)
                                           .with(u"password"_s, QLatin1String(core::DemoSeeder::demoPassword)),
                                       supervisorConnection);
        if (!check(db ? core::Status() : core::Status(db.error()), "supervisor connect"))
            return 1;
        {
            // The fixed part of every report: core reads the calendar and builds an office's WorkingCalendar.
            const auto start = std::chrono::steady_clock::now();
            auto calendar = core::CalendarRepository(supervisorConnection).officeCalendar(u"vko"_s);
            if (!check(calendar ? core::Status() : core::Status(calendar.error()), "calendar"))
                return 1;
            std::printf("  reading the calendar and building one office's WorkingCalendar: %.1f ms\n", msSince(start));
        }
        std::printf("  the report as the oblast supervisor, %d runs each:\n", runs);
        core::OverdueReportRequest request;
        request.now = now;
        request.atRiskHorizonSeconds = 8 * 3600;
        request.periodFrom = now - std::chrono::days(30);
        request.periodTo = now;
        if (!measure("overdue now + late in 30 days + at risk 8 h", supervisorConnection, request))
            return 1;
        request.periodFrom = now - std::chrono::days(365);
        if (!measure("overdue now + late in 365 days + at risk 8 h", supervisorConnection, request))
            return 1;
        request.office = u"vko-zyryan"_s;
        request.periodFrom = now - std::chrono::days(30);
        if (!measure("one district, 30 days", supervisorConnection, request))
            return 1;
    }
    core::Database::close(supervisorConnection);
    // RUQSAT_BENCH_HOLD=SECONDS keeps the cluster up that long after the figures, for EXPLAIN by hand.
    if (const int hold = qEnvironmentVariableIntValue("RUQSAT_BENCH_HOLD"); hold > 0) {
        std::printf("holding the cluster %d s: %s\n", hold, qPrintable(superuser.connInfo()));
        std::fflush(stdout);
        QThread::sleep(static_cast<unsigned long>(hold));
    }
    return 0;
}
