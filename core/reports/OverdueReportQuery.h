#pragma once

#include "common/Result.h"
#include "reports/OverdueReport.h"

#include <QDate>
#include <QString>
#include <QTimeZone>

#include <utility>

class QSqlDatabase;

namespace ruqsat::core {

// Runs the overdue report on a connection (looked up by name) as its signed-in user: a supervisor
// sees their office and every office below it (row-level security), a superuser everything; any
// other role is refused (wrong_role), as is an office outside the caller's (office_not_visible).
// One prepared statement over ruqsat.report_overdue for the rows; their amounts in working seconds from
// each office's WorkingCalendar (read through CalendarRepository in the same transaction: the twin of
// ruqsat.working_seconds_between, ~100 ns a row where SQL's probes took ~700 ms for a year's report);
// then the at-risk horizon applied and the report's order. Read-only.
class OverdueReportQuery {
public:
    explicit OverdueReportQuery(QString connectionName);

    Result<OverdueReport> run(const OverdueReportRequest& request) const;

    // The zone whose calendar dates a period is given in: the office's when named, else the caller's
    // own office's, else Asia/Almaty (domain.md's default zone).
    Result<QTimeZone> periodZone(const QString& officeId = {}) const;

    // The days [from, to) as instants: local midnight starting `from` to local midnight starting `to`.
    // The caller checks from < to.
    static std::pair<Instant, Instant> periodOfDates(QDate from, QDate to, const QTimeZone& zone);

private:
    QSqlDatabase db() const;

    QString m_connectionName;
};

} // namespace ruqsat::core
