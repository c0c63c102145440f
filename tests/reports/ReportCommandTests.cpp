// `ruqsat-admin report overdue` prints what core computes (the same OverdueReportQuery and
// OverdueReportFormat), and refuses a malformed command line with exit status 2.
#include "CatchQt.h"
#include "ProcessRunner.h"
#include "ReportFixture.h"

#include "reports/OverdueReportFormat.h"
#include "reports/OverdueReportQuery.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace ruqsat::core;
using ruqsat::test::ReportFixture;
using ruqsat::test::runAdmin;

namespace {

QStringList withDb(const QString& login, QStringList arguments) {
    arguments.append({u"--db"_s, ReportFixture::instance().demo.as(login).connInfo()});
    return arguments;
}

OverdueReport coreReport(const QString& login, const QString& office = {}) {
    const auto& fixture = ReportFixture::instance();
    const ruqsat::test::Connection connection(fixture.demo.as(login), u"report-cli-core"_s);
    auto report = OverdueReportQuery(connection.name()).run(ReportFixture::aprilRequest(office));
    REQUIRE(report.ok());
    return report.value();
}

const QStringList aprilArguments{u"report"_s,    u"overdue"_s,    u"--at"_s, u"2026-05-04T10:00:00+05:00"_s,
                                 u"--from"_s,    u"2026-04-01"_s, u"--to"_s, u"2026-05-01"_s,
                                 u"--at-risk"_s, u"8h"_s};

} // namespace

TEST_CASE("report overdue prints the core figures as CSV and JSON", "[reports][postgres][admin]") {
    const OverdueReport expected = coreReport(u"supervisor"_s);
    REQUIRE(expected.rows().size() == 9); // 6 steps and 3 whole cases

    const auto csv = runAdmin(withDb(u"supervisor"_s, aprilArguments));
    INFO(csv.err.toStdString());
    REQUIRE(csv.exitCode == 0);
    CHECK(csv.out == QString::fromUtf8(OverdueReportFormat::toCsv(expected)));

    const auto json = runAdmin(withDb(u"supervisor"_s, aprilArguments + QStringList{u"--format"_s, u"json"_s}));
    REQUIRE(json.exitCode == 0);
    CHECK(QJsonDocument::fromJson(json.out.toUtf8()) == QJsonDocument::fromJson(OverdueReportFormat::toJson(expected)));
    CHECK(QJsonDocument::fromJson(json.out.toUtf8())
              .object()
              .value(u"total"_s)
              .toObject()
              .value(u"overdue_seconds"_s)
              .toInteger() == 10800);

    const auto zyryan = runAdmin(withDb(u"supervisor"_s, aprilArguments + QStringList{u"--office"_s, u"vko-zyryan"_s}));
    REQUIRE(zyryan.exitCode == 0);
    CHECK(zyryan.out == QString::fromUtf8(OverdueReportFormat::toCsv(coreReport(u"supervisor"_s, u"vko-zyryan"_s))));
    CHECK(zyryan.out.count(u"\r\n"_s) == 4); // header, late step 105, late case 111, at-risk step 106
}

TEST_CASE("report overdue refuses bad input with exit status 2 and other roles with 1", "[reports][postgres][admin]") {
    struct Case {
        QStringList extra;
        const char* message;
    };
    const QList<Case> cases{
        {{u"--from"_s, u"2026-04-01"_s}, "give both --from and --to"},
        {{u"--from"_s, u"2026-04-31"_s, u"--to"_s, u"2026-05-01"_s}, "malformed --from"},
        {{u"--from"_s, u"2026-05-01"_s, u"--to"_s, u"2026-05-01"_s}, "must be before --to"},
        {{u"--format"_s, u"xml"_s}, "unknown --format"},
        {{u"--at-risk"_s, u"2d"_s}, "working hours or minutes"},
        {{u"--at-risk"_s, u"soon"_s}, "--at-risk"},
        {{u"--at"_s, u"2026-05-04T10:00"_s}, "malformed --at"},
        {{u"--office"_s, u"vko-nowhere"_s}, "vko-nowhere"},
    };
    for (const Case& c : cases) {
        const auto result = runAdmin(withDb(u"supervisor"_s, QStringList{u"report"_s, u"overdue"_s} + c.extra));
        INFO(c.extra.join(u' ').toStdString() << " -> " << result.err.toStdString());
        CHECK(result.exitCode == 2);
        CHECK(result.err.contains(QLatin1String(c.message)));
        CHECK(result.out.isEmpty());
        CHECK(result.err.startsWith(u"ruqsat-admin: "_s));
    }
    const auto unknown = runAdmin(withDb(u"supervisor"_s, {u"report"_s, u"late"_s}));
    CHECK(unknown.exitCode == 2);

    const auto clerk = runAdmin(withDb(u"clerk"_s, aprilArguments));
    CHECK(clerk.exitCode == 1);
    CHECK(clerk.err.contains(u"supervisor role"_s));
    CHECK(clerk.out.isEmpty());
}
