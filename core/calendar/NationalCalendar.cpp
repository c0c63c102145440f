#include "calendar/NationalCalendar.h"

#include <QCoreApplication>

namespace ruqsat::core {

QString dayKindName(DayKind kind) {
    switch (kind) {
    case DayKind::WorkingDay:
        return QCoreApplication::translate("NationalCalendar", "working day");
    case DayKind::Weekend:
        return QCoreApplication::translate("NationalCalendar", "weekend");
    case DayKind::Holiday:
        return QCoreApplication::translate("NationalCalendar", "holiday");
    case DayKind::MovedDayOff:
        return QCoreApplication::translate("NationalCalendar", "day off moved from a holiday on a weekend");
    case DayKind::DecreedDayOff:
        return QCoreApplication::translate("NationalCalendar", "day off by decree");
    case DayKind::DecreedWorkingDay:
        return QCoreApplication::translate("NationalCalendar", "working day by decree");
    }
    return {};
}

namespace {

Error swapError(const CalendarData& data, qsizetype index, const char* field, QDate date, const QString& why) {
    return makeError(ErrorCode::DataError, QStringLiteral("invalid_calendar_data"),
                     QCoreApplication::translate("CalendarData", "%1: swaps[%2].%3: %4 %5 (source: %6).")
                         .arg(data.sourceName())
                         .arg(index)
                         .arg(QLatin1String(field), date.toString(Qt::ISODate), why, data.swaps().at(index).source));
}

} // namespace

Result<NationalCalendar> NationalCalendar::compute(const CalendarData& data) {
    NationalCalendar calendar;
    calendar.m_firstDate = QDate(data.firstYear(), 1, 1);
    calendar.m_firstJulianDay = calendar.m_firstDate.toJulianDay();
    const QDate lastDate(data.lastYear(), 12, 31);
    calendar.m_kinds.reserve(static_cast<size_t>(calendar.m_firstDate.daysTo(lastDate) + 1));

    // Law "On holidays", art. 5: when a holiday falls on a Saturday or Sunday, the day off moves to the
    // next working day; each such holiday moves one day, in order (Nauryz 2020: Sat 21 and Sun 22 March
    // give Tue 24 and Wed 25, Mon 23 being a holiday itself). 7 January and Kurban Ait never move
    // (Labour Code art. 84 p. 5); their entries carry movesFromWeekend = false or are layer 2.
    int pendingMoves = 0;
    int holidaysYear = 0;
    QList<FixedHoliday> holidaysOfYear;
    std::optional<KurbanAit> kurbanAit;
    for (QDate date = calendar.m_firstDate; date <= lastDate; date = date.addDays(1)) {
        if (date.year() != holidaysYear) {
            holidaysYear = date.year();
            holidaysOfYear.clear();
            for (const FixedHoliday& holiday : data.fixedHolidays()) {
                if (holiday.appliesIn(holidaysYear))
                    holidaysOfYear.append(holiday);
            }
            kurbanAit = data.kurbanAit(holidaysYear);
        }
        bool holiday = kurbanAit && kurbanAit->date == date;
        bool moves = false;
        for (const FixedHoliday& fixed : std::as_const(holidaysOfYear)) {
            if (fixed.month == date.month() && fixed.day == date.day()) {
                holiday = true;
                moves = moves || fixed.movesFromWeekend;
            }
        }
        const bool weekend = date.dayOfWeek() >= Qt::Saturday;

        DayKind kind = DayKind::WorkingDay;
        if (holiday) {
            kind = DayKind::Holiday;
            if (weekend && moves)
                ++pendingMoves;
        } else if (weekend) {
            kind = DayKind::Weekend;
        } else if (pendingMoves > 0) {
            kind = DayKind::MovedDayOff;
            --pendingMoves;
        }
        calendar.m_kinds.push_back(kind);
    }

    // Layer 3 on top (Labour Code art. 85 p. 3): a decree swaps an ordinary working day with a day that
    // would otherwise be free. Anything else is a data error, most likely a mistyped date.
    const QList<DecreedSwap>& swaps = data.swaps();
    for (qsizetype i = 0; i < swaps.size(); ++i) {
        const DecreedSwap& swap = swaps.at(i);
        const DayKind offKind = calendar.kind(swap.dayOff);
        if (offKind != DayKind::WorkingDay) {
            return swapError(data, i, "dayOff", swap.dayOff,
                             QCoreApplication::translate("CalendarData",
                                                         "is not an ordinary working day (it is a %1), so a "
                                                         "decree cannot make it a day off")
                                 .arg(dayKindName(offKind)));
        }
        const DayKind workKind = calendar.kind(swap.workingDay);
        if (workKind != DayKind::Weekend && workKind != DayKind::MovedDayOff) {
            return swapError(data, i, "workingDay", swap.workingDay,
                             QCoreApplication::translate("CalendarData",
                                                         "is not a weekend or moved day off (it is a %1), so a "
                                                         "decree cannot make it a working day")
                                 .arg(dayKindName(workKind)));
        }
        calendar.m_kinds[static_cast<size_t>(swap.dayOff.toJulianDay() - calendar.m_firstJulianDay)] =
            DayKind::DecreedDayOff;
        calendar.m_kinds[static_cast<size_t>(swap.workingDay.toJulianDay() - calendar.m_firstJulianDay)] =
            DayKind::DecreedWorkingDay;
    }
    calendar.m_swaps = swaps;
    return calendar;
}

QDate NationalCalendar::swappedDayOff(QDate decreedWorkingDay) const {
    for (const DecreedSwap& swap : m_swaps) {
        if (swap.workingDay == decreedWorkingDay)
            return swap.dayOff;
    }
    return {};
}

} // namespace ruqsat::core
