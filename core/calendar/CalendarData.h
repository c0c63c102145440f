#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace ruqsat::core {

// One year the data covers. A provisional year is filled by the rules known today but still lacks
// its decrees (Kurban Ait date, swaps): deadlines running into it may move when it is confirmed.
struct CalendarYear {
    int year = 0;
    bool provisional = false;
    QString source;

    friend bool operator==(const CalendarYear&, const CalendarYear&) = default;
};

// Layer 1: a holiday on a fixed date (law "On holidays", art. 5). `validFrom`/`validTo` bound the
// years it applies in (inclusive); none means "since before / until after the covered years".
// `movesFromWeekend`: on a Saturday or Sunday it makes the next working day a day off (false for
// 7 January, Labour Code art. 84 p. 5).
struct FixedHoliday {
    int month = 0;
    int day = 0;
    std::optional<int> validFrom;
    std::optional<int> validTo;
    bool movesFromWeekend = true;
    QString name;
    QString source;

    bool appliesIn(int year) const;

    friend bool operator==(const FixedHoliday&, const FixedHoliday&) = default;
};

// Layer 2: the first day of Kurban Ait in one year, a day off that is never moved (Labour Code
// art. 84 p. 5).
struct KurbanAit {
    QDate date;
    QString source;

    friend bool operator==(const KurbanAit&, const KurbanAit&) = default;
};

// Layer 3: a government decree (Labour Code art. 85 p. 3) makes `dayOff` a day off and `workingDay`
// (usually a Saturday or Sunday) a working day.
struct DecreedSwap {
    QDate dayOff;
    QDate workingDay;
    QString source;

    friend bool operator==(const DecreedSwap&, const DecreedSwap&) = default;
};

// The national calendar as data: the three layers of domain.md ("The Kazakhstan calendar: three
// layers of data") and the years they cover, every entry with its legal source. Validated on
// creation, including that every swap turns an otherwise working day off and an otherwise free day
// into a working one, so a mistyped date is caught before it moves a deadline. Immutable.
class CalendarData {
public:
    // Validates everything; errors name the source, the field ("swaps[3].dayOff") and the reason.
    static Result<CalendarData> create(QList<CalendarYear> years, QList<FixedHoliday> fixedHolidays,
                                       QList<KurbanAit> kurbanAit, QList<DecreedSwap> swaps, const QString& sourceName);
    static Result<CalendarData> fromJson(const QByteArray& json, const QString& sourceName);
    // The calendar shipped with Ruqsat, the resource ":/calendar/kz.json".
    static Result<CalendarData> shipped();
    static QString shippedResource() { return QStringLiteral(":/calendar/kz.json"); }

    // Indented JSON in the format fromJson() reads (see resources/calendar/kz.json).
    QByteArray toJson() const;

    QString sourceName() const { return m_sourceName; }
    // Free text for the people who edit the data ("description" in the JSON).
    QString description() const { return m_description; }
    int firstYear() const { return m_years.first().year; }
    int lastYear() const { return m_years.last().year; }
    bool covers(int year) const { return year >= firstYear() && year <= lastYear(); }
    bool isProvisional(int year) const;
    QList<int> provisionalYears() const;

    const QList<CalendarYear>& years() const { return m_years; }
    const QList<FixedHoliday>& fixedHolidays() const { return m_fixedHolidays; }
    const QList<KurbanAit>& kurbanAitDates() const { return m_kurbanAit; }
    std::optional<KurbanAit> kurbanAit(int year) const;
    const QList<DecreedSwap>& swaps() const { return m_swaps; }

    // Equal content; the source name is not compared.
    friend bool operator==(const CalendarData& a, const CalendarData& b) {
        return a.m_years == b.m_years && a.m_fixedHolidays == b.m_fixedHolidays && a.m_kurbanAit == b.m_kurbanAit &&
               a.m_swaps == b.m_swaps;
    }

private:
    CalendarData() = default;

    QString m_sourceName;
    QString m_description;
    QList<CalendarYear> m_years;
    QList<FixedHoliday> m_fixedHolidays;
    QList<KurbanAit> m_kurbanAit;
    QList<DecreedSwap> m_swaps;
};

} // namespace ruqsat::core
