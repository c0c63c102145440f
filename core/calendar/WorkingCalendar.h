#pragma once

#include "calendar/CalendarData.h"
#include "calendar/NationalCalendar.h"
#include "calendar/OfficeSchedule.h"
#include "calendar/WorkingDuration.h"
#include "common/Instant.h"
#include "common/Result.h"

#include <QDate>
#include <QList>

#include <memory>
#include <vector>

namespace ruqsat::core {

// Deadline arithmetic in working time: one office's schedule over the national calendar, compiled
// once into sorted tables so that every question is a binary search (well under a microsecond).
// Immutable after build(), so one instance is shared between threads.
//
// The rules are domain.md, "Working time and deadlines: the product rules":
// - minutes and hours run only inside the schedule's intervals on working days; a duration ends at
//   the first instant when that much working time has elapsed (2h from 11:00 end at 13:00);
// - working days: the day of receipt is the date of the first working moment at or after the start;
//   it is not counted; the term ends at the close of business of the N-th working day after it.
// Working time is elapsed time: should a clock change ever fall inside working hours, an hour of
// working time is still an hour.
//
// Every answer about a date or an instant outside the covered years is an error (InvalidArgument,
// reason "outside_calendar") that says which dates are covered.
class WorkingCalendar {
public:
    static Result<std::shared_ptr<const WorkingCalendar>> build(const CalendarData& data,
                                                                const OfficeSchedule& schedule);

    const OfficeSchedule& schedule() const { return m_schedule; }
    // The covered range: 1 January of the data's first year to 31 December of its last.
    QDate firstDate() const { return m_firstDate; }
    QDate lastDate() const { return m_lastDate; }
    // The covered instants: local midnight starting firstDate() to local midnight ending lastDate().
    Instant coveredFrom() const { return Instant{std::chrono::seconds{m_coveredFrom}}; }
    Instant coveredUntil() const { return Instant{std::chrono::seconds{m_coveredUntil}}; }
    // A year whose data is not confirmed yet (CalendarData::isProvisional); answers that involve it may
    // change when it is.
    bool isProvisional(int year) const;
    QList<int> provisionalYears() const { return m_provisionalYears; }

    // Whether the office works on that date (a working day of the national calendar with hours in
    // the schedule, or a weekend day with hours in the schedule).
    Result<bool> isWorkingDay(QDate date) const;
    Result<DayKind> dayKind(QDate date) const;
    // The office's working intervals of that date in UTC, empty on a day off.
    Result<QList<std::pair<Instant, Instant>>> workingIntervals(QDate date) const;

    // `at` itself when inside working time, else the start of the next working interval.
    Result<Instant> nextWorkingMoment(Instant at) const;
    // The first instant at which `minutes` of working time have elapsed since `start`. Zero minutes
    // give nextWorkingMoment(start); negative minutes are an error.
    Result<Instant> addWorkingMinutes(Instant start, qint64 minutes) const;
    // Close of business of the `days`-th working day after the day of receipt (0: of the day of
    // receipt itself). Negative days are an error.
    Result<Instant> addWorkingDays(Instant start, int days) const;
    // The due moment of a step started at `start`: minutes and hours through addWorkingMinutes, days
    // through addWorkingDays.
    Result<Instant> due(Instant start, WorkingDuration duration) const;
    // Working time elapsed from `from` to `to`; 0 when to <= from.
    Result<qint64> workingSecondsBetween(Instant from, Instant to) const;
    // Every date of the year the office does not work, ascending.
    Result<QList<QDate>> nonWorkingDates(int year) const;

private:
    WorkingCalendar() = default;

    Error outsideDate(QDate date) const;
    Error outsideInstant(Instant at) const;
    Error beyondEnd(Instant start) const;
    bool covers(qint64 at) const { return at >= m_coveredFrom && at <= m_coveredUntil; }
    // Working seconds from the start of the covered range to `at`.
    qint64 elapsedAt(qint64 at) const;
    qint64 dayIndex(QDate date) const { return date.toJulianDay() - m_firstJulianDay; }

    OfficeSchedule m_schedule = OfficeSchedule::standard();
    QDate m_firstDate;
    QDate m_lastDate;
    qint64 m_firstJulianDay = 0;
    qint64 m_coveredFrom = 0;
    qint64 m_coveredUntil = 0;
    QList<int> m_provisionalYears;

    // Per covered day, indexed by Julian day minus m_firstJulianDay.
    std::vector<DayKind> m_dayKinds;
    std::vector<quint8> m_dayWorking;
    std::vector<qint32> m_dayFirstInterval; // index of the day's first interval in the tables below

    // Every working interval of the covered range, ascending, in UTC seconds.
    std::vector<qint64> m_intervalStart;
    std::vector<qint64> m_intervalEnd;
    // m_elapsedBefore[i]: working seconds in intervals 0..i-1; one more entry than intervals.
    std::vector<qint64> m_elapsedBefore;
    // The ordinal of each interval's working day, and per working day its close of business.
    std::vector<qint32> m_intervalWorkingDay;
    std::vector<qint64> m_workingDayClose;
};

} // namespace ruqsat::core
