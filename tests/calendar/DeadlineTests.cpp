#include "CalendarTestData.h"
#include "calendar/WorkingDuration.h"

#include <catch2/catch.hpp>

using namespace ruqsat::core;
using ruqsat::test::iso;
using ruqsat::test::localInstant;
using ruqsat::test::shippedCalendar;

namespace {

const QLatin1String coveredRange("covers 2017-01-01 to 2027-12-31");

} // namespace

TEST_CASE("The worked example of domain.md", "[calendar][due]") {
    // Thursday 2024-03-07 11:00, 10 working days: 8 March, 21-23 March (Nauryz) and 25 March (moved
    // from Saturday 23 March) are off; the term ends 27 March 18:30, UTC+5.
    const auto calendar = shippedCalendar();
    const WorkingDuration tenDays{10, WorkingDuration::Unit::Days};
    const Instant start = localInstant(QStringLiteral("2024-03-07T11:00"));
    // domain.md says "UTC+6 then", but the tz database has Almaty on UTC+5 from 1 March 2024, so 11:00
    // local is 11:00+05:00. Read as 11:00+06:00 (10:00 local) the answer is the same.
    CHECK(iso(start) == QLatin1String("2024-03-07T11:00:00+05:00"));
    const Instant startAtUtcPlus6 =
        instantFromDateTime(QDateTime::fromString(QStringLiteral("2024-03-07T11:00:00+06:00"), Qt::ISODate));
    for (const Instant at : {start, startAtUtcPlus6}) {
        const auto due = calendar->due(at, tenDays);
        REQUIRE(due.ok());
        CHECK(iso(*due) == QLatin1String("2024-03-27T18:30:00+05:00"));
    }
}

TEST_CASE("Due moments from the hand-made table", "[calendar][due]") {
    const auto rows = ruqsat::test::readTable(QStringLiteral("due.txt"));
    CHECK(rows.size() >= 40);
    for (const QStringList& row : rows) {
        INFO(row.join(u' ').toStdString());
        REQUIRE(row.size() >= 4);
        const QByteArray zone = row.at(0).toUtf8();
        const auto duration = WorkingDuration::parse(row.at(2));
        REQUIRE(duration.ok());
        const auto due = shippedCalendar(zone)->due(localInstant(row.at(1), zone), *duration);
        REQUIRE(due.ok());
        CHECK(iso(*due, zone).toStdString() == row.at(3).toStdString());
    }
}

TEST_CASE("Working minutes between two moments from the hand-made table", "[calendar][between]") {
    for (const QStringList& row : ruqsat::test::readTable(QStringLiteral("between.txt"))) {
        INFO(row.join(u' ').toStdString());
        REQUIRE(row.size() >= 4);
        const QByteArray zone = row.at(0).toUtf8();
        const auto seconds =
            shippedCalendar(zone)->workingSecondsBetween(localInstant(row.at(1), zone), localInstant(row.at(2), zone));
        REQUIRE(seconds.ok());
        CHECK(*seconds == row.at(3).toLongLong() * 60);
    }
}

TEST_CASE("The next working moment", "[calendar][due]") {
    const auto calendar = shippedCalendar();
    const std::pair<const char*, const char*> rows[] = {
        {"2024-04-03T10:00", "2024-04-03T10:00:00+05:00"}, // inside working time: itself
        {"2024-04-03T09:00", "2024-04-03T09:00:00+05:00"}, // opening is inside
        {"2024-04-03T08:59", "2024-04-03T09:00:00+05:00"},
        {"2024-04-03T13:00", "2024-04-03T14:30:00+05:00"}, // 13:00 is lunch
        {"2024-04-03T14:30", "2024-04-03T14:30:00+05:00"},
        {"2024-04-03T18:30", "2024-04-04T09:00:00+05:00"}, // 18:30 is closed
        {"2024-03-08T10:00", "2024-03-11T09:00:00+05:00"}, // holiday, then the weekend
        {"2020-05-09T10:00", "2020-05-11T09:00:00+06:00"}, // 11 May 2020 worked
        {"2017-01-01T00:00", "2017-01-04T09:00:00+06:00"}, // first covered day: 1-2 Jan, 3 Jan moved
    };
    for (const auto& [start, expected] : rows) {
        INFO(start);
        const auto next = calendar->nextWorkingMoment(localInstant(QString::fromLatin1(start)));
        REQUIRE(next.ok());
        CHECK(iso(*next) == QLatin1String(expected));
        // Zero working minutes end where the clock starts.
        const auto zero = calendar->addWorkingMinutes(localInstant(QString::fromLatin1(start)), 0);
        REQUIRE(zero.ok());
        CHECK(*zero == *next);
    }
}

TEST_CASE("Zero working days end at the close of the day of receipt", "[calendar][due]") {
    const auto calendar = shippedCalendar();
    const std::pair<const char*, const char*> rows[] = {
        {"2024-04-03T07:00", "2024-04-03T18:30:00+05:00"},
        {"2024-04-03T18:29", "2024-04-03T18:30:00+05:00"},
        {"2024-04-03T18:30", "2024-04-04T18:30:00+05:00"},
        {"2024-04-06T10:00", "2024-04-08T18:30:00+05:00"},
    };
    for (const auto& [start, expected] : rows) {
        INFO(start);
        const auto due = calendar->addWorkingDays(localInstant(QString::fromLatin1(start)), 0);
        REQUIRE(due.ok());
        CHECK(iso(*due) == QLatin1String(expected));
    }
}

TEST_CASE("Answers outside the covered years are errors that name the covered dates", "[calendar][errors]") {
    const auto calendar = shippedCalendar();
    const Instant before = localInstant(QStringLiteral("2016-12-31T12:00"));
    const Instant after = localInstant(QStringLiteral("2028-01-01T00:01"));
    const Instant inside = localInstant(QStringLiteral("2024-04-03T10:00"));
    const Instant lastDays = localInstant(QStringLiteral("2027-12-27T10:00"));
    const Instant lastEvening = localInstant(QStringLiteral("2027-12-31T19:00"));
    const WorkingDuration fifteen{15, WorkingDuration::Unit::Minutes};
    const WorkingDuration tenDays{10, WorkingDuration::Unit::Days};

    const std::pair<const char*, Error> errors[] = {
        {"isWorkingDay before", calendar->isWorkingDay(QDate(2016, 12, 31)).error()},
        {"isWorkingDay after", calendar->isWorkingDay(QDate(2028, 1, 1)).error()},
        {"isWorkingDay invalid", calendar->isWorkingDay(QDate()).error()},
        {"dayKind after", calendar->dayKind(QDate(2028, 1, 1)).error()},
        {"nonWorkingDates 2016", calendar->nonWorkingDates(2016).error()},
        {"nonWorkingDates 2028", calendar->nonWorkingDates(2028).error()},
        {"nextWorkingMoment before", calendar->nextWorkingMoment(before).error()},
        {"nextWorkingMoment past the last working moment", calendar->nextWorkingMoment(lastEvening).error()},
        {"due before", calendar->due(before, fifteen).error()},
        {"due after", calendar->due(after, fifteen).error()},
        {"due minutes past the end", calendar->due(lastEvening, fifteen).error()},
        {"due days past the end", calendar->due(lastDays, tenDays).error()},
        {"addWorkingMinutes past the end", calendar->addWorkingMinutes(inside, 10'000'000).error()},
        {"addWorkingMinutes huge", calendar->addWorkingMinutes(inside, std::numeric_limits<qint64>::max()).error()},
        {"addWorkingDays past the end", calendar->addWorkingDays(inside, 5000).error()},
        {"between from before", calendar->workingSecondsBetween(before, inside).error()},
        {"between to after", calendar->workingSecondsBetween(inside, after).error()},
    };
    for (const auto& [name, error] : errors) {
        INFO(name << ": " << error.message.toStdString());
        CHECK(error.code == ErrorCode::InvalidArgument);
        CHECK(error.reason == QLatin1String("outside_calendar"));
        CHECK(error.message.contains(coveredRange));
    }
    CHECK(calendar->isWorkingDay(QDate(2016, 12, 31)).error().message ==
          QLatin1String("2016-12-31 is outside the working calendar, which covers 2017-01-01 to 2027-12-31."));
    CHECK(calendar->nonWorkingDates(2028).error().message ==
          QLatin1String("The year 2028 is outside the working calendar, which covers 2017-01-01 to 2027-12-31."));

    // The very edges are inside.
    const auto whole = calendar->workingSecondsBetween(calendar->coveredFrom(), calendar->coveredUntil());
    REQUIRE(whole.ok());
    CHECK(iso(calendar->coveredFrom()) == QLatin1String("2017-01-01T00:00:00+06:00"));
    CHECK(iso(calendar->coveredUntil()) == QLatin1String("2028-01-01T00:00:00+05:00"));
    CHECK(
        calendar
            ->due(localInstant(QStringLiteral("2027-12-31T18:00")), WorkingDuration{30, WorkingDuration::Unit::Minutes})
            .ok());
    CHECK_FALSE(
        calendar
            ->due(localInstant(QStringLiteral("2027-12-31T18:00")), WorkingDuration{31, WorkingDuration::Unit::Minutes})
            .ok());
}

TEST_CASE("Negative durations are refused", "[calendar][errors]") {
    const auto calendar = shippedCalendar();
    const Instant start = localInstant(QStringLiteral("2024-04-03T10:00"));
    const Error errors[] = {
        calendar->addWorkingMinutes(start, -1).error(),
        calendar->addWorkingDays(start, -1).error(),
        calendar->due(start, WorkingDuration{-3, WorkingDuration::Unit::Hours}).error(),
        calendar->due(start, WorkingDuration{-15, WorkingDuration::Unit::Minutes}).error(),
        calendar->due(start, WorkingDuration{-8, WorkingDuration::Unit::Days}).error(),
    };
    for (const Error& error : errors) {
        INFO(error.message.toStdString());
        CHECK(error.code == ErrorCode::InvalidArgument);
        CHECK(error.reason == QLatin1String("negative_duration"));
        CHECK(error.message.contains(QLatin1String("negative")));
    }
}
