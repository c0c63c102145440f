#pragma once

#include "common/Result.h"
#include "common/Session.h"
#include "reports/OverdueReport.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;

namespace ruqsat::ui {

class OverdueReportModel;
class OverdueTotalsModel;

// The supervisor's overdue report (issue 8): steps and whole cases overdue now, steps and cases finished
// late in a period and steps at risk within a working-time horizon, in the offices the supervisor's role
// covers (the
// database decides: core::OverdueReportQuery). Period, office, grouping and horizon choose what is
// asked; a kind filter and a text filter narrow the table; totals per group sit under it. Export CSV
// writes what `ruqsat-admin report overdue --format csv` prints (core::OverdueReportFormat); Export
// PDF a printable copy of the screen. Read-only.
class OverdueReportWidget : public QWidget {
    Q_OBJECT
public:
    explicit OverdueReportWidget(Session session, QWidget* parent = nullptr);
    ~OverdueReportWidget() override;

    // Asks the database again with the chosen filters at the session clock's "now".
    core::Status refresh();
    // Writes the report shown (all its rows, not only the filtered ones) to a file.
    core::Status exportCsv(const QString& path) const;
    core::Status exportPdf(const QString& path) const;
    // The request the filters make now.
    core::OverdueReportRequest request() const;

    OverdueReportModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    OverdueTotalsModel* totalsModel() const { return m_totals; }
    QTableView* view() const { return m_view; }
    QTableView* totalsView() const { return m_totalsView; }
    QDateEdit* fromEdit() const { return m_fromEdit; }
    QDateEdit* toEdit() const { return m_toEdit; }
    QComboBox* officeCombo() const { return m_officeCombo; }
    QComboBox* groupingCombo() const { return m_groupingCombo; }
    QComboBox* kindCombo() const { return m_kindCombo; }
    QSpinBox* horizonSpin() const { return m_horizonSpin; }
    QLineEdit* filterEdit() const { return m_filterEdit; }
    QLabel* errorLabel() const { return m_errorLabel; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildLayout();
    void retranslate();
    void applyGrouping();
    void applyKindFilter();
    void chooseCsv();
    void choosePdf();
    void showError(const QString& message);
    void updateSummary();
    QString reportHtml() const;

    Session m_session;
    OverdueReportModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    OverdueTotalsModel* m_totals = nullptr;
    QTableView* m_view = nullptr;
    QTableView* m_totalsView = nullptr;
    QLabel* m_periodLabel = nullptr;
    QLabel* m_toLabel = nullptr;
    QDateEdit* m_fromEdit = nullptr;
    QDateEdit* m_toEdit = nullptr;
    QLabel* m_officeLabel = nullptr;
    QComboBox* m_officeCombo = nullptr;
    QLabel* m_groupingLabel = nullptr;
    QComboBox* m_groupingCombo = nullptr;
    QLabel* m_horizonLabel = nullptr;
    QSpinBox* m_horizonSpin = nullptr;
    QComboBox* m_kindCombo = nullptr;
    QLineEdit* m_filterEdit = nullptr;
    QPushButton* m_refreshButton = nullptr;
    QPushButton* m_csvButton = nullptr;
    QPushButton* m_pdfButton = nullptr;
    QLabel* m_summaryLabel = nullptr;
    QLabel* m_totalsLabel = nullptr;
    QLabel* m_errorLabel = nullptr;
};

} // namespace ruqsat::ui
