#include "CalendarTestData.h"

#include <catch2/catch.hpp>

#include <QMap>

using namespace ruqsat::core;
using ruqsat::test::shippedCalendar;

namespace {

struct YearExceptions {
    QList<QDate> offWeekdays;
    QList<QDate> workedWeekendDays;
};

// tests/data/calendar/days.txt, worked out by hand from domain.md.
QMap<int, YearExceptions> expectedExceptions() {
    QMap<int, YearExceptions> years;
    int year = 0;
    for (const QStringList& row : ruqsat::test::readTable(QStringLiteral("days.txt"))) {
        INFO(row.join(u' ').toStdString());
        REQUIRE(row.size() >= 2);
        if (row.at(0) == QLatin1String("year")) {
            year = row.at(1).toInt();
            REQUIRE_FALSE(years.contains(year));
            years.insert(year, {});
            continue;
        }
        const QDate date = QDate::fromString(row.at(1), Qt::ISODate);
        REQUIRE(date.isValid());
        REQUIRE(date.year() == year);
        const bool weekend = date.dayOfWeek() >= 6;
        if (row.at(0) == QLatin1String("off")) {
            REQUIRE_FALSE(weekend);
            years[year].offWeekdays.append(date);
        } else {
            REQUIRE(row.at(0) == QLatin1String("work"));
            REQUIRE(weekend);
            years[year].workedWeekendDays.append(date);
        }
    }
    for (YearExceptions& exceptions : years) {
        std::sort(exceptions.offWeekdays.begin(), exceptions.offWeekdays.end());
        std::sort(exceptions.workedWeekendDays.begin(), exceptions.workedWeekendDays.end());
    }
    return years;
}

QString dates(const QList<QDate>& list) {
    QStringList text;
    for (const QDate& date : list)
        text.append(date.toString(Qt::ISODate));
    return text.join(u' ');
}

} // namespace

TEST_CASE("Every non-working weekday and every working weekend day of 2017-2027", "[calendar][days]") {
    const auto calendar = shippedCalendar();
    const QMap<int, YearExceptions> expected = expectedExceptions();
    REQUIRE(expected.keys().size() == 11);
    REQUIRE(expected.firstKey() == 2017);
    REQUIRE(expected.lastKey() == 2027);
    CHECK(calendar->firstDate() == QDate(2017, 1, 1));
    CHECK(calendar->lastDate() == QDate(2027, 12, 31));

    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const int year = it.key();
        INFO("year " << year);
        YearExceptions actual;
        for (QDate date(year, 1, 1); date.year() == year; date = date.addDays(1)) {
            const auto working = calendar->isWorkingDay(date);
            REQUIRE(working.ok());
            const bool weekend = date.dayOfWeek() >= 6;
            if (!weekend && !*working)
                actual.offWeekdays.append(date);
            if (weekend && *working)
                actual.workedWeekendDays.append(date);
        }
        CHECK(dates(actual.offWeekdays).toStdString() == dates(it->offWeekdays).toStdString());
        CHECK(dates(actual.workedWeekendDays).toStdString() == dates(it->workedWeekendDays).toStdString());

        // nonWorkingDates: every weekend day that is not worked plus the days off, ascending.
        QList<QDate> nonWorking;
        for (QDate date(year, 1, 1); date.year() == year; date = date.addDays(1)) {
            const bool weekend = date.dayOfWeek() >= 6;
            if (weekend ? !it->workedWeekendDays.contains(date) : it->offWeekdays.contains(date))
                nonWorking.append(date);
        }
        const auto listed = calendar->nonWorkingDates(year);
        REQUIRE(listed.ok());
        CHECK(dates(*listed).toStdString() == dates(nonWorking).toStdString());
        CHECK(std::is_sorted(listed->begin(), listed->end()));
    }
}

TEST_CASE("Each date says why it is (not) a working day", "[calendar][days]") {
    const auto calendar = shippedCalendar();
    struct Row {
        const char* date;
        DayKind kind;
    };
    const Row rows[] = {
        {"2020-03-21", DayKind::Holiday},           {"2020-03-22", DayKind::Holiday},
        {"2020-03-23", DayKind::Holiday},           {"2020-03-24", DayKind::MovedDayOff},
        {"2020-03-25", DayKind::MovedDayOff},       {"2020-03-26", DayKind::WorkingDay},
        {"2020-05-08", DayKind::DecreedDayOff},     {"2020-05-09", DayKind::Holiday},
        {"2020-05-10", DayKind::Weekend},           {"2020-05-11", DayKind::DecreedWorkingDay},
        {"2017-01-07", DayKind::Holiday},           {"2017-01-09", DayKind::WorkingDay}, // 7 January never moves
        {"2024-06-16", DayKind::Holiday},           {"2024-06-17", DayKind::WorkingDay}, // nor does Kurban Ait
        {"2018-03-03", DayKind::DecreedWorkingDay}, {"2018-03-09", DayKind::DecreedDayOff},
        {"2027-03-15", DayKind::Holiday},           {"2027-08-30", DayKind::WorkingDay},
    };
    for (const Row& row : rows) {
        INFO(row.date);
        const auto kind = calendar->dayKind(QDate::fromString(QString::fromLatin1(row.date), Qt::ISODate));
        REQUIRE(kind.ok());
        CHECK(*kind == row.kind);
    }
}

TEST_CASE("Working intervals of a day are the schedule's, placed in UTC", "[calendar][days]") {
    const auto calendar = shippedCalendar();
    using ruqsat::test::localInstant;
    const auto before = calendar->workingIntervals(QDate(2024, 2, 29));
    REQUIRE(before.ok());
    REQUIRE(before->size() == 2);
    CHECK(before->at(0).first == localInstant(QStringLiteral("2024-02-29T09:00")));
    CHECK(before->at(1).second == localInstant(QStringLiteral("2024-02-29T18:30")));
    // 18:30 at UTC+6 is 12:30 UTC; on 1 March, at UTC+5, 13:30 UTC.
    CHECK(ruqsat::test::iso(before->at(1).second, "UTC") == QLatin1String("2024-02-29T12:30:00+00:00"));
    const auto after = calendar->workingIntervals(QDate(2024, 3, 1));
    REQUIRE(after.ok());
    REQUIRE(after->size() == 2);
    CHECK(ruqsat::test::iso(after->at(1).second, "UTC") == QLatin1String("2024-03-01T13:30:00+00:00"));
    const auto holiday = calendar->workingIntervals(QDate(2024, 3, 8));
    REQUIRE(holiday.ok());
    CHECK(holiday->isEmpty());
}
