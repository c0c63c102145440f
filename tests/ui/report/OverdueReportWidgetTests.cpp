// The overdue report screen (ui/report/OverdueReportWidget) as the demo's oblast supervisor.
#include "FakeClock.h"
#include "UiTestSupport.h"

#include "report/OverdueReportModel.h"
#include "report/OverdueReportWidget.h"
#include "report/OverdueTotalsModel.h"
#include "report/ReportLabels.h"
#include "reports/OverdueReportFormat.h"
#include "reports/OverdueReportQuery.h"
#include "store/DeadlineText.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace ruqsat;
using ruqsat::test::ModelChecker;
using ruqsat::test::SignedIn;

namespace {

// Widens the period to the demo's whole history (its cases are at most 24 days old).
void widenPeriod(ui::OverdueReportWidget& widget, const SignedIn& user) {
    const QDate today = core::toDateTime(user.clock().now(), QTimeZone("Asia/Almaty")).date();
    widget.fromEdit()->setDate(today.addDays(-60));
    widget.toEdit()->setDate(today.addDays(1));
    REQUIRE(widget.refresh().ok());
}

} // namespace

TEST_CASE("The overdue report shows core's rows and exports the same CSV", "[ui][report]") {
    const SignedIn supervisor(u"supervisor"_s);
    ui::OverdueReportWidget widget(supervisor.session());
    const ModelChecker checker({widget.model(), widget.proxy(), widget.totalsModel()});
    widenPeriod(widget, supervisor);
    CHECK_FALSE(widget.errorLabel()->isVisibleTo(&widget));

    // The same request through core directly.
    auto expected = core::OverdueReportQuery(supervisor.connection()).run(widget.request());
    REQUIRE(expected.ok());
    REQUIRE(widget.model()->rowCount() == expected->rows().size());
    // The demo has overdue steps and steps finished late (DemoSeeder: some late by design).
    CHECK(expected->grandTotal().overdueCount + expected->grandTotal().lateCount > 0);
    using Column = ui::OverdueReportModel::Column;
    int caseRows = 0;
    for (int row = 0; row < widget.model()->rowCount(); ++row) {
        const core::OverdueRow& want = expected->rows().at(row);
        // A whole case's row: "Whole case" for its step, no employee.
        if (core::isCaseKind(want.kind)) {
            ++caseRows;
            CHECK(widget.model()->index(row, static_cast<int>(Column::Step)).data().toString() ==
                  ui::ReportLabels::wholeCase());
            CHECK(widget.model()->index(row, static_cast<int>(Column::Employee)).data().toString().isEmpty());
        }
        const QModelIndex amount = widget.model()->index(row, static_cast<int>(Column::Amount));
        INFO("row " << row << ", case " << want.caseId);
        CHECK(widget.model()
                  ->index(row, static_cast<int>(Column::Case))
                  .data(ui::OverdueReportModel::CaseIdRole)
                  .toLongLong() == want.caseId);
        CHECK(amount.data(ui::OverdueReportModel::WorkingSecondsRole).toLongLong() == want.workingSeconds);
        // Working time in words, in the standard 8-hour working day, as the queues write it.
        CHECK(amount.data().toString() == core::DeadlineText::duration(want.workingSeconds, 8 * 60));
    }

    CHECK(caseRows > 0); // the demo has cases past their total term
    CHECK(caseRows == expected->grandTotal().caseOverdueCount + expected->grandTotal().caseLateCount);

    QTemporaryDir directory;
    REQUIRE(directory.isValid());
    const QString csvPath = directory.filePath(u"report.csv"_s);
    REQUIRE(widget.exportCsv(csvPath).ok());
    QFile csv(csvPath);
    REQUIRE(csv.open(QIODevice::ReadOnly));
    CHECK(csv.readAll() == core::OverdueReportFormat::toCsv(expected.value()));

    const QString pdfPath = directory.filePath(u"report.pdf"_s);
    REQUIRE(widget.exportPdf(pdfPath).ok());
    QFile pdf(pdfPath);
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(5) == QByteArray("%PDF-"));
    CHECK(pdf.size() > 1000);

    // Totals: the last line is the grand total, under every grouping.
    for (int grouping = 0; grouping < widget.groupingCombo()->count(); ++grouping) {
        widget.groupingCombo()->setCurrentIndex(grouping);
        const auto* totals = widget.totalsModel();
        CHECK(totals->rowCount() == totals->groups().size() + 1);
        qint64 overdueSeconds = 0;
        for (const core::OverdueTotals& group : totals->groups())
            overdueSeconds += group.overdueSeconds;
        CHECK(overdueSeconds == expected->grandTotal().overdueSeconds);
        const QModelIndex last =
            totals->index(totals->rowCount() - 1, static_cast<int>(ui::OverdueTotalsModel::Column::OverdueTime));
        CHECK(last.data(ui::OverdueTotalsModel::SortRole).toLongLong() == expected->grandTotal().overdueSeconds);
    }
    CHECK(checker.problems().isEmpty());
}

TEST_CASE("The overdue report sorts, filters, and keeps its filters across a language change", "[ui][report]") {
    const SignedIn supervisor(u"supervisor"_s);
    ui::OverdueReportWidget widget(supervisor.session());
    const ModelChecker checker({widget.model(), widget.proxy(), widget.totalsModel()});
    widenPeriod(widget, supervisor);
    REQUIRE(widget.model()->rowCount() > 1);

    // Sorted by the amount, largest first, as numbers (not as words).
    widget.view()->sortByColumn(static_cast<int>(ui::OverdueReportModel::Column::Amount), Qt::DescendingOrder);
    for (int row = 1; row < widget.proxy()->rowCount(); ++row) {
        CHECK(widget.proxy()->index(row - 1, 0).data(ui::OverdueReportModel::WorkingSecondsRole).toLongLong() >=
              widget.proxy()->index(row, 0).data(ui::OverdueReportModel::WorkingSecondsRole).toLongLong());
    }
    // The kind filter offers steps' and whole cases' kinds; each keeps only its rows.
    CHECK(widget.kindCombo()->count() == 1 + static_cast<int>(std::size(core::overdueKinds)));
    for (core::OverdueKind kind : {core::OverdueKind::CaseOverdueNow, core::OverdueKind::CaseLate}) {
        const int index = widget.kindCombo()->findData(static_cast<int>(kind));
        REQUIRE(index > 0);
        CHECK(widget.kindCombo()->itemText(index) == ui::ReportLabels::kind(kind));
        widget.kindCombo()->setCurrentIndex(index);
        CHECK(widget.proxy()->rowCount() == widget.model()->report().rows(kind).size());
        for (int row = 0; row < widget.proxy()->rowCount(); ++row)
            CHECK(widget.proxy()->index(row, 0).data(ui::OverdueReportModel::KindRole).toInt() ==
                  static_cast<int>(kind));
    }
    // Only the late ones.
    widget.kindCombo()->setCurrentIndex(widget.kindCombo()->findData(static_cast<int>(core::OverdueKind::Late)));
    for (int row = 0; row < widget.proxy()->rowCount(); ++row) {
        CHECK(widget.proxy()->index(row, 0).data(ui::OverdueReportModel::KindRole).toInt() ==
              static_cast<int>(core::OverdueKind::Late));
    }
    // An office: that office's rows only (and those below it, none for a district).
    const int glubokoe = widget.officeCombo()->findData(
        supervisor.session().workspace->office().id == u"vko"_s ? QVariant(u"vko-glubokoe"_s) : QVariant());
    REQUIRE(glubokoe > 0);
    widget.officeCombo()->setCurrentIndex(glubokoe);
    REQUIRE(widget.refresh().ok());
    for (const core::OverdueRow& row : widget.model()->report().rows())
        CHECK(row.officeId == u"vko-glubokoe"_s);

    widget.filterEdit()->setText(u"zzz-no-such-text"_s);
    CHECK(widget.proxy()->rowCount() == 0);
    widget.groupingCombo()->setCurrentIndex(2);
    widget.horizonSpin()->setValue(16);
    const QDate from = widget.fromEdit()->date();

    QEvent languageChange(QEvent::LanguageChange);
    QCoreApplication::sendEvent(&widget, &languageChange);
    CHECK(widget.fromEdit()->date() == from);
    CHECK(widget.officeCombo()->currentIndex() == glubokoe);
    CHECK(widget.groupingCombo()->currentIndex() == 2);
    CHECK(widget.horizonSpin()->value() == 16);
    CHECK(widget.kindCombo()->currentData().toInt() == static_cast<int>(core::OverdueKind::Late));
    CHECK(widget.filterEdit()->text() == u"zzz-no-such-text"_s);
    CHECK(widget.officeCombo()->itemText(0).isEmpty() == false);
    CHECK(checker.problems().isEmpty());
}

TEST_CASE("Staff other than supervisors get the refusal, not a report", "[ui][report]") {
    const SignedIn clerk(u"clerk"_s);
    ui::OverdueReportWidget widget(clerk.session());
    CHECK(widget.model()->rowCount() == 0);
    CHECK(widget.errorLabel()->isVisibleTo(&widget));
    CHECK(widget.errorLabel()->text().contains(u"supervisor"_s));
}
