#include "reports/OverdueReportQuery.h"

#include "calendar/CalendarRepository.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace ruqsat::core {

namespace {

// Instants travel as seconds since the epoch: exact, and free of the session's time zone.
const QString reportSql = uR"sql(
SELECT r.kind, r.case_id, r.office_id, r.service_code, r.service_version, coalesce(r.step, ''),
       coalesce(r.step_ordinal, 0), coalesce(r.employee::text, ''), coalesce(r.employee_name, ''),
       extract(epoch FROM r.started_at)::bigint, extract(epoch FROM r.due_at)::bigint,
       extract(epoch FROM r.finished_at)::bigint
FROM ruqsat.report_overdue(to_timestamp(?::bigint), to_timestamp(?::bigint), to_timestamp(?::bigint),
                           nullif(?::text, ''), ?::bigint) AS r
)sql"_s;

// The report's order (OverdueReport::rows): overdue now, late, at risk; steps before cases.
int kindRank(OverdueKind kind) {
    switch (kind) {
    case OverdueKind::OverdueNow:
        return 0;
    case OverdueKind::CaseOverdueNow:
        return 1;
    case OverdueKind::Late:
        return 2;
    case OverdueKind::CaseLate:
        return 3;
    case OverdueKind::AtRisk:
        return 4;
    }
    return 5;
}

bool reportOrder(const OverdueRow& a, const OverdueRow& b) {
    if (a.kind != b.kind)
        return kindRank(a.kind) < kindRank(b.kind);
    if (a.workingSeconds != b.workingSeconds) // the least time left first, else the largest amount first
        return a.kind == OverdueKind::AtRisk ? a.workingSeconds < b.workingSeconds
                                             : a.workingSeconds > b.workingSeconds;
    if (a.caseId != b.caseId)
        return a.caseId < b.caseId;
    return a.stepOrdinal < b.stepOrdinal;
}

// What a row's amount measures (OverdueKind): from due to now, from due to the finish, from now to due.
std::pair<Instant, Instant> measured(const OverdueRow& row, Instant now) {
    switch (row.kind) {
    case OverdueKind::OverdueNow:
    case OverdueKind::CaseOverdueNow:
        return {row.dueAt, now};
    case OverdueKind::Late:
    case OverdueKind::CaseLate:
        return {row.dueAt, row.finishedAt.value_or(row.dueAt)};
    case OverdueKind::AtRisk:
        return {now, row.dueAt};
    }
    return {now, now};
}

// WorkingCalendar::workingSecondsBetween, the twin of ruqsat.working_seconds_between, with both ends
// clamped to the covered years: a report lists an old case rather than refusing to be made.
qint64 workingSeconds(const WorkingCalendar& calendar, Instant from, Instant to) {
    const auto clamp = [&calendar](Instant at) {
        return std::clamp(at, calendar.coveredFrom(), calendar.coveredUntil());
    };
    const Result<qint64> amount = calendar.workingSecondsBetween(clamp(from), clamp(to));
    return amount ? amount.value() : 0; // clamped ends are always covered
}

QVariant epochOrNull(const std::optional<Instant>& instant) {
    return instant ? QVariant(static_cast<qint64>(instant->time_since_epoch().count())) : QVariant();
}

Instant instantAt(const QSqlQuery& query, int column) {
    return Instant{std::chrono::seconds{query.value(column).toLongLong()}};
}

Error badRow(qint64 caseId) {
    return makeError(
        ErrorCode::DataError, u"invalid_report_row"_s,
        QCoreApplication::translate("OverdueReportQuery", "The report's row for case %1 is malformed.").arg(caseId));
}

// The database's refusals (0009_reports.sql) in the user's language.
Error refusal(Error error, const QString& office) {
    if (error.reason == u"wrong_role"_s) {
        error.message =
            QCoreApplication::translate("OverdueReportQuery", "The overdue report is for the supervisor role.");
    } else if (error.reason == u"office_not_visible"_s) {
        error.message = QCoreApplication::translate("OverdueReportQuery",
                                                    "The office \"%1\" is not among the offices you supervise.")
                            .arg(office);
    } else if (error.reason == u"unknown_office"_s) {
        error.code = ErrorCode::InvalidArgument;
        error.message = QCoreApplication::translate("OverdueReportQuery", "There is no office \"%1\".").arg(office);
    }
    return error;
}

} // namespace

OverdueReportQuery::OverdueReportQuery(QString connectionName)
    : m_connectionName(std::move(connectionName)) {}

QSqlDatabase OverdueReportQuery::db() const {
    return QSqlDatabase::database(m_connectionName, false);
}

Result<OverdueReport> OverdueReportQuery::run(const OverdueReportRequest& request) const {
    if (request.periodFrom.has_value() != request.periodTo.has_value() ||
        (request.periodFrom && *request.periodFrom >= *request.periodTo)) {
        return makeError(ErrorCode::InvalidArgument, u"invalid_period"_s,
                         QCoreApplication::translate("OverdueReportQuery", "The period must start before it ends."));
    }
    if (request.atRiskHorizonSeconds && *request.atRiskHorizonSeconds < 0) {
        return makeError(ErrorCode::InvalidArgument, u"invalid_horizon"_s,
                         QCoreApplication::translate("OverdueReportQuery", "The at-risk horizon cannot be negative."));
    }
    const QSqlDatabase database = db();
    // The rows, the calendar they are measured with and the offices' zones in one transaction, all read
    // from one snapshot (REPEATABLE READ): a calendar edit committed meanwhile cannot mix in.
    Transaction transaction(database);
    if (!transaction.begun())
        return transaction.begun().error();
    if (auto isolated =
            Database::executeScript(database, u"SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"_s);
        !isolated)
        return isolated.error();
    auto query =
        Database::execute(database, reportSql,
                          {static_cast<qint64>(request.now.time_since_epoch().count()), epochOrNull(request.periodFrom),
                           epochOrNull(request.periodTo), request.office,
                           request.atRiskHorizonSeconds ? QVariant(*request.atRiskHorizonSeconds) : QVariant()});
    if (!query)
        return refusal(query.error(), request.office);
    QList<OverdueRow> rows;
    while (query->next()) {
        OverdueRow row;
        row.caseId = query->value(1).toLongLong();
        const auto kind = overdueKindFromName(query->value(0).toString());
        if (!kind)
            return badRow(row.caseId);
        row.kind = *kind;
        if (!isCaseKind(row.kind)) {
            row.step = stepCodeFromName(query->value(5).toString());
            if (!row.step)
                return badRow(row.caseId);
            row.stepOrdinal = query->value(6).toInt();
        }
        row.officeId = query->value(2).toString();
        row.serviceCode = query->value(3).toString();
        row.serviceVersion = query->value(4).toInt();
        row.employee = query->value(7).toString();
        row.employeeName = query->value(8).toString();
        row.startedAt = instantAt(query.value(), 9);
        row.dueAt = instantAt(query.value(), 10);
        if (!query->isNull(11))
            row.finishedAt = instantAt(query.value(), 11);
        rows.append(std::move(row));
    }
    query.value() = QSqlQuery(); // the result set is read; free it

    // The amounts in the office's working time, with the calendar of the same snapshot. Offices with the
    // same zone and hours share one compiled calendar.
    const Instant now = std::chrono::floor<std::chrono::seconds>(request.now);
    QHash<QString, std::shared_ptr<const WorkingCalendar>> calendars;
    if (!rows.isEmpty()) {
        const CalendarRepository repository(m_connectionName);
        auto data = repository.load();
        if (!data)
            return data.error();
        QList<std::pair<OfficeSchedule, std::shared_ptr<const WorkingCalendar>>> built;
        for (const OverdueRow& row : rows) {
            if (calendars.contains(row.officeId))
                continue;
            auto schedule = repository.officeSchedule(row.officeId);
            if (!schedule)
                return schedule.error();
            const auto same = std::find_if(built.cbegin(), built.cend(),
                                           [&](const auto& entry) { return entry.first == schedule.value(); });
            if (same != built.cend()) {
                calendars.insert(row.officeId, same->second);
                continue;
            }
            auto calendar = WorkingCalendar::build(data.value(), schedule.value());
            if (!calendar)
                return calendar.error();
            built.append({schedule.value(), calendar.value()});
            calendars.insert(row.officeId, calendar.value());
        }
    }
    const WorkingCalendar* calendar = nullptr;
    QString calendarOffice;
    for (OverdueRow& row : rows) {
        if (!calendar || row.officeId != calendarOffice) {
            calendar = calendars.value(row.officeId).get();
            calendarOffice = row.officeId;
        }
        const auto [from, to] = measured(row, now);
        row.workingSeconds = workingSeconds(*calendar, from, to);
    }
    // The database lists every open step due before the end of the interval where the horizon runs
    // out; those with more working time left than the horizon are not at risk yet.
    if (request.atRiskHorizonSeconds) {
        rows.removeIf([&request](const OverdueRow& row) {
            return row.kind == OverdueKind::AtRisk && row.workingSeconds > *request.atRiskHorizonSeconds;
        });
    }
    std::sort(rows.begin(), rows.end(), reportOrder);

    auto zones = Database::execute(database, u"SELECT id, time_zone FROM ruqsat.office"_s);
    if (!zones)
        return zones.error();
    QHash<QString, QByteArray> officeZones;
    while (zones->next())
        officeZones.insert(zones->value(0).toString(), zones->value(1).toString().toLatin1());
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return OverdueReport(request, std::move(rows), std::move(officeZones));
}

Result<QTimeZone> OverdueReportQuery::periodZone(const QString& officeId) const {
    auto query =
        Database::execute(db(),
                          u"SELECT coalesce((SELECT time_zone FROM ruqsat.office WHERE id = nullif(?::text, '')), "
                          u"(SELECT time_zone FROM ruqsat.office WHERE id = ruqsat.caller_office()), "
                          u"'Asia/Almaty'), nullif(?::text, '') IS NULL OR EXISTS (SELECT FROM ruqsat.office "
                          u"WHERE id = nullif(?::text, ''))"_s,
                          {officeId, officeId, officeId});
    if (!query)
        return query.error();
    if (!query->next())
        return makeError(ErrorCode::Internal, u"no_zone"_s, u"The zone query returned nothing."_s);
    if (!query->value(1).toBool()) {
        return makeError(ErrorCode::InvalidArgument, u"unknown_office"_s,
                         QCoreApplication::translate("OverdueReportQuery", "There is no office \"%1\".").arg(officeId));
    }
    const QTimeZone zone(query->value(0).toString().toLatin1());
    if (!zone.isValid()) {
        return makeError(ErrorCode::DataError, u"unknown_zone"_s,
                         QCoreApplication::translate("OverdueReportQuery", "Unknown time zone \"%1\".")
                             .arg(query->value(0).toString()));
    }
    return zone;
}

std::pair<Instant, Instant> OverdueReportQuery::periodOfDates(QDate from, QDate to, const QTimeZone& zone) {
    return {instantFromDateTime(QDateTime(from, QTime(0, 0), zone)),
            instantFromDateTime(QDateTime(to, QTime(0, 0), zone))};
}

} // namespace ruqsat::core
