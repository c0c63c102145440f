#pragma once

#include "calendar/CalendarData.h"

#include <QDate>

#include <vector>

namespace ruqsat::core {

// What a date is in the national five-day week, before any office's hours.
enum class DayKind : quint8 {
    WorkingDay,        // Monday to Friday, no holiday
    Weekend,           // Saturday or Sunday, no holiday
    Holiday,           // a fixed holiday or Kurban Ait (on any weekday)
    MovedDayOff,       // the working day after a holiday that fell on a weekend
    DecreedDayOff,     // made a day off by a decreed swap
    DecreedWorkingDay, // made a working day by a decreed swap
};

QString dayKindName(DayKind kind);

// The three layers of CalendarData applied to every covered date, in the order the law applies them:
// holidays (layers 1 and 2), the days off they move, then the decreed swaps (layer 3).
// Internal to core/calendar; WorkingCalendar adds the office's hours on top.
class NationalCalendar {
public:
    // Fails only when a swap contradicts the other layers (its day off is not an ordinary working
    // day, or its working day is not otherwise free); the error names the swap and its source.
    static Result<NationalCalendar> compute(const CalendarData& data);

    QDate firstDate() const { return m_firstDate; }
    QDate lastDate() const { return m_firstDate.addDays(static_cast<qint64>(m_kinds.size()) - 1); }
    // Precondition: firstDate() <= date <= lastDate().
    DayKind kind(QDate date) const { return m_kinds[static_cast<size_t>(date.toJulianDay() - m_firstJulianDay)]; }
    // For a DecreedWorkingDay: the day off of the same swap, whose weekday's hours it works.
    QDate swappedDayOff(QDate decreedWorkingDay) const;

private:
    NationalCalendar() = default;

    QDate m_firstDate;
    qint64 m_firstJulianDay = 0;
    std::vector<DayKind> m_kinds;
    QList<DecreedSwap> m_swaps;
};

} // namespace ruqsat::core
