#include "OverdueReportWidget.h"

#include "OverdueReportModel.h"
#include "OverdueTotalsModel.h"
#include "ReportLabels.h"
#include "common/MessageBox.h"
#include "reports/OverdueReportFormat.h"
#include "reports/OverdueReportQuery.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QTextDocument>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ruqsat::ui {

namespace {

constexpr std::array groupings{core::OverdueGrouping::Office, core::OverdueGrouping::Service,
                               core::OverdueGrouping::Step, core::OverdueGrouping::Employee};
// The kind filter's choices after "All statuses": steps' and whole cases' kinds, in the report's order.
constexpr const auto& kinds = core::overdueKinds;

// The kind chosen (or any) and the text typed, over every column's words.
class ReportProxy : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setKind(std::optional<core::OverdueKind> kind) {
        m_kind = kind;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override {
        const QModelIndex first = sourceModel()->index(sourceRow, 0, sourceParent);
        if (m_kind && first.data(OverdueReportModel::KindRole).toInt() != static_cast<int>(*m_kind))
            return false;
        return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
    }

private:
    std::optional<core::OverdueKind> m_kind;
};

core::Error fileError(const QString& path, const QString& problem) {
    return core::makeError(
        core::ErrorCode::Unavailable, u"export_failed"_s,
        QCoreApplication::translate("OverdueReportWidget", "Cannot write %1: %2").arg(path, problem));
}

QString escaped(const QString& text) {
    return text.toHtmlEscaped();
}

} // namespace

OverdueReportWidget::OverdueReportWidget(Session session, QWidget* parent)
    : QWidget(parent)
    , m_session(std::move(session)) {
    m_model = new OverdueReportModel(m_session, this);
    m_totals = new OverdueTotalsModel(m_session, this);
    auto* proxy = new ReportProxy(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(OverdueReportModel::SortRole);
    proxy->setFilterKeyColumn(-1);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy = proxy;
    buildLayout();
    retranslate();
    // A supervisor opening the tab wants today's picture; a failure is shown in the error line.
    (void)refresh();
}

OverdueReportWidget::~OverdueReportWidget() = default;

void OverdueReportWidget::buildLayout() {
    const QTimeZone zone =
        m_session.workspace ? m_session.workspace->timeZone(m_session.workspace->office().id) : QTimeZone::utc();
    const QDate today = core::toDateTime(m_session.clock->now(), zone).date();

    m_periodLabel = new QLabel(this);
    m_fromEdit = new QDateEdit(QDate(today.year(), today.month(), 1), this);
    m_fromEdit->setObjectName(u"fromEdit"_s);
    m_fromEdit->setCalendarPopup(true);
    m_toLabel = new QLabel(this);
    m_toEdit = new QDateEdit(today.addDays(1), this);
    m_toEdit->setObjectName(u"toEdit"_s);
    m_toEdit->setCalendarPopup(true);

    m_officeLabel = new QLabel(this);
    m_officeCombo = new QComboBox(this);
    m_officeCombo->setObjectName(u"officeCombo"_s);
    m_officeCombo->addItem(QString(), QString()); // every office the role covers; text in retranslate()
    if (m_session.workspace) {
        for (const core::OfficeInfo& office : m_session.workspace->visibleOffices())
            m_officeCombo->addItem(QString(), office.id);
    }

    m_groupingLabel = new QLabel(this);
    m_groupingCombo = new QComboBox(this);
    m_groupingCombo->setObjectName(u"groupingCombo"_s);
    for (core::OverdueGrouping grouping : groupings)
        m_groupingCombo->addItem(QString(), static_cast<int>(grouping));

    m_horizonLabel = new QLabel(this);
    m_horizonSpin = new QSpinBox(this);
    m_horizonSpin->setObjectName(u"horizonSpin"_s);
    m_horizonSpin->setRange(0, 80);
    m_horizonSpin->setValue(8);

    m_refreshButton = new QPushButton(this);
    m_refreshButton->setObjectName(u"refreshButton"_s);
    m_csvButton = new QPushButton(this);
    m_csvButton->setObjectName(u"csvButton"_s);
    m_pdfButton = new QPushButton(this);
    m_pdfButton->setObjectName(u"pdfButton"_s);

    m_kindCombo = new QComboBox(this);
    m_kindCombo->setObjectName(u"kindCombo"_s);
    m_kindCombo->addItem(QString(), -1);
    for (core::OverdueKind kind : kinds)
        m_kindCombo->addItem(QString(), static_cast<int>(kind));
    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setObjectName(u"filterEdit"_s);
    m_filterEdit->setClearButtonEnabled(true);

    m_view = new QTableView(this);
    m_view->setObjectName(u"reportView"_s);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // the report's own order until a header is clicked
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);

    m_totalsLabel = new QLabel(this);
    m_totalsView = new QTableView(this);
    m_totalsView->setObjectName(u"totalsView"_s);
    m_totalsView->setModel(m_totals);
    m_totalsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_totalsView->verticalHeader()->hide();
    m_totalsView->horizontalHeader()->setStretchLastSection(true);

    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(u"summaryLabel"_s);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(u"errorLabel"_s);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(u"color: #b00020;"_s);
    m_errorLabel->hide();

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_periodLabel);
    filters->addWidget(m_fromEdit);
    filters->addWidget(m_toLabel);
    filters->addWidget(m_toEdit);
    filters->addSpacing(12);
    filters->addWidget(m_officeLabel);
    filters->addWidget(m_officeCombo, 1);
    filters->addSpacing(12);
    filters->addWidget(m_horizonLabel);
    filters->addWidget(m_horizonSpin);
    filters->addWidget(m_refreshButton);

    auto* tableBar = new QHBoxLayout;
    tableBar->addWidget(m_kindCombo);
    tableBar->addWidget(m_filterEdit, 1);
    tableBar->addWidget(m_csvButton);
    tableBar->addWidget(m_pdfButton);

    auto* totalsBar = new QHBoxLayout;
    totalsBar->addWidget(m_totalsLabel);
    totalsBar->addStretch(1);
    totalsBar->addWidget(m_groupingLabel);
    totalsBar->addWidget(m_groupingCombo);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_errorLabel);
    layout->addLayout(tableBar);
    layout->addWidget(m_view, 3);
    layout->addWidget(m_summaryLabel);
    layout->addLayout(totalsBar);
    layout->addWidget(m_totalsView, 1);

    connect(m_refreshButton, &QPushButton::clicked, this, [this] { (void)refresh(); });
    connect(m_groupingCombo, &QComboBox::currentIndexChanged, this, [this] { applyGrouping(); });
    connect(m_kindCombo, &QComboBox::currentIndexChanged, this, [this] { applyKindFilter(); });
    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text);
        updateSummary();
    });
    connect(m_csvButton, &QPushButton::clicked, this, [this] { chooseCsv(); });
    connect(m_pdfButton, &QPushButton::clicked, this, [this] { choosePdf(); });
}

void OverdueReportWidget::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

// Every text set in code, in one place; the chosen dates, office, grouping, horizon, kind and filter
// text are the user's and stay (only item texts change, never the current index).
void OverdueReportWidget::retranslate() {
    m_periodLabel->setText(tr("Finished late from"));
    m_toLabel->setText(tr("until (not included)"));
    m_fromEdit->setAccessibleName(tr("Period start"));
    m_toEdit->setAccessibleName(tr("Period end, not included"));
    m_fromEdit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_toEdit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_officeLabel->setText(tr("Office"));
    m_officeCombo->setItemText(0, tr("All offices I supervise"));
    ReportLabels labels(m_session);
    for (int i = 1; i < m_officeCombo->count(); ++i)
        m_officeCombo->setItemText(i, labels.office(m_officeCombo->itemData(i).toString()));
    m_officeCombo->setToolTip(tr("The office and the offices below it"));
    m_groupingLabel->setText(tr("Group by"));
    for (int i = 0; i < m_groupingCombo->count(); ++i)
        m_groupingCombo->setItemText(i, ReportLabels::grouping(groupings.at(static_cast<size_t>(i))));
    m_horizonLabel->setText(tr("At risk within"));
    m_horizonSpin->setSuffix(tr(" working h"));
    m_horizonSpin->setSpecialValueText(tr("not shown"));
    m_refreshButton->setText(tr("&Refresh"));
    m_csvButton->setText(tr("Export &CSV..."));
    m_pdfButton->setText(tr("Export &PDF..."));
    m_kindCombo->setItemText(0, tr("All statuses"));
    for (int i = 1; i < m_kindCombo->count(); ++i)
        m_kindCombo->setItemText(i, ReportLabels::kind(kinds[static_cast<size_t>(i - 1)]));
    m_filterEdit->setPlaceholderText(tr("Filter by office, service, step, employee or case"));
    m_filterEdit->setAccessibleName(tr("Filter"));
    m_view->setAccessibleName(tr("Overdue report"));
    m_totalsLabel->setText(tr("Totals"));
    m_totalsView->setAccessibleName(tr("Totals per group"));
    m_model->retranslate();
    m_totals->retranslate();
    updateSummary();
}

core::OverdueReportRequest OverdueReportWidget::request() const {
    core::OverdueReportRequest request;
    request.now = m_session.clock->now();
    const QString office = m_officeCombo->currentData().toString();
    request.office = office;
    if (m_fromEdit->date() < m_toEdit->date()) {
        const QTimeZone zone =
            m_session.workspace
                ? m_session.workspace->timeZone(office.isEmpty() ? m_session.workspace->office().id : office)
                : QTimeZone::utc();
        const auto [from, to] = core::OverdueReportQuery::periodOfDates(m_fromEdit->date(), m_toEdit->date(), zone);
        request.periodFrom = from;
        request.periodTo = to;
    }
    if (m_horizonSpin->value() > 0)
        request.atRiskHorizonSeconds = qint64{m_horizonSpin->value()} * 3600;
    return request;
}

core::Status OverdueReportWidget::refresh() {
    if (m_fromEdit->date() >= m_toEdit->date()) {
        const core::Error error = core::makeError(core::ErrorCode::InvalidArgument, u"invalid_period"_s,
                                                  tr("The period must start before it ends."));
        showError(error.message);
        return error;
    }
    auto report = core::OverdueReportQuery(m_session.connectionName).run(request());
    if (!report) {
        showError(report.error().message);
        return report.error();
    }
    m_errorLabel->hide();
    m_model->setReport(std::move(report).value());
    m_totals->setReport(m_model->report(), static_cast<core::OverdueGrouping>(m_groupingCombo->currentData().toInt()));
    m_view->resizeColumnsToContents();
    m_totalsView->resizeColumnsToContents();
    updateSummary();
    return {};
}

void OverdueReportWidget::applyGrouping() {
    m_totals->setReport(m_model->report(), static_cast<core::OverdueGrouping>(m_groupingCombo->currentData().toInt()));
    m_totalsView->resizeColumnsToContents();
}

void OverdueReportWidget::applyKindFilter() {
    const int kind = m_kindCombo->currentData().toInt();
    static_cast<ReportProxy*>(m_proxy)->setKind(kind < 0 ? std::nullopt
                                                         : std::optional(static_cast<core::OverdueKind>(kind)));
    updateSummary();
}

void OverdueReportWidget::updateSummary() {
    const core::OverdueTotals total = m_model->report().grandTotal();
    m_summaryLabel->setText(
        tr("Shown: %1 of %2. Steps overdue now: %3, finished late: %4, at risk: %5. Cases overdue now: %6, "
           "finished late: %7.")
            .arg(QLocale().toString(m_proxy->rowCount()), QLocale().toString(m_model->rowCount()),
                 QLocale().toString(total.overdueCount), QLocale().toString(total.lateCount),
                 QLocale().toString(total.atRiskCount), QLocale().toString(total.caseOverdueCount),
                 QLocale().toString(total.caseLateCount)));
}

void OverdueReportWidget::showError(const QString& message) {
    m_errorLabel->setText(message);
    m_errorLabel->show();
}

core::Status OverdueReportWidget::exportCsv(const QString& path) const {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fileError(path, file.errorString());
    file.write(core::OverdueReportFormat::toCsv(m_model->report()));
    if (!file.commit())
        return fileError(path, file.errorString());
    return {};
}

QString OverdueReportWidget::reportHtml() const {
    const core::OverdueReport& report = m_model->report();
    const ReportLabels labels(m_session);
    const core::OverdueReportRequest& asked = report.request();
    const QString ownOffice = m_session.workspace ? m_session.workspace->office().id : QString();
    QString html = u"<html><body style=\"font-size: 8pt\"><h2>%1</h2><p>%2</p>"_s.arg(
        escaped(tr("Overdue report")),
        escaped(tr("As of %1; finished late from %2 until %3 (not included); office: %4; at risk within %5.")
                    .arg(labels.instant(asked.now, ownOffice),
                         asked.periodFrom ? labels.instant(*asked.periodFrom, ownOffice) : tr("none"),
                         asked.periodTo ? labels.instant(*asked.periodTo, ownOffice) : tr("none"),
                         asked.office.isEmpty() ? tr("all offices I supervise") : labels.office(asked.office),
                         asked.atRiskHorizonSeconds ? labels.workingTime(*asked.atRiskHorizonSeconds, ownOffice)
                                                    : tr("not shown"))));
    html += u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"2\" width=\"100%\"><tr>"_s;
    for (int column = 0; column < OverdueReportModel::columnTotal; ++column)
        html += u"<th>%1</th>"_s.arg(escaped(m_model->headerData(column, Qt::Horizontal).toString()));
    html += u"</tr>"_s;
    // The rows as the table shows them: filtered and sorted.
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        html += u"<tr>"_s;
        for (int column = 0; column < OverdueReportModel::columnTotal; ++column)
            html += u"<td>%1</td>"_s.arg(escaped(m_proxy->index(row, column).data().toString()));
        html += u"</tr>"_s;
    }
    html +=
        u"</table><h3>%1</h3><table border=\"1\" cellspacing=\"0\" cellpadding=\"2\"><tr>"_s.arg(escaped(tr("Totals")));
    for (int column = 0; column < OverdueTotalsModel::columnTotal; ++column)
        html += u"<th>%1</th>"_s.arg(escaped(m_totals->headerData(column, Qt::Horizontal).toString()));
    html += u"</tr>"_s;
    for (int row = 0; row < m_totals->rowCount(); ++row) {
        html += u"<tr>"_s;
        for (int column = 0; column < OverdueTotalsModel::columnTotal; ++column)
            html += u"<td>%1</td>"_s.arg(escaped(m_totals->index(row, column).data().toString()));
        html += u"</tr>"_s;
    }
    html += u"</table></body></html>"_s;
    return html;
}

core::Status OverdueReportWidget::exportPdf(const QString& path) const {
    {
        QFile probe(path);
        if (!probe.open(QIODevice::WriteOnly))
            return fileError(path, probe.errorString());
    }
    QPdfWriter writer(path);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(12, 12, 12, 12),
                                     QPageLayout::Millimeter));
    writer.setTitle(tr("Overdue report"));
    writer.setCreator(u"Ruqsat"_s);
    QTextDocument document;
    document.setHtml(reportHtml());
    document.print(&writer);
    return {};
}

void OverdueReportWidget::chooseCsv() {
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export CSV"), u"overdue-report.csv"_s, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (auto saved = exportCsv(path); !saved)
        MessageBox::error(this, tr("Export CSV"), saved.error().message);
}

void OverdueReportWidget::choosePdf() {
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export PDF"), u"overdue-report.pdf"_s, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (auto saved = exportPdf(path); !saved)
        MessageBox::error(this, tr("Export PDF"), saved.error().message);
}

} // namespace ruqsat::ui
