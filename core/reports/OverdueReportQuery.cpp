#include "reports/OverdueReportQuery.h"

#include "store/Database.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ruqsat::core {

namespace {

// Instants travel as seconds since the epoch: exact, and free of the session's time zone.
const QString reportSql = uR"sql(
SELECT r.kind, r.case_id, r.office_id, r.service_code, r.service_version, r.step, r.step_ordinal,
       coalesce(r.employee::text, ''), coalesce(r.employee_name, ''),
       extract(epoch FROM r.started_at)::bigint, extract(epoch FROM r.due_at)::bigint,
       extract(epoch FROM r.finished_at)::bigint, r.amount_seconds
FROM ruqsat.report_overdue(to_timestamp(?::bigint), to_timestamp(?::bigint), to_timestamp(?::bigint),
                           nullif(?::text, ''), ?::bigint) AS r
)sql"_s;

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
    // The rows and the offices' zones in one snapshot.
    Transaction transaction(database);
    if (!transaction.begun())
        return transaction.begun().error();
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
        const auto step = stepCodeFromName(query->value(5).toString());
        if (!kind || !step)
            return badRow(row.caseId);
        row.kind = *kind;
        row.officeId = query->value(2).toString();
        row.serviceCode = query->value(3).toString();
        row.serviceVersion = query->value(4).toInt();
        row.step = *step;
        row.stepOrdinal = query->value(6).toInt();
        row.employee = query->value(7).toString();
        row.employeeName = query->value(8).toString();
        row.startedAt = instantAt(query.value(), 9);
        row.dueAt = instantAt(query.value(), 10);
        if (!query->isNull(11))
            row.finishedAt = instantAt(query.value(), 11);
        row.workingSeconds = query->value(12).toLongLong();
        rows.append(std::move(row));
    }
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
