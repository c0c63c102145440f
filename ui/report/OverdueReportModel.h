#pragma once

#include "ReportLabels.h"
#include "common/Session.h"
#include "reports/OverdueReport.h"

#include <QAbstractTableModel>

namespace ruqsat::ui {

// The overdue report's rows as a table, most urgent first: overdue now, finished late (each steps, then
// whole cases, whose step column reads "Whole case"), at risk.
// Amounts are shown as working time (core's DeadlineText, in the office's working day) with the raw
// working seconds under SortRole, so a proxy sorts by the figure rather than the words. Read-only.
class OverdueReportModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum class Column { Kind, Office, Service, Step, Employee, Case, Due, Finished, Amount };
    static constexpr int columnTotal = static_cast<int>(Column::Amount) + 1;

    enum Roles {
        SortRole = Qt::UserRole + 1, // what the column sorts by (numbers and instants as numbers)
        KindRole,                    // int (core::OverdueKind)
        WorkingSecondsRole,          // qint64
        CaseIdRole,                  // qint64
    };

    explicit OverdueReportModel(Session session, QObject* parent = nullptr);

    void setReport(core::OverdueReport report);
    const core::OverdueReport& report() const { return m_report; }
    const core::OverdueRow& reportRow(int row) const { return m_report.rows().at(row); }
    // Texts after a language change (the rows stay).
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ReportLabels m_labels;
    core::OverdueReport m_report;
};

} // namespace ruqsat::ui
