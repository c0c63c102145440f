#pragma once

#include "CatchQt.h"
#include "calendar/WorkingCalendar.h"
#include "common/Instant.h"
#include "common/Result.h"
#include "store/ConnectionSettings.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <memory>

// Shared by calendar_store_tests: a migrated database of the test harness's PostgreSQL with a few
// offices, and calls of the SQL arithmetic in batches (one statement for many starts).
namespace ruqsat::test {

// The offices every store fixture has, with the zones and hours they exercise.
inline constexpr const char* almatyOffice = "almaty";   // Asia/Almaty, the standard schedule (NULL)
inline constexpr const char* berlinOffice = "berlin";   // Europe/Berlin, the standard hours (summer time)
inline constexpr const char* nightOffice = "night";     // Europe/Berlin, every day, hours across the clock changes
inline constexpr const char* saturdayOffice = "aqtobe"; // Asia/Aqtobe, Monday to Saturday, other hours

class CalendarStore {
public:
    // A new migrated database with the four offices above, and a superuser connection to it.
    CalendarStore();
    ~CalendarStore();
    CalendarStore(const CalendarStore&) = delete;
    CalendarStore& operator=(const CalendarStore&) = delete;

    const QString& connectionName() const { return m_connection; }
    const core::ConnectionSettings& settings() const { return m_settings; }
    QSqlDatabase db() const;

    // Runs a statement as the superuser; fails the test on error.
    QSqlQuery exec(const QString& sql, const QVariantList& values = {}) const;
    QVariant scalar(const QString& sql, const QVariantList& values = {}) const;
    qint64 auditCount() const;

    // The office's calendar as core computes it from the database's data and the office's schedule.
    std::shared_ptr<const core::WorkingCalendar> coreCalendar(const QString& office) const;

    // SQL's ruqsat.working_due for every start (UTC seconds), in order.
    core::Result<QList<qint64>> sqlDues(const QString& office, const QList<qint64>& starts,
                                        const QString& duration) const;
    // SQL's ruqsat.working_seconds_between for every pair, in order.
    core::Result<QList<qint64>> sqlBetween(const QString& office, const QList<qint64>& from,
                                           const QList<qint64>& to) const;

private:
    QString m_connection;
    core::ConnectionSettings m_settings;
};

qint64 seconds(core::Instant instant);
core::Instant instantOf(qint64 seconds);

} // namespace ruqsat::test
