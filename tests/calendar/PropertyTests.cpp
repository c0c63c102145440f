// Properties that must hold for every start, checked over thousands of random starts (fixed seeds, so
// a failure reproduces), and slow reference computations day by day to compare the fast tables with.
#include "CalendarTestData.h"
#include "calendar/CalendarData.h"
#include "calendar/WorkingDuration.h"

#include <catch2/catch.hpp>

#include <random>

using namespace ruqsat::core;
using ruqsat::test::iso;
using ruqsat::test::localInstant;
using ruqsat::test::shippedCalendar;

namespace {

using std::chrono::seconds;

// Uniform over 2017-01-01 .. 2026-12-31, local time of Almaty.
std::vector<Instant> randomStarts(std::mt19937_64& random, size_t count, const QByteArray& zone = "Asia/Almaty") {
    const qint64 from = localInstant(QStringLiteral("2017-01-01T00:00"), zone).time_since_epoch().count();
    const qint64 to = localInstant(QStringLiteral("2026-12-31T23:59"), zone).time_since_epoch().count();
    std::uniform_int_distribution<qint64> pick(from, to);
    std::vector<Instant> starts;
    for (size_t i = 0; i < count; ++i)
        starts.push_back(Instant{seconds{pick(random)}});
    return starts;
}

qint64 workingSeconds(const WorkingCalendar& calendar, Instant from, Instant to) {
    const auto result = calendar.workingSecondsBetween(from, to);
    REQUIRE(result.ok());
    return *result;
}

// Day by day, from the intervals of each date: the slow way to count working time.
qint64 referenceWorkingSeconds(const WorkingCalendar& calendar, Instant from, Instant to) {
    const QTimeZone& zone = calendar.schedule().timeZone();
    qint64 total = 0;
    for (QDate date = toDateTime(from, zone).date().addDays(-1); date <= toDateTime(to, zone).date().addDays(1);
         date = date.addDays(1)) {
        if (date < calendar.firstDate() || date > calendar.lastDate())
            continue;
        const auto intervals = calendar.workingIntervals(date);
        REQUIRE(intervals.ok());
        for (const auto& [start, end] : *intervals) {
            const Instant begin = std::max(start, from);
            const Instant finish = std::min(end, to);
            if (finish > begin)
                total += (finish - begin).count();
        }
    }
    return total;
}

// Day by day with isWorkingDay: the day of receipt, then N working days, closing at 18:30 local
// (the standard schedule).
QString referenceDaysDue(const WorkingCalendar& calendar, Instant start, int days) {
    const QTimeZone& zone = calendar.schedule().timeZone();
    const auto firstMoment = calendar.nextWorkingMoment(start);
    REQUIRE(firstMoment.ok());
    QDate date = toDateTime(*firstMoment, zone).date();
    for (int counted = 0; counted < days;) {
        date = date.addDays(1);
        const auto working = calendar.isWorkingDay(date);
        REQUIRE(working.ok());
        if (*working)
            ++counted;
    }
    return QDateTime(date, QTime(18, 30), zone).toString(Qt::ISODate);
}

void checkMinuteProperties(const WorkingCalendar& calendar, const std::vector<Instant>& starts,
                           std::mt19937_64& random) {
    std::uniform_int_distribution<int> minutes(1, 6000);
    std::uniform_int_distribution<int> hours(1, 120);
    for (const Instant start : starts) {
        const WorkingDuration duration = (random() % 2 == 0)
                                             ? WorkingDuration{minutes(random), WorkingDuration::Unit::Minutes}
                                             : WorkingDuration{hours(random), WorkingDuration::Unit::Hours};
        INFO(iso(start, calendar.schedule().timeZoneId()).toStdString() << " + " << duration.toString().toStdString());
        const auto due = calendar.due(start, duration);
        REQUIRE(due.ok());
        // Exactly the duration of working time lies between start and due...
        REQUIRE(workingSeconds(calendar, start, *due) == duration.workingMinutes() * 60);
        // ...and due is the first such instant: one second earlier, it has not yet elapsed.
        REQUIRE(workingSeconds(calendar, start, *due - seconds{1}) == duration.workingMinutes() * 60 - 1);
    }
}

} // namespace

TEST_CASE("Working time between a start and its due moment is the duration, to the second", "[calendar][property]") {
    std::mt19937_64 random(20241203);
    checkMinuteProperties(*shippedCalendar(), randomStarts(random, 5000), random);
}

TEST_CASE("The properties hold in zones with summer time", "[calendar][property]") {
    for (const QByteArray& zone : {QByteArrayLiteral("Europe/Berlin"), QByteArrayLiteral("America/New_York"),
                                   QByteArrayLiteral("Australia/Lord_Howe")}) {
        INFO(zone.toStdString());
        std::mt19937_64 random(7);
        checkMinuteProperties(*shippedCalendar(zone), randomStarts(random, 1000, zone), random);
    }
}

TEST_CASE("Due moments never go backwards when the start moves forward", "[calendar][property]") {
    const auto calendar = shippedCalendar();
    std::mt19937_64 random(42);
    std::vector<Instant> starts = randomStarts(random, 4000);
    // Dense starts around the edges of the working day as well: 12:59, 13:00, 18:29, 18:30, ...
    for (int day = 0; day < 20; ++day) {
        const Instant morning = localInstant(QStringLiteral("2024-02-26T08:00")) + std::chrono::days{day};
        for (int minute = 0; minute < 12 * 60; minute += 7)
            starts.push_back(morning + std::chrono::minutes{minute});
    }
    std::sort(starts.begin(), starts.end());
    const std::array durations{
        WorkingDuration{15, WorkingDuration::Unit::Minutes}, WorkingDuration{3, WorkingDuration::Unit::Hours},
        WorkingDuration{8, WorkingDuration::Unit::Days}, WorkingDuration{10, WorkingDuration::Unit::Days}};
    for (const WorkingDuration& duration : durations) {
        INFO(duration.toString().toStdString());
        Instant previous{};
        for (const Instant start : starts) {
            const auto due = calendar->due(start, duration);
            REQUIRE(due.ok());
            REQUIRE(*due > start);
            REQUIRE(*due >= previous);
            previous = *due;
        }
    }
}

TEST_CASE("Working days agree with a day-by-day count", "[calendar][property]") {
    const auto calendar = shippedCalendar();
    std::mt19937_64 random(1991);
    std::uniform_int_distribution<int> days(0, 20);
    for (const Instant start : randomStarts(random, 2000)) {
        const int count = days(random);
        INFO(iso(start).toStdString() << " + " << count << "d");
        const auto due = calendar->addWorkingDays(start, count);
        REQUIRE(due.ok());
        REQUIRE(iso(*due).toStdString() == referenceDaysDue(*calendar, start, count).toStdString());
    }
}

TEST_CASE("Working time between two moments agrees with a day-by-day sum and adds up", "[calendar][property]") {
    const auto calendar = shippedCalendar();
    std::mt19937_64 random(365);
    std::uniform_int_distribution<qint64> span(0, 90 * 86400);
    for (const Instant from : randomStarts(random, 1000)) {
        const Instant to = from + seconds{span(random)};
        const Instant middle = from + (to - from) / 3;
        INFO(iso(from).toStdString() << " .. " << iso(to).toStdString());
        const qint64 whole = workingSeconds(*calendar, from, to);
        REQUIRE(whole == referenceWorkingSeconds(*calendar, from, to));
        REQUIRE(whole == workingSeconds(*calendar, from, middle) + workingSeconds(*calendar, middle, to));
        REQUIRE(workingSeconds(*calendar, to, from) == 0);
    }
    // Whole years: 8 hours times the working days of the hand-made list.
    const auto year2024 = calendar->workingSecondsBetween(localInstant(QStringLiteral("2024-01-01T00:00")),
                                                          localInstant(QStringLiteral("2025-01-01T00:00")));
    REQUIRE(year2024.ok());
    CHECK(*year2024 == 249 * 8 * 3600);
}

TEST_CASE("Working time is elapsed time, even across a clock change inside working hours", "[calendar][property]") {
    // An office open all Sunday in Berlin: on 31 March 2024 the day has 23 hours, on 27 October 25.
    std::array<QList<WorkingInterval>, 7> week;
    week[6] = {{0, 1440}};
    const auto schedule = OfficeSchedule::create(QByteArrayLiteral("Europe/Berlin"), week);
    REQUIRE(schedule.ok());
    const auto data = CalendarData::shipped();
    REQUIRE(data.ok());
    const auto built = WorkingCalendar::build(*data, *schedule);
    REQUIRE(built.ok());
    const WorkingCalendar& calendar = **built;
    const QByteArray zone("Europe/Berlin");

    CHECK(workingSeconds(calendar, localInstant(QStringLiteral("2024-03-31T00:00"), zone),
                         localInstant(QStringLiteral("2024-04-01T00:00"), zone)) == 23 * 3600);
    CHECK(workingSeconds(calendar, localInstant(QStringLiteral("2024-10-27T00:00"), zone),
                         localInstant(QStringLiteral("2024-10-28T00:00"), zone)) == 25 * 3600);
    const auto due = calendar.due(localInstant(QStringLiteral("2024-03-31T00:00"), zone),
                                  WorkingDuration{23, WorkingDuration::Unit::Hours});
    REQUIRE(due.ok());
    CHECK(iso(*due, zone) == QLatin1String("2024-04-01T00:00:00+02:00"));
    // Weekdays are not worked by this office; a Sunday is.
    CHECK_FALSE(calendar.isWorkingDay(QDate(2024, 4, 1)).value());
    CHECK(calendar.isWorkingDay(QDate(2024, 3, 31)).value());
    // 3h from 01:00: 01:00-02:00 CET, then 03:00 CEST onwards: two more hours end at 05:00 CEST.
    const auto overGap = calendar.due(localInstant(QStringLiteral("2024-03-31T01:00"), zone),
                                      WorkingDuration{3, WorkingDuration::Unit::Hours});
    REQUIRE(overGap.ok());
    CHECK(iso(*overGap, zone) == QLatin1String("2024-03-31T05:00:00+02:00"));
}

TEST_CASE("A decreed Saturday works the hours of the weekday it replaces", "[calendar][property]") {
    // An office with short Fridays: Saturday 1 July 2017 replaces Friday 7 July, so it works Friday's hours.
    std::array<QList<WorkingInterval>, 7> week;
    for (size_t day = 0; day < 4; ++day)
        week[day] = {{540, 1080}};
    week[4] = {{540, 720}};
    const auto schedule = OfficeSchedule::create(QByteArrayLiteral("Asia/Almaty"), week);
    REQUIRE(schedule.ok());
    const auto data = CalendarData::shipped();
    REQUIRE(data.ok());
    const auto calendar = WorkingCalendar::build(*data, *schedule);
    REQUIRE(calendar.ok());
    const auto saturday = (*calendar)->workingIntervals(QDate(2017, 7, 1));
    REQUIRE(saturday.ok());
    REQUIRE(saturday->size() == 1);
    CHECK(iso(saturday->at(0).first) == QLatin1String("2017-07-01T09:00:00+06:00"));
    CHECK(iso(saturday->at(0).second) == QLatin1String("2017-07-01T12:00:00+06:00"));
    // Monday 11 May 2020 (worked instead of Friday 8 May) keeps Monday's hours.
    const auto monday = (*calendar)->workingIntervals(QDate(2020, 5, 11));
    REQUIRE(monday.ok());
    REQUIRE(monday->size() == 1);
    CHECK(iso(monday->at(0).second) == QLatin1String("2020-05-11T18:00:00+06:00"));
}
