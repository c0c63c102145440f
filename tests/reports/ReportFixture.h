#pragma once

#include "DemoDatabase.h"
#include "TestConnection.h"

#include "common/Instant.h"
#include "reports/OverdueReport.h"

#include <QString>

namespace ruqsat::test {

// The hand-built data set of the overdue report's tests: the demo offices and staff (no demo cases), a
// district supervisor, nine cases whose steps are due and finished at chosen instants and five cases
// whose total term is due and closed at chosen instants (Asia/Almaty,
// UTC+5 in 2026; standard hours 09:00-13:00, 14:30-18:30 Monday to Friday). The report is made at
// reportNow() with the period April 2026 and an 8-hour horizon; expected amounts are in ReportTests.cpp.
struct ReportFixture {
    static const ReportFixture& instance();

    DemoDatabase demo;
    QString districtSupervisor; // login of the supervisor of vko-glubokoe (its prefix included)

    static core::Instant at(const char* localAlmaty); // "2026-05-04T10:00"
    static core::Instant reportNow() { return at("2026-05-04T10:00"); }
    static core::Instant periodFrom() { return at("2026-04-01T00:00"); }
    static core::Instant periodTo() { return at("2026-05-01T00:00"); }
    static constexpr qint64 horizonSeconds = 8 * 3600;
    // The report the tests ask for: now, April's period and the 8-hour horizon, for `office` (all the
    // caller sees when empty).
    static core::OverdueReportRequest aprilRequest(const QString& office = {});
};

} // namespace ruqsat::test
