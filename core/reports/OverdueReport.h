#pragma once

#include "common/Instant.h"
#include "services/StepCode.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace ruqsat::core {

// The supervisor's overdue report (issue 8, part 1): which steps and cases are overdue now, which
// finished late in a period, and which steps will be overdue within a working-time horizon, each with its
// amount in WORKING seconds of the office's schedule (domain.md, "Working time and deadlines": overdue
// "is measured in working time"). The rows come from the database (ruqsat.report_overdue,
// 0009_reports.sql, the supervisor's offices only), the amounts from the office's WorkingCalendar
// (OverdueReportQuery); this is the result and its group totals, shared by the screen and
// `ruqsat-admin report overdue` so both show the same figures.

enum class OverdueKind {
    OverdueNow, // open, past its due moment now; amount: working time from due to now
    Late,       // finished after its due moment within the period; amount: from due to the finish
    AtRisk,     // open, not yet past due, due within the horizon; amount: working time left until due
    // The whole case against its total term (domain.md: "the case has the total-term due moment"):
    CaseOverdueNow, // open, past the case's due moment now; amount: from due to now
    CaseLate,       // closed (completed or refused at intake) after its due within the period; due to closing
};

// Every kind, in the report's order.
inline constexpr OverdueKind overdueKinds[] = {OverdueKind::OverdueNow, OverdueKind::CaseOverdueNow, OverdueKind::Late,
                                               OverdueKind::CaseLate, OverdueKind::AtRisk};
// A row of the whole case (no step, no employee).
inline bool isCaseKind(OverdueKind kind) {
    return kind == OverdueKind::CaseOverdueNow || kind == OverdueKind::CaseLate;
}

// "overdue", "late", "at_risk", "case_overdue", "case_late"
QString overdueKindName(OverdueKind kind);
std::optional<OverdueKind> overdueKindFromName(const QString& name);

// What the report is asked for. Instants are UTC; the period is [from, to).
struct OverdueReportRequest {
    Instant now;                                // "now" of the report: from a Clock, never the wall clock
    std::optional<Instant> periodFrom;          // finished-late rows: finish in [periodFrom, periodTo);
    std::optional<Instant> periodTo;            //   both or neither (neither: no finished-late rows)
    QString office;                             // this office and every office below it; empty: all visible
    std::optional<qint64> atRiskHorizonSeconds; // working seconds; none: no at-risk rows
};

struct OverdueRow {
    OverdueKind kind = OverdueKind::OverdueNow;
    qint64 caseId = 0;
    QString officeId;
    QString serviceCode;
    int serviceVersion = 0;
    std::optional<StepCode> step; // none for a case row (the whole case)
    int stepOrdinal = 0;          // 0 for a case row
    // Who finished the step; for an open preparation the assigned specialist; else empty (the step
    // waits in the office's clerk or head queue, no one person holds it; and for a case row).
    QString employee;
    QString employeeName; // staff directory's full name when the caller may read it, else empty
    Instant startedAt;    // a case row: the case's receipt
    Instant dueAt;        // a case row: the total term's due moment (ruqsat.cases.case_due)
    std::optional<Instant> finishedAt;
    qint64 workingSeconds = 0;

    friend bool operator==(const OverdueRow&, const OverdueRow&) = default;
};

enum class OverdueGrouping { Office, Service, Step, Employee };

// "office", "service", "step", "employee"
QString overdueGroupingName(OverdueGrouping grouping);
std::optional<OverdueGrouping> overdueGroupingFromName(const QString& name);

// One group's subtotals: how many rows of each kind and their working seconds.
struct OverdueTotals {
    QString key; // office id, service code, step name or employee login ("" for no one / the whole case)
    int overdueCount = 0;
    qint64 overdueSeconds = 0;
    int lateCount = 0;
    qint64 lateSeconds = 0;
    int atRiskCount = 0;
    qint64 atRiskSeconds = 0; // working time left, summed
    int caseOverdueCount = 0; // whole cases, counted apart from their steps
    qint64 caseOverdueSeconds = 0;
    int caseLateCount = 0;
    qint64 caseLateSeconds = 0;

    void add(const OverdueRow& row);
    friend bool operator==(const OverdueTotals&, const OverdueTotals&) = default;
};

class OverdueReport {
public:
    OverdueReport() = default;
    OverdueReport(OverdueReportRequest request, QList<OverdueRow> rows, QHash<QString, QByteArray> officeZones);

    const OverdueReportRequest& request() const { return m_request; }
    // Overdue now (steps, then cases), then late (steps, then cases), each the largest amount first; then
    // at risk, the least time left first; ties by case and step ordinal.
    const QList<OverdueRow>& rows() const { return m_rows; }
    // The rows of one kind, in that order.
    QList<OverdueRow> rows(OverdueKind kind) const;

    // The group key of a row under a grouping.
    static QString groupKey(const OverdueRow& row, OverdueGrouping grouping);
    // Subtotals per group, ordered by key; groups without rows are absent.
    QList<OverdueTotals> totals(OverdueGrouping grouping) const;
    // Everything together (key empty).
    OverdueTotals grandTotal() const;

    // The IANA zone of an office of the report (the zone its dates are shown in); UTC if unknown.
    QByteArray officeZone(const QString& officeId) const;

private:
    OverdueReportRequest m_request;
    QList<OverdueRow> m_rows;
    QHash<QString, QByteArray> m_officeZones;
};

} // namespace ruqsat::core
