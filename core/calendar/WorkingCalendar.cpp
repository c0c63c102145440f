#include "calendar/WorkingCalendar.h"

#include "calendar/ZoneOffsetTable.h"

#include <QCoreApplication>

#include <algorithm>

namespace ruqsat::core {

namespace {

constexpr qint64 secondsPerDay = 86400;

qint64 seconds(Instant instant) {
    return instant.time_since_epoch().count();
}

Instant instant(qint64 seconds) {
    return Instant{std::chrono::seconds{seconds}};
}

Error negativeError(qint64 amount, const char* unit) {
    return makeError(ErrorCode::InvalidArgument, QStringLiteral("negative_duration"),
                     QCoreApplication::translate("WorkingCalendar", "A duration cannot be negative (%1%2).")
                         .arg(amount)
                         .arg(QLatin1String(unit)));
}

} // namespace

Result<std::shared_ptr<const WorkingCalendar>> WorkingCalendar::build(const CalendarData& data,
                                                                      const OfficeSchedule& schedule) {
    const Result<NationalCalendar> national = NationalCalendar::compute(data);
    if (!national)
        return national.error();

    std::shared_ptr<WorkingCalendar> calendar(new WorkingCalendar);
    calendar->m_schedule = schedule;
    calendar->m_firstDate = national->firstDate();
    calendar->m_lastDate = national->lastDate();
    calendar->m_firstJulianDay = calendar->m_firstDate.toJulianDay();
    calendar->m_provisionalYears = data.provisionalYears();

    // Wall-clock seconds of a local midnight, in ZoneOffsetTable's convention.
    const qint64 epochJulianDay = QDate(1970, 1, 1).toJulianDay();
    const auto localMidnight = [epochJulianDay](qint64 julianDay) {
        return (julianDay - epochJulianDay) * secondsPerDay;
    };
    const qint64 firstJulianDay = calendar->m_firstJulianDay;
    const qint64 lastJulianDay = calendar->m_lastDate.toJulianDay();
    // Two days of margin cover every offset the tz database knows (at most ±26 hours).
    const ZoneOffsetTable zone = ZoneOffsetTable::build(schedule.timeZone(), localMidnight(firstJulianDay - 2),
                                                        localMidnight(lastJulianDay + 3));
    calendar->m_coveredFrom = zone.toUtc(localMidnight(firstJulianDay));
    calendar->m_coveredUntil = zone.toUtc(localMidnight(lastJulianDay + 1));

    const auto dayCount = static_cast<size_t>(lastJulianDay - firstJulianDay + 1);
    calendar->m_dayKinds.reserve(dayCount);
    calendar->m_dayWorking.reserve(dayCount);
    calendar->m_dayFirstInterval.reserve(dayCount + 1);
    for (qint64 julianDay = firstJulianDay; julianDay <= lastJulianDay; ++julianDay) {
        const QDate date = QDate::fromJulianDay(julianDay);
        const DayKind kind = national->kind(date);
        int weekday = date.dayOfWeek();
        bool dayOff = false;
        switch (kind) {
        case DayKind::Holiday:
        case DayKind::MovedDayOff:
        case DayKind::DecreedDayOff:
            dayOff = true;
            break;
        case DayKind::DecreedWorkingDay:
            // domain.md: "A weekend day made working by decree works the ordinary weekday schedule";
            // an office whose weekdays differ works the hours of the weekday it gave up.
            if (weekday >= Qt::Saturday)
                weekday = national->swappedDayOff(date).dayOfWeek();
            break;
        case DayKind::WorkingDay:
        case DayKind::Weekend:
            // A Saturday or Sunday is worked only by an office whose schedule has hours on it.
            break;
        }

        calendar->m_dayKinds.push_back(kind);
        calendar->m_dayFirstInterval.push_back(static_cast<qint32>(calendar->m_intervalStart.size()));
        bool working = false;
        if (!dayOff) {
            const auto ordinal = static_cast<qint32>(calendar->m_workingDayClose.size());
            for (const WorkingInterval& interval : schedule.intervals(weekday)) {
                const qint64 start = zone.toUtc(localMidnight(julianDay) + interval.startMinute * 60);
                const qint64 end = zone.toUtc(localMidnight(julianDay) + interval.endMinute * 60);
                if (end <= start)
                    continue; // swallowed whole by a clock jump
                calendar->m_intervalStart.push_back(start);
                calendar->m_intervalEnd.push_back(end);
                calendar->m_intervalWorkingDay.push_back(ordinal);
                working = true;
            }
            if (working)
                calendar->m_workingDayClose.push_back(calendar->m_intervalEnd.back());
        }
        calendar->m_dayWorking.push_back(working ? 1 : 0);
    }
    calendar->m_dayFirstInterval.push_back(static_cast<qint32>(calendar->m_intervalStart.size()));

    calendar->m_elapsedBefore.reserve(calendar->m_intervalStart.size() + 1);
    qint64 elapsed = 0;
    calendar->m_elapsedBefore.push_back(0);
    for (size_t i = 0; i < calendar->m_intervalStart.size(); ++i) {
        elapsed += calendar->m_intervalEnd[i] - calendar->m_intervalStart[i];
        calendar->m_elapsedBefore.push_back(elapsed);
    }
    return std::shared_ptr<const WorkingCalendar>(std::move(calendar));
}

bool WorkingCalendar::isProvisional(int year) const {
    return m_provisionalYears.contains(year);
}

Error WorkingCalendar::outsideDate(QDate date) const {
    return makeError(
        ErrorCode::InvalidArgument, QStringLiteral("outside_calendar"),
        QCoreApplication::translate("WorkingCalendar", "%1 is outside the working calendar, which covers %2 to %3.")
            .arg(date.isValid() ? date.toString(Qt::ISODate)
                                : QCoreApplication::translate("WorkingCalendar", "An invalid date"),
                 m_firstDate.toString(Qt::ISODate), m_lastDate.toString(Qt::ISODate)));
}

Error WorkingCalendar::outsideInstant(Instant at) const {
    return makeError(
        ErrorCode::InvalidArgument, QStringLiteral("outside_calendar"),
        QCoreApplication::translate("WorkingCalendar", "%1 is outside the working calendar, which covers %2 to %3.")
            .arg(formatIso(at, m_schedule.timeZone()), m_firstDate.toString(Qt::ISODate),
                 m_lastDate.toString(Qt::ISODate)));
}

Error WorkingCalendar::beyondEnd(Instant start) const {
    return makeError(ErrorCode::InvalidArgument, QStringLiteral("outside_calendar"),
                     QCoreApplication::translate("WorkingCalendar",
                                                 "Counted from %1, the working time runs past %3, the end of the "
                                                 "working calendar, which covers %2 to %3.")
                         .arg(formatIso(start, m_schedule.timeZone()), m_firstDate.toString(Qt::ISODate),
                              m_lastDate.toString(Qt::ISODate)));
}

Result<bool> WorkingCalendar::isWorkingDay(QDate date) const {
    if (!date.isValid() || date < m_firstDate || date > m_lastDate)
        return outsideDate(date);
    return m_dayWorking[static_cast<size_t>(dayIndex(date))] != 0;
}

Result<DayKind> WorkingCalendar::dayKind(QDate date) const {
    if (!date.isValid() || date < m_firstDate || date > m_lastDate)
        return outsideDate(date);
    return m_dayKinds[static_cast<size_t>(dayIndex(date))];
}

Result<QList<std::pair<Instant, Instant>>> WorkingCalendar::workingIntervals(QDate date) const {
    if (!date.isValid() || date < m_firstDate || date > m_lastDate)
        return outsideDate(date);
    const auto day = static_cast<size_t>(dayIndex(date));
    QList<std::pair<Instant, Instant>> result;
    for (qint32 i = m_dayFirstInterval[day]; i < m_dayFirstInterval[day + 1]; ++i) {
        const auto index = static_cast<size_t>(i);
        result.append({instant(m_intervalStart[index]), instant(m_intervalEnd[index])});
    }
    return result;
}

qint64 WorkingCalendar::elapsedAt(qint64 at) const {
    const auto after = std::upper_bound(m_intervalStart.begin(), m_intervalStart.end(), at);
    if (after == m_intervalStart.begin())
        return 0;
    const auto i = static_cast<size_t>(after - m_intervalStart.begin() - 1);
    return m_elapsedBefore[i] + std::min(at, m_intervalEnd[i]) - m_intervalStart[i];
}

Result<Instant> WorkingCalendar::nextWorkingMoment(Instant at) const {
    const qint64 moment = seconds(at);
    if (!covers(moment))
        return outsideInstant(at);
    // Intervals are half-open: at 13:00 sharp the morning is over and the next moment is 14:30.
    const auto next = std::upper_bound(m_intervalEnd.begin(), m_intervalEnd.end(), moment);
    if (next == m_intervalEnd.end())
        return beyondEnd(at);
    return instant(std::max(moment, m_intervalStart[static_cast<size_t>(next - m_intervalEnd.begin())]));
}

Result<Instant> WorkingCalendar::addWorkingMinutes(Instant start, qint64 minutes) const {
    if (minutes < 0)
        return negativeError(minutes, "m");
    if (minutes == 0)
        return nextWorkingMoment(start);
    const qint64 moment = seconds(start);
    if (!covers(moment))
        return outsideInstant(start);
    const qint64 total = m_elapsedBefore.back();
    if (minutes > total / 60)
        return beyondEnd(start);
    const qint64 target = elapsedAt(moment) + minutes * 60;
    if (target > total)
        return beyondEnd(start);
    // domain.md: the duration ends at the FIRST instant with that much working time behind it, so an
    // amount that uses up the morning ends at 13:00, not at 14:30: the first interval whose running
    // total reaches the target.
    const auto reached = std::lower_bound(m_elapsedBefore.begin() + 1, m_elapsedBefore.end(), target);
    const auto i = static_cast<size_t>(reached - (m_elapsedBefore.begin() + 1));
    return instant(m_intervalStart[i] + (target - m_elapsedBefore[i]));
}

Result<Instant> WorkingCalendar::addWorkingDays(Instant start, int days) const {
    if (days < 0)
        return negativeError(days, "d");
    const qint64 moment = seconds(start);
    if (!covers(moment))
        return outsideInstant(start);
    // domain.md: the day of receipt is the date of the first working moment at or after the start
    // (after hours, a weekend or a holiday count as the next working day); it is not counted, and the
    // term ends at the close of business of the N-th working day after it.
    const auto next = std::upper_bound(m_intervalEnd.begin(), m_intervalEnd.end(), moment);
    if (next == m_intervalEnd.end())
        return beyondEnd(start);
    const qint64 dueDay = qint64{m_intervalWorkingDay[static_cast<size_t>(next - m_intervalEnd.begin())]} + days;
    if (dueDay >= static_cast<qint64>(m_workingDayClose.size()))
        return beyondEnd(start);
    return instant(m_workingDayClose[static_cast<size_t>(dueDay)]);
}

Result<Instant> WorkingCalendar::due(Instant start, WorkingDuration duration) const {
    switch (duration.unit) {
    case WorkingDuration::Unit::Minutes:
        return addWorkingMinutes(start, duration.amount);
    case WorkingDuration::Unit::Hours:
        return duration.amount < 0 ? Result<Instant>(negativeError(duration.amount, "h"))
                                   : addWorkingMinutes(start, qint64{duration.amount} * 60);
    case WorkingDuration::Unit::Days:
        return addWorkingDays(start, duration.amount);
    }
    return makeError(ErrorCode::Internal, QStringLiteral("unknown_duration_unit"),
                     QCoreApplication::translate("WorkingCalendar", "Unknown unit of a working duration."));
}

Result<qint64> WorkingCalendar::workingSecondsBetween(Instant from, Instant to) const {
    const qint64 begin = seconds(from);
    const qint64 end = seconds(to);
    if (!covers(begin))
        return outsideInstant(from);
    if (!covers(end))
        return outsideInstant(to);
    if (end <= begin)
        return qint64{0};
    return elapsedAt(end) - elapsedAt(begin);
}

Result<QList<QDate>> WorkingCalendar::nonWorkingDates(int year) const {
    if (year < m_firstDate.year() || year > m_lastDate.year()) {
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("outside_calendar"),
                         QCoreApplication::translate("WorkingCalendar",
                                                     "The year %1 is outside the working calendar, which covers "
                                                     "%2 to %3.")
                             .arg(year)
                             .arg(m_firstDate.toString(Qt::ISODate), m_lastDate.toString(Qt::ISODate)));
    }
    QList<QDate> result;
    for (QDate date(year, 1, 1); date.year() == year; date = date.addDays(1)) {
        if (m_dayWorking[static_cast<size_t>(dayIndex(date))] == 0)
            result.append(date);
    }
    return result;
}

} // namespace ruqsat::core
