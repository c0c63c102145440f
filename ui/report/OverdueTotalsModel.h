#pragma once

#include "ReportLabels.h"
#include "common/Session.h"
#include "reports/OverdueReport.h"

#include <QAbstractTableModel>
#include <QList>

namespace ruqsat::ui {

// The overdue report's subtotals per group (office, service, step or employee, core's
// OverdueReport::totals) and a last line with the total: counts of each kind and their working time, for
// steps and for whole cases.
class OverdueTotalsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    // Steps' columns, then the whole cases' (counted apart: a late case's steps are often late too).
    enum class Column {
        Group,
        OverdueCount,
        OverdueTime,
        LateCount,
        LateTime,
        AtRiskCount,
        CaseOverdueCount,
        CaseOverdueTime,
        CaseLateCount,
        CaseLateTime,
    };
    static constexpr int columnTotal = static_cast<int>(Column::CaseLateTime) + 1;

    enum Roles {
        SortRole = Qt::UserRole + 1, // numbers as numbers
        GroupKeyRole,                // QString; invalid on the total line
    };

    explicit OverdueTotalsModel(Session session, QObject* parent = nullptr);

    void setReport(const core::OverdueReport& report, core::OverdueGrouping grouping);
    core::OverdueGrouping grouping() const { return m_grouping; }
    const QList<core::OverdueTotals>& groups() const { return m_groups; }
    const core::OverdueTotals& total() const { return m_total; }
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ReportLabels m_labels;
    core::OverdueGrouping m_grouping = core::OverdueGrouping::Office;
    QList<core::OverdueTotals> m_groups;
    core::OverdueTotals m_total;
    // The office whose working day sizes "1 d" in the totals: the user's own.
    QString m_officeId;
};

} // namespace ruqsat::ui
