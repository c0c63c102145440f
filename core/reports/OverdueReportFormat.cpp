#include "reports/OverdueReportFormat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace ruqsat::core {

namespace {

QString isoIn(const OverdueReport& report, const QString& officeId, Instant instant) {
    return formatIso(instant, QTimeZone(report.officeZone(officeId)));
}

QString isoUtc(Instant instant) {
    return toUtcDateTime(instant).toString(u"yyyy-MM-ddTHH:mm:ss'Z'"_s);
}

// RFC 4180: quoted when it holds a comma, a quote or a line break; quotes doubled.
QString csvField(const QString& value) {
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

QJsonObject totalsJson(const OverdueTotals& totals) {
    return QJsonObject{{u"key"_s, totals.key},
                       {u"overdue_count"_s, totals.overdueCount},
                       {u"overdue_seconds"_s, totals.overdueSeconds},
                       {u"late_count"_s, totals.lateCount},
                       {u"late_seconds"_s, totals.lateSeconds},
                       {u"at_risk_count"_s, totals.atRiskCount},
                       {u"at_risk_seconds"_s, totals.atRiskSeconds},
                       {u"case_overdue_count"_s, totals.caseOverdueCount},
                       {u"case_overdue_seconds"_s, totals.caseOverdueSeconds},
                       {u"case_late_count"_s, totals.caseLateCount},
                       {u"case_late_seconds"_s, totals.caseLateSeconds}};
}

} // namespace

QByteArray OverdueReportFormat::toCsv(const OverdueReport& report) {
    QString text = u"kind,office,service,service_version,step,step_ordinal,case_id,employee,employee_name,"
                   u"started_at,due_at,finished_at,working_seconds\r\n"_s;
    for (const OverdueRow& row : report.rows()) {
        const QStringList fields{
            overdueKindName(row.kind),
            csvField(row.officeId),
            csvField(row.serviceCode),
            QString::number(row.serviceVersion),
            row.step ? stepCodeName(*row.step) : QString(),
            row.step ? QString::number(row.stepOrdinal) : QString(),
            QString::number(row.caseId),
            csvField(row.employee),
            csvField(row.employeeName),
            isoIn(report, row.officeId, row.startedAt),
            isoIn(report, row.officeId, row.dueAt),
            row.finishedAt ? isoIn(report, row.officeId, *row.finishedAt) : QString(),
            QString::number(row.workingSeconds),
        };
        text += fields.join(u',') + u"\r\n"_s;
    }
    return text.toUtf8();
}

QByteArray OverdueReportFormat::toJson(const OverdueReport& report) {
    const OverdueReportRequest& request = report.request();
    QJsonArray rows;
    for (const OverdueRow& row : report.rows()) {
        rows.append(QJsonObject{
            {u"kind"_s, overdueKindName(row.kind)},
            {u"office"_s, row.officeId},
            {u"service"_s, row.serviceCode},
            {u"service_version"_s, row.serviceVersion},
            {u"step"_s, row.step ? QJsonValue(stepCodeName(*row.step)) : QJsonValue()},
            {u"step_ordinal"_s, row.step ? QJsonValue(row.stepOrdinal) : QJsonValue()},
            {u"case_id"_s, row.caseId},
            {u"employee"_s, row.employee.isEmpty() ? QJsonValue() : QJsonValue(row.employee)},
            {u"employee_name"_s, row.employeeName.isEmpty() ? QJsonValue() : QJsonValue(row.employeeName)},
            {u"started_at"_s, isoIn(report, row.officeId, row.startedAt)},
            {u"due_at"_s, isoIn(report, row.officeId, row.dueAt)},
            {u"finished_at"_s,
             row.finishedAt ? QJsonValue(isoIn(report, row.officeId, *row.finishedAt)) : QJsonValue()},
            {u"working_seconds"_s, row.workingSeconds},
        });
    }
    QJsonObject totals;
    for (OverdueGrouping grouping :
         {OverdueGrouping::Office, OverdueGrouping::Service, OverdueGrouping::Step, OverdueGrouping::Employee}) {
        QJsonArray groups;
        for (const OverdueTotals& group : report.totals(grouping))
            groups.append(totalsJson(group));
        totals.insert(overdueGroupingName(grouping), groups);
    }
    QJsonObject total = totalsJson(report.grandTotal());
    total.remove(u"key"_s);
    const QJsonObject document{
        {u"now"_s, isoUtc(request.now)},
        {u"period_from"_s, request.periodFrom ? QJsonValue(isoUtc(*request.periodFrom)) : QJsonValue()},
        {u"period_to"_s, request.periodTo ? QJsonValue(isoUtc(*request.periodTo)) : QJsonValue()},
        {u"office"_s, request.office.isEmpty() ? QJsonValue() : QJsonValue(request.office)},
        {u"at_risk_horizon_seconds"_s,
         request.atRiskHorizonSeconds ? QJsonValue(*request.atRiskHorizonSeconds) : QJsonValue()},
        {u"rows"_s, rows},
        {u"totals"_s, totals},
        {u"total"_s, total},
    };
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

} // namespace ruqsat::core
