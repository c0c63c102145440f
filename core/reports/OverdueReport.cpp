#include "reports/OverdueReport.h"

#include <QMap>

#include <utility>

using namespace Qt::StringLiterals;

namespace ruqsat::core {

QString overdueKindName(OverdueKind kind) {
    switch (kind) {
    case OverdueKind::OverdueNow:
        return u"overdue"_s;
    case OverdueKind::Late:
        return u"late"_s;
    case OverdueKind::AtRisk:
        return u"at_risk"_s;
    case OverdueKind::CaseOverdueNow:
        return u"case_overdue"_s;
    case OverdueKind::CaseLate:
        return u"case_late"_s;
    }
    return {};
}

std::optional<OverdueKind> overdueKindFromName(const QString& name) {
    for (OverdueKind kind : overdueKinds) {
        if (overdueKindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

QString overdueGroupingName(OverdueGrouping grouping) {
    switch (grouping) {
    case OverdueGrouping::Office:
        return u"office"_s;
    case OverdueGrouping::Service:
        return u"service"_s;
    case OverdueGrouping::Step:
        return u"step"_s;
    case OverdueGrouping::Employee:
        return u"employee"_s;
    }
    return {};
}

std::optional<OverdueGrouping> overdueGroupingFromName(const QString& name) {
    for (OverdueGrouping grouping :
         {OverdueGrouping::Office, OverdueGrouping::Service, OverdueGrouping::Step, OverdueGrouping::Employee}) {
        if (overdueGroupingName(grouping) == name)
            return grouping;
    }
    return std::nullopt;
}

void OverdueTotals::add(const OverdueRow& row) {
    switch (row.kind) {
    case OverdueKind::OverdueNow:
        ++overdueCount;
        overdueSeconds += row.workingSeconds;
        break;
    case OverdueKind::Late:
        ++lateCount;
        lateSeconds += row.workingSeconds;
        break;
    case OverdueKind::AtRisk:
        ++atRiskCount;
        atRiskSeconds += row.workingSeconds;
        break;
    case OverdueKind::CaseOverdueNow:
        ++caseOverdueCount;
        caseOverdueSeconds += row.workingSeconds;
        break;
    case OverdueKind::CaseLate:
        ++caseLateCount;
        caseLateSeconds += row.workingSeconds;
        break;
    }
}

OverdueReport::OverdueReport(OverdueReportRequest request, QList<OverdueRow> rows,
                             QHash<QString, QByteArray> officeZones)
    : m_request(std::move(request))
    , m_rows(std::move(rows))
    , m_officeZones(std::move(officeZones)) {}

QList<OverdueRow> OverdueReport::rows(OverdueKind kind) const {
    QList<OverdueRow> selected;
    for (const OverdueRow& row : m_rows) {
        if (row.kind == kind)
            selected.append(row);
    }
    return selected;
}

QString OverdueReport::groupKey(const OverdueRow& row, OverdueGrouping grouping) {
    switch (grouping) {
    case OverdueGrouping::Office:
        return row.officeId;
    case OverdueGrouping::Service:
        return row.serviceCode;
    case OverdueGrouping::Step:
        return row.step ? stepCodeName(*row.step) : QString();
    case OverdueGrouping::Employee:
        return row.employee;
    }
    return {};
}

QList<OverdueTotals> OverdueReport::totals(OverdueGrouping grouping) const {
    QMap<QString, OverdueTotals> groups;
    for (const OverdueRow& row : m_rows) {
        const QString key = groupKey(row, grouping);
        auto it = groups.find(key);
        if (it == groups.end())
            it = groups.insert(key, OverdueTotals{key});
        it->add(row);
    }
    return groups.values();
}

OverdueTotals OverdueReport::grandTotal() const {
    OverdueTotals total;
    for (const OverdueRow& row : m_rows)
        total.add(row);
    return total;
}

QByteArray OverdueReport::officeZone(const QString& officeId) const {
    return m_officeZones.value(officeId, QByteArrayLiteral("UTC"));
}

} // namespace ruqsat::core
