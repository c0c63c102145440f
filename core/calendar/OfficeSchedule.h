#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <array>

namespace ruqsat::core {

// A stretch of working time within one day, in minutes after local midnight, half-open [start, end).
struct WorkingInterval {
    int startMinute = 0;
    int endMinute = 0;

    friend bool operator==(const WorkingInterval&, const WorkingInterval&) = default;
};

// When an office works: its IANA time zone and its opening hours per weekday, before holidays.
// The national calendar (CalendarData) decides which dates are days off; this decides the hours of
// the others. Editable per office; the default is domain.md, "Working time and deadlines": Monday to
// Friday 09:00-18:30 with lunch 13:00-14:30, zone Asia/Almaty.
class OfficeSchedule {
public:
    // Monday to Friday 09:00-13:00 and 14:30-18:30, zone Asia/Almaty.
    static OfficeSchedule standard();

    // week[0] = Monday ... week[6] = Sunday. Refuses an unknown zone, intervals outside 0..1440, empty,
    // unsorted or overlapping intervals, and a week without any working time.
    static Result<OfficeSchedule> create(const QByteArray& ianaZoneId,
                                         const std::array<QList<WorkingInterval>, 7>& week);

    const QTimeZone& timeZone() const { return m_zone; }
    QByteArray timeZoneId() const { return m_zoneId; }
    // 1 = Monday .. 7 = Sunday (QDate::dayOfWeek()); an empty list for any other number.
    const QList<WorkingInterval>& intervals(int isoWeekday) const;
    // Minutes of working time in an ordinary week (2400 for the standard schedule).
    int weeklyMinutes() const;

    // Compact JSON for storage per office:
    // {"timeZone":"Asia/Almaty","week":[["09:00-13:00","14:30-18:30"],...,[]]} (Monday first).
    QString toJson() const;
    static Result<OfficeSchedule> fromJson(const QString& json);

    friend bool operator==(const OfficeSchedule& a, const OfficeSchedule& b) {
        return a.m_zoneId == b.m_zoneId && a.m_week == b.m_week;
    }

private:
    OfficeSchedule() = default;

    QByteArray m_zoneId;
    QTimeZone m_zone;
    std::array<QList<WorkingInterval>, 7> m_week;
};

} // namespace ruqsat::core
