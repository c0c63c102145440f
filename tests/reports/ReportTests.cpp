// The overdue report (core/reports, ruqsat.report_overdue of 0009_reports.sql) on the hand-built data set
// of ReportFixture: each row's working-second amount and the group totals, computed by hand from the
// standard schedule (09:00-13:00, 14:30-18:30 Monday to Friday, Asia/Almaty) and the calendar of 2026.
#include "CatchQt.h"
#include "ReportFixture.h"

#include "reports/OverdueReportFormat.h"
#include "reports/OverdueReportQuery.h"
#include "store/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace ruqsat::core;
using ruqsat::test::ReportFixture;

namespace {

Result<OverdueReport> runAs(const QString& login, const OverdueReportRequest& request) {
    const auto& fixture = ReportFixture::instance();
    const ruqsat::test::Connection connection(fixture.demo.as(login), u"report-as-"_s + login);
    return OverdueReportQuery(connection.name()).run(request);
}

// kind, case, office, service, step, employee (without prefix), working seconds
struct Expected {
    OverdueKind kind;
    qint64 caseId;
    const char* office;
    const char* service;
    std::optional<StepCode> step; // none: the whole case
    const char* employee;
    qint64 seconds;
};

QList<qint64> caseIds(const OverdueReport& report) {
    QList<qint64> ids;
    for (const OverdueRow& row : report.rows())
        ids.append(row.caseId);
    return ids;
}

} // namespace

TEST_CASE("The oblast supervisor's report has the hand-computed rows and amounts", "[reports][postgres]") {
    const auto& fixture = ReportFixture::instance();
    auto report = runAs(u"supervisor"_s, ReportFixture::aprilRequest());
    INFO((report ? QString() : report.error().message).toStdString());
    REQUIRE(report.ok());

    // Ordered: overdue now, late (each the largest amount first), at risk (the least time left first).
    const Expected expected[] = {
        {OverdueKind::OverdueNow, 101, "vko", "P", StepCode::Preparation, "specialist", 9000},
        {OverdueKind::OverdueNow, 104, "vko-glubokoe", "P", StepCode::Signing, "", 1800},
        {OverdueKind::CaseOverdueNow, 110, "vko", "E", std::nullopt, "", 3600},
        {OverdueKind::Late, 102, "vko", "E", StepCode::Registration, "clerk", 4500},
        {OverdueKind::Late, 105, "vko-zyryan", "E", StepCode::Dispatch, "zyryan_clerk", 3600},
        {OverdueKind::Late, 109, "vko-glubokoe", "P", StepCode::Registration, "glubokoe_clerk", 1800},
        {OverdueKind::CaseLate, 111, "vko-zyryan", "P", std::nullopt, "", 30600},
        {OverdueKind::CaseLate, 113, "vko", "E", std::nullopt, "", 5400},
        {OverdueKind::AtRisk, 106, "vko-zyryan", "P", StepCode::Resolution, "", 12600},
    };
    REQUIRE(report->rows().size() == static_cast<qsizetype>(std::size(expected)));
    for (qsizetype i = 0; i < report->rows().size(); ++i) {
        const OverdueRow& row = report->rows().at(i);
        const Expected& want = expected[i];
        INFO("row " << i << ", case " << row.caseId);
        CHECK(row.kind == want.kind);
        CHECK(row.caseId == want.caseId);
        CHECK(row.officeId == QLatin1String(want.office));
        CHECK(row.serviceCode == QLatin1String(want.service));
        CHECK(row.step == want.step);
        CHECK(row.employee == (*want.employee ? fixture.demo.login(QLatin1String(want.employee)) : QString()));
        CHECK(row.workingSeconds == want.seconds);
        CHECK(row.finishedAt.has_value() == (want.kind == OverdueKind::Late || want.kind == OverdueKind::CaseLate));
        CHECK((row.stepOrdinal == 0) == !want.step.has_value());
    }
    // The full name comes from the staff directory.
    CHECK(report->rows().at(3).employeeName == u"Айгерим Сапарова"_s);
    // A case row measures the whole case against its total term: received and due as recorded.
    CHECK(report->rows().at(2).startedAt == ReportFixture::at("2026-04-27T10:00"));
    CHECK(report->rows().at(2).dueAt == ReportFixture::at("2026-04-30T18:30"));
    CHECK(report->rows().at(7).finishedAt == ReportFixture::at("2026-04-29T11:00")); // case 113, refused
    // The step finished exactly at its due moment (case 103) is on time: absent; so are the late step
    // before the period (108) and the open step beyond the horizon (107).
    CHECK_FALSE(caseIds(report.value()).contains(103));
    CHECK_FALSE(caseIds(report.value()).contains(108));
    CHECK_FALSE(caseIds(report.value()).contains(107));
    // The case completed exactly at its total due moment (112) is on time: absent; so is the case closed
    // late before the period (114).
    CHECK_FALSE(caseIds(report.value()).contains(112));
    CHECK_FALSE(caseIds(report.value()).contains(114));
}

TEST_CASE("Group totals add up the working seconds per office, service, step and employee", "[reports][postgres]") {
    const auto& fixture = ReportFixture::instance();
    auto report = runAs(u"supervisor"_s, ReportFixture::aprilRequest());
    REQUIRE(report.ok());

    // key, steps: overdue count/seconds, late count/seconds, at-risk count/seconds; whole cases: overdue
    // count/seconds, late count/seconds
    const QList<OverdueTotals> byOffice{
        {u"vko"_s, 1, 9000, 1, 4500, 0, 0, 1, 3600, 1, 5400},
        {u"vko-glubokoe"_s, 1, 1800, 1, 1800, 0, 0, 0, 0, 0, 0},
        {u"vko-zyryan"_s, 0, 0, 1, 3600, 1, 12600, 0, 0, 1, 30600},
    };
    CHECK(report->totals(OverdueGrouping::Office) == byOffice);
    const QList<OverdueTotals> byService{
        {u"E"_s, 0, 0, 2, 8100, 0, 0, 1, 3600, 1, 5400},
        {u"P"_s, 2, 10800, 1, 1800, 1, 12600, 0, 0, 1, 30600},
    };
    CHECK(report->totals(OverdueGrouping::Service) == byService);
    const QList<OverdueTotals> byStep{
        {QString(), 0, 0, 0, 0, 0, 0, 1, 3600, 2, 36000}, // the whole cases
        {u"dispatch"_s, 0, 0, 1, 3600, 0, 0},
        {u"preparation"_s, 1, 9000, 0, 0, 0, 0},
        {u"registration"_s, 0, 0, 2, 6300, 0, 0},
        {u"resolution"_s, 0, 0, 0, 0, 1, 12600},
        {u"signing"_s, 1, 1800, 0, 0, 0, 0},
    };
    CHECK(report->totals(OverdueGrouping::Step) == byStep);
    const QList<OverdueTotals> byEmployee{
        {QString(), 1, 1800, 0, 0, 1, 12600, 1, 3600, 2, 36000},
        {fixture.demo.login(u"clerk"_s), 0, 0, 1, 4500, 0, 0},
        {fixture.demo.login(u"glubokoe_clerk"_s), 0, 0, 1, 1800, 0, 0},
        {fixture.demo.login(u"specialist"_s), 1, 9000, 0, 0, 0, 0},
        {fixture.demo.login(u"zyryan_clerk"_s), 0, 0, 1, 3600, 0, 0},
    };
    CHECK(report->totals(OverdueGrouping::Employee) == byEmployee);
    CHECK(report->grandTotal() == OverdueTotals{QString(), 2, 10800, 3, 9900, 1, 12600, 1, 3600, 2, 36000});
}

TEST_CASE("Every amount equals the database's working_seconds_between", "[reports][postgres]") {
    // core's WorkingCalendar amounts against the database calendar's own function (its twin, 0006).
    const auto& fixture = ReportFixture::instance();
    auto report = runAs(u"supervisor"_s, ReportFixture::aprilRequest());
    REQUIRE(report.ok());
    const ruqsat::test::Connection admin(fixture.demo.superuser, u"report-check"_s);
    for (const OverdueRow& row : report->rows()) {
        const Instant from = row.kind == OverdueKind::AtRisk ? ReportFixture::reportNow() : row.dueAt;
        const bool late = row.kind == OverdueKind::Late || row.kind == OverdueKind::CaseLate;
        const Instant to = row.kind == OverdueKind::AtRisk ? row.dueAt
                           : late                          ? *row.finishedAt
                                                           : ReportFixture::reportNow();
        auto query = Database::execute(
            QSqlDatabase::database(admin.name()),
            u"SELECT ruqsat.working_seconds_between(?, to_timestamp(?::bigint), to_timestamp(?::bigint))"_s,
            {row.officeId, static_cast<qint64>(from.time_since_epoch().count()),
             static_cast<qint64>(to.time_since_epoch().count())});
        REQUIRE(query.ok());
        REQUIRE(query->next());
        INFO("case " << row.caseId);
        CHECK(query->value(0).toLongLong() == row.workingSeconds);
    }
}

TEST_CASE("The report's options narrow it", "[reports][postgres]") {
    SECTION("an office filter keeps that office and those below it") {
        auto zyryan = runAs(u"supervisor"_s, ReportFixture::aprilRequest(u"vko-zyryan"_s));
        REQUIRE(zyryan.ok());
        CHECK(caseIds(zyryan.value()) == QList<qint64>{105, 111, 106});
        auto oblast = runAs(u"supervisor"_s, ReportFixture::aprilRequest(u"vko"_s));
        REQUIRE(oblast.ok());
        CHECK(oblast->rows().size() == 9);
    }
    SECTION("no period: no finished-late rows; no horizon: no at-risk rows") {
        OverdueReportRequest request;
        request.now = ReportFixture::reportNow();
        auto report = runAs(u"supervisor"_s, request);
        REQUIRE(report.ok());
        CHECK(caseIds(report.value()) == QList<qint64>{101, 104, 110});
    }
    SECTION("a longer horizon takes in the step due tomorrow evening") {
        OverdueReportRequest request = ReportFixture::aprilRequest();
        request.atRiskHorizonSeconds = 54000; // exactly what is left of step 107
        auto report = runAs(u"supervisor"_s, request);
        REQUIRE(report.ok());
        QList<qint64> atRisk;
        for (const OverdueRow& row : report->rows(OverdueKind::AtRisk))
            atRisk.append(row.caseId);
        CHECK(atRisk == QList<qint64>{106, 107});
        request.atRiskHorizonSeconds = 53999;
        report = runAs(u"supervisor"_s, request);
        REQUIRE(report.ok());
        CHECK(report->rows(OverdueKind::AtRisk).size() == 1);
    }
    SECTION("the moment of the due itself is not yet overdue") {
        OverdueReportRequest request;
        request.now = ReportFixture::at("2026-05-04T09:30"); // step 104's due moment
        auto report = runAs(u"supervisor"_s, request);
        REQUIRE(report.ok());
        CHECK(caseIds(report.value()) == QList<qint64>{101, 110});
        CHECK(report->rows().at(1).workingSeconds == 1800);  // case 110: Mon 09:00-09:30
        request.now = ReportFixture::at("2026-04-30T18:30"); // case 110's total due moment
        report = runAs(u"supervisor"_s, request);
        REQUIRE(report.ok());
        CHECK(report->rows(OverdueKind::CaseOverdueNow).isEmpty());
    }
    SECTION("a malformed request is refused before the database") {
        OverdueReportRequest request = ReportFixture::aprilRequest();
        request.periodTo = request.periodFrom;
        auto report = runAs(u"supervisor"_s, request);
        REQUIRE_FALSE(report.ok());
        CHECK(report.error().code == ErrorCode::InvalidArgument);
        request = ReportFixture::aprilRequest();
        request.periodTo.reset();
        report = runAs(u"supervisor"_s, request);
        REQUIRE_FALSE(report.ok());
        CHECK(report.error().reason == u"invalid_period"_s);
    }
}

TEST_CASE("Each supervisor sees the offices their role covers, and only supervisors run it", "[reports][postgres]") {
    const auto& fixture = ReportFixture::instance();
    SECTION("a district supervisor sees the district's rows, not the oblast's") {
        auto report = runAs(fixture.districtSupervisor.mid(fixture.demo.prefix.size()), ReportFixture::aprilRequest());
        INFO((report ? QString() : report.error().message).toStdString());
        REQUIRE(report.ok());
        CHECK(caseIds(report.value()) == QList<qint64>{104, 109});
        auto oblast =
            runAs(fixture.districtSupervisor.mid(fixture.demo.prefix.size()), ReportFixture::aprilRequest(u"vko"_s));
        REQUIRE_FALSE(oblast.ok());
        CHECK(oblast.error().reason == u"office_not_visible"_s);
    }
    SECTION("other roles are refused, though their office's rows are visible to them") {
        for (const QString& login : {u"clerk"_s, u"head"_s, u"glubokoe_head"_s, u"specialist"_s, u"admin"_s}) {
            auto report = runAs(login, ReportFixture::aprilRequest());
            INFO(login.toStdString());
            REQUIRE_FALSE(report.ok());
            CHECK(report.error().code == ErrorCode::PermissionDenied);
            CHECK(report.error().reason == u"wrong_role"_s);
        }
    }
    SECTION("an unknown office is refused") {
        auto report = runAs(u"supervisor"_s, ReportFixture::aprilRequest(u"vko-nowhere"_s));
        REQUIRE_FALSE(report.ok());
        CHECK(report.error().reason == u"unknown_office"_s);
    }
}

TEST_CASE("CSV and JSON carry the core figures", "[reports][postgres]") {
    auto report = runAs(u"supervisor"_s, ReportFixture::aprilRequest());
    REQUIRE(report.ok());
    const QStringList lines = QString::fromUtf8(OverdueReportFormat::toCsv(report.value())).split(u"\r\n"_s);
    REQUIRE(lines.size() == 11); // header, 9 rows, empty after the last line end
    CHECK(lines.at(0) == u"kind,office,service,service_version,step,step_ordinal,case_id,employee,employee_name,"
                         u"started_at,due_at,finished_at,working_seconds"_s);
    CHECK(lines.at(1).startsWith(u"overdue,vko,P,1,preparation,3,101,"_s));
    CHECK(lines.at(1).endsWith(u",2026-04-20T09:00:00+05:00,2026-04-30T17:00:00+05:00,,9000"_s));
    // A whole case: no step, no ordinal, no employee.
    CHECK(lines.at(3) == u"case_overdue,vko,E,1,,,110,,,2026-04-27T10:00:00+05:00,2026-04-30T18:30:00+05:00,,3600"_s);
    CHECK(lines.at(4).endsWith(u",2026-04-28T11:15:00+05:00,4500"_s));
    CHECK(lines.at(7).startsWith(u"case_late,vko-zyryan,P,1,,,111,"_s));
    CHECK(lines.at(7).endsWith(u",2026-04-17T18:30:00+05:00,2026-04-21T09:30:00+05:00,30600"_s));
    CHECK(lines.at(10).isEmpty());

    const QJsonObject json = QJsonDocument::fromJson(OverdueReportFormat::toJson(report.value())).object();
    CHECK(json.value(u"rows"_s).toArray().size() == 9);
    const QJsonObject caseRow = json.value(u"rows"_s).toArray().at(2).toObject();
    CHECK(caseRow.value(u"kind"_s).toString() == u"case_overdue"_s);
    CHECK(caseRow.value(u"step"_s).isNull());
    CHECK(caseRow.value(u"step_ordinal"_s).isNull());
    CHECK(caseRow.value(u"working_seconds"_s).toInteger() == 3600);
    CHECK(json.value(u"total"_s).toObject().value(u"case_overdue_seconds"_s).toInteger() == 3600);
    CHECK(json.value(u"total"_s).toObject().value(u"case_late_count"_s).toInteger() == 2);
    CHECK(json.value(u"total"_s).toObject().value(u"case_late_seconds"_s).toInteger() == 36000);
    CHECK(json.value(u"total"_s).toObject().value(u"overdue_seconds"_s).toInteger() == 10800);
    CHECK(json.value(u"total"_s).toObject().value(u"late_seconds"_s).toInteger() == 9900);
    const QJsonArray offices = json.value(u"totals"_s).toObject().value(u"office"_s).toArray();
    REQUIRE(offices.size() == 3);
    CHECK(offices.at(2).toObject().value(u"at_risk_seconds"_s).toInteger() == 12600);
    CHECK(json.value(u"now"_s).toString() == u"2026-05-04T05:00:00Z"_s);
}
