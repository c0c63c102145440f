// The calendar in the database computes what core computes: the derived days, ruqsat.working_due and
// ruqsat.working_seconds_between against WorkingCalendar, for thousands of random moments, the
// hand-written table of tests/data/calendar/due.txt, and offices in other zones and with other hours.
#include "CalendarStoreFixture.h"
#include "CalendarTestData.h"

#include "calendar/CalendarData.h"
#include "calendar/CalendarRepository.h"
#include "calendar/NationalCalendar.h"
#include "calendar/WorkingDuration.h"
#include "store/Database.h"

#include <QElapsedTimer>
#include <QTimeZone>

#include <algorithm>
#include <random>

using namespace ruqsat;
using test::CalendarStore;

namespace {

// One fixture for the read-only tests of this file: a migrated database is built once.
CalendarStore& sharedStore() {
    static CalendarStore store;
    return store;
}

QString sqlKindName(core::DayKind kind) {
    switch (kind) {
    case core::DayKind::WorkingDay:
        return QStringLiteral("working_day");
    case core::DayKind::Weekend:
        return QStringLiteral("weekend");
    case core::DayKind::Holiday:
        return QStringLiteral("holiday");
    case core::DayKind::MovedDayOff:
        return QStringLiteral("moved_day_off");
    case core::DayKind::DecreedDayOff:
        return QStringLiteral("decreed_day_off");
    case core::DayKind::DecreedWorkingDay:
        return QStringLiteral("decreed_working_day");
    }
    return {};
}

// Random instants in [from, to]: half anywhere, half on a working interval's edge or a second off it
// (where an off-by-one in the searches would show).
class MomentGenerator {
public:
    MomentGenerator(const core::WorkingCalendar& calendar, qint64 from, qint64 to, unsigned seed)
        : m_calendar(calendar)
        , m_from(from)
        , m_to(to)
        , m_random(seed) {}

    qint64 next() {
        const qint64 any = std::uniform_int_distribution<qint64>(m_from, m_to)(m_random);
        if (std::uniform_int_distribution<int>(0, 1)(m_random) == 0)
            return any;
        const QDate date = core::toDateTime(test::instantOf(any), m_calendar.schedule().timeZone()).date();
        const auto intervals = m_calendar.workingIntervals(date);
        if (!intervals || intervals->isEmpty())
            return any;
        const auto& interval =
            intervals->at(std::uniform_int_distribution<qsizetype>(0, intervals->size() - 1)(m_random));
        const qint64 edge =
            test::seconds(std::uniform_int_distribution<int>(0, 1)(m_random) == 0 ? interval.first : interval.second);
        return std::clamp(edge + std::uniform_int_distribution<qint64>(-1, 1)(m_random), m_from, m_to);
    }

    std::mt19937_64& random() { return m_random; }

private:
    const core::WorkingCalendar& m_calendar;
    qint64 m_from;
    qint64 m_to;
    std::mt19937_64 m_random;
};

void compareDues(const CalendarStore& store, const QString& office, const core::WorkingCalendar& calendar,
                 const QList<qint64>& starts, const QString& durationText) {
    const auto duration = core::WorkingDuration::parse(durationText);
    REQUIRE(duration.ok());
    const auto sql = store.sqlDues(office, starts, durationText);
    INFO(office.toStdString() << ' ' << durationText.toStdString()
                              << (sql.ok() ? std::string() : " SQL: " + sql.error().message.toStdString()));
    REQUIRE(sql.ok());
    REQUIRE(sql->size() == starts.size());
    int mismatches = 0;
    for (qsizetype i = 0; i < starts.size(); ++i) {
        const auto expected = calendar.due(test::instantOf(starts.at(i)), *duration);
        REQUIRE(expected.ok());
        if (test::seconds(*expected) != sql->at(i) && ++mismatches <= 5) {
            const QTimeZone& zone = calendar.schedule().timeZone();
            FAIL_CHECK("start " << core::formatIso(test::instantOf(starts.at(i)), zone).toStdString() << " + "
                                << durationText.toStdString() << ": core "
                                << core::formatIso(*expected, zone).toStdString() << ", SQL "
                                << core::formatIso(test::instantOf(sql->at(i)), zone).toStdString());
        }
    }
    CHECK(mismatches == 0);
}

void compareBetween(const CalendarStore& store, const QString& office, const core::WorkingCalendar& calendar,
                    const QList<qint64>& from, const QList<qint64>& to) {
    const auto sql = store.sqlBetween(office, from, to);
    INFO(office.toStdString() << (sql.ok() ? std::string() : " SQL: " + sql.error().message.toStdString()));
    REQUIRE(sql.ok());
    REQUIRE(sql->size() == from.size());
    int mismatches = 0;
    for (qsizetype i = 0; i < from.size(); ++i) {
        const auto expected = calendar.workingSecondsBetween(test::instantOf(from.at(i)), test::instantOf(to.at(i)));
        REQUIRE(expected.ok());
        if (*expected != sql->at(i) && ++mismatches <= 5) {
            const QTimeZone& zone = calendar.schedule().timeZone();
            FAIL_CHECK("from " << core::formatIso(test::instantOf(from.at(i)), zone).toStdString() << " to "
                               << core::formatIso(test::instantOf(to.at(i)), zone).toStdString() << ": core "
                               << *expected << " s, SQL " << sql->at(i) << " s");
        }
    }
    CHECK(mismatches == 0);
}

QString sqlReason(const CalendarStore& store, const QString& sql, const QVariantList& values) {
    const auto query = core::Database::execute(store.db(), sql, values);
    return query.ok() ? QStringLiteral("(no error)") : query.error().reason;
}

} // namespace

TEST_CASE("The database's calendar is the shipped one, day by day", "[calendar][store]") {
    const CalendarStore& store = sharedStore();

    const auto loaded = core::CalendarRepository(store.connectionName()).load();
    INFO((loaded.ok() ? QString() : loaded.error().message).toStdString());
    REQUIRE(loaded.ok());
    const auto shipped = core::CalendarData::shipped();
    REQUIRE(shipped.ok());
    CHECK(*loaded == *shipped);

    const auto calendar = test::shippedCalendar();
    QSqlQuery days = store.exec(QStringLiteral("SELECT to_char(day, 'YYYY-MM-DD'), kind FROM ruqsat.calendar_day "
                                               "ORDER BY day"));
    QDate expectedDate(2017, 1, 1);
    int compared = 0;
    int mismatches = 0;
    while (days.next()) {
        const QDate date = QDate::fromString(days.value(0).toString(), Qt::ISODate);
        REQUIRE(date == expectedDate);
        const auto kind = calendar->dayKind(date);
        REQUIRE(kind.ok());
        if (sqlKindName(*kind) != days.value(1).toString() && ++mismatches <= 5)
            FAIL_CHECK(date.toString(Qt::ISODate).toStdString() << ": core " << sqlKindName(*kind).toStdString()
                                                                << ", SQL " << days.value(1).toString().toStdString());
        expectedDate = expectedDate.addDays(1);
        ++compared;
    }
    CHECK(mismatches == 0);
    CHECK(expectedDate == QDate(2028, 1, 1));
    CHECK(compared == 4017);

    // The layers are there to read for every staff member; the schedule of each office is known.
    CHECK(store.scalar(QStringLiteral("SELECT count(*) FROM ruqsat.calendar_swap")).toInt() == 18);
    CHECK(store.scalar(QStringLiteral("SELECT count(DISTINCT id) FROM ruqsat.calendar_schedule")).toInt() == 4);
}

TEST_CASE("Each office's schedule reads back as core's OfficeSchedule", "[calendar][store]") {
    const CalendarStore& store = sharedStore();
    const core::CalendarRepository repository(store.connectionName());
    const auto standard = repository.officeSchedule(QString::fromLatin1(test::almatyOffice));
    REQUIRE(standard.ok());
    CHECK(*standard == core::OfficeSchedule::standard());
    const auto saturday = repository.officeSchedule(QString::fromLatin1(test::saturdayOffice));
    REQUIRE(saturday.ok());
    CHECK(saturday->timeZoneId() == QByteArrayLiteral("Asia/Aqtobe"));
    CHECK(saturday->intervals(6) == QList<core::WorkingInterval>{{600, 840}});
    CHECK(saturday->weeklyMinutes() == 4 * 480 + 420 + 240);

    const auto unknown = repository.officeSchedule(QStringLiteral("nowhere"));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().reason == QLatin1String("unknown_office"));
}

TEST_CASE("The database's working intervals are core's, for every day of every office", "[calendar][store]") {
    CalendarStore& store = sharedStore();
    for (const char* officeId : {test::almatyOffice, test::berlinOffice, test::nightOffice, test::saturdayOffice}) {
        const QString office = QString::fromLatin1(officeId);
        const auto calendar = store.coreCalendar(office);
        QList<std::pair<qint64, qint64>> expected;
        for (QDate date = calendar->firstDate(); date <= calendar->lastDate(); date = date.addDays(1)) {
            const auto intervals = calendar->workingIntervals(date);
            REQUIRE(intervals.ok());
            for (const auto& [start, end] : *intervals)
                expected.append({test::seconds(start), test::seconds(end)});
        }
        QSqlQuery rows = store.exec(
            QStringLiteral("SELECT extract(epoch FROM i.start_at)::bigint, extract(epoch FROM i.end_at)::bigint "
                           "FROM ruqsat.calendar_interval i "
                           "JOIN ruqsat.calendar_schedule s ON s.id = i.schedule_id "
                           "JOIN ruqsat.office o ON o.time_zone = s.time_zone "
                           "AND ruqsat.calendar_office_week(o.schedule) = s.week "
                           "WHERE o.id = ? ORDER BY i.start_at"),
            {office});
        QList<std::pair<qint64, qint64>> actual;
        while (rows.next())
            actual.append({rows.value(0).toLongLong(), rows.value(1).toLongLong()});
        INFO(office.toStdString());
        CHECK(actual.size() == expected.size());
        CHECK(actual == expected);
    }

    // The night office's hours on the days the clocks change, by the rule of ZoneOffsetTable::toUtc: a
    // skipped 02:30 is the instant of the jump, a repeated 02:30 the earlier of its two instants.
    const auto intervalsOn = [&store](const char* date) {
        QSqlQuery rows = store.exec(
            QStringLiteral(
                "SELECT to_char(i.start_at AT TIME ZONE 'UTC', 'HH24:MI') || '-' || "
                "to_char(i.end_at AT TIME ZONE 'UTC', 'HH24:MI') FROM ruqsat.calendar_interval i "
                "JOIN ruqsat.calendar_schedule s ON s.id = i.schedule_id "
                "WHERE s.time_zone = 'Europe/Berlin' AND s.week -> 0 ->> 0 = '01:00-02:30' AND i.day = ?::date "
                "ORDER BY i.start_at"),
            {QString::fromLatin1(date)});
        QStringList texts;
        while (rows.next())
            texts.append(rows.value(0).toString());
        return texts.join(u' ');
    };
    CHECK(intervalsOn("2024-03-30") == QLatin1String("00:00-01:30 01:30-04:00 20:00-23:00"));
    CHECK(intervalsOn("2024-03-31") == QLatin1String("00:00-01:00 01:00-03:00 19:00-22:00"));
    CHECK(intervalsOn("2024-10-27") == QLatin1String("23:00-00:30 00:30-04:00 20:00-23:00"));
}

TEST_CASE("SQL working_due gives the hand-written due moments of due.txt", "[calendar][store]") {
    const CalendarStore& store = sharedStore();
    for (const QStringList& row : test::readTable(QStringLiteral("due.txt"))) {
        const QByteArray zone = row.at(0).toUtf8();
        const QString office = QString::fromLatin1(zone == "Asia/Almaty" ? test::almatyOffice : test::berlinOffice);
        REQUIRE((zone == "Asia/Almaty" || zone == "Europe/Berlin"));
        const qint64 start = test::seconds(test::localInstant(row.at(1), zone));
        const auto due = store.sqlDues(office, {start}, row.at(2));
        INFO(row.join(u' ').toStdString() << (due.ok() ? std::string() : " -> " + due.error().message.toStdString()));
        REQUIRE(due.ok());
        CHECK(test::iso(test::instantOf(due->first()), zone) == row.at(3));
    }
}

TEST_CASE("SQL working_due equals core's due for random starts", "[calendar][store]") {
    CalendarStore& store = sharedStore();
    struct OfficeRun {
        const char* office;
        int starts;
    };
    // Thousands for the standard office, fewer for the others (each is a different zone or week).
    const OfficeRun runs[] = {{test::almatyOffice, 3000},
                              {test::berlinOffice, 1000},
                              {test::nightOffice, 1000},
                              {test::saturdayOffice, 1000}};
    unsigned seed = 20240301;
    for (const OfficeRun& run : runs) {
        const QString office = QString::fromLatin1(run.office);
        // The standard office against the shipped calendar, independent of the database; the others
        // against core fed with the database's data (equal to the shipped, first test case).
        const auto calendar =
            office == QLatin1String(test::almatyOffice) ? test::shippedCalendar() : store.coreCalendar(office);
        // Late enough before the end that 10 working days still fit.
        const qint64 from = test::seconds(calendar->coveredFrom());
        const qint64 to = test::seconds(calendar->coveredUntil()) - 40 * 86400;
        MomentGenerator moments(*calendar, from, to, ++seed);
        QList<qint64> starts;
        for (int i = 0; i < run.starts; ++i)
            starts.append(moments.next());
        QElapsedTimer timer;
        timer.start();
        for (const char* duration : {"15m", "3h", "8d", "10d"})
            compareDues(store, office, *calendar, starts, QString::fromLatin1(duration));
        // Long durations cross years of interval tables (from starts early enough for them to end inside).
        QList<qint64> early;
        for (const qint64 start : std::as_const(starts)) {
            if (start < to - 2 * 366 * 86400 && early.size() < 200)
                early.append(start);
        }
        compareDues(store, office, *calendar, early, QStringLiteral("2000h"));
        compareDues(store, office, *calendar, early, QStringLiteral("366d"));
        WARN(office.toStdString() << ": " << run.starts * 4 + 400 << " SQL due moments in " << timer.elapsed()
                                  << " ms");
    }
}

TEST_CASE("SQL working_seconds_between equals core's for random pairs", "[calendar][store]") {
    CalendarStore& store = sharedStore();
    unsigned seed = 1703;
    for (const char* officeId : {test::almatyOffice, test::berlinOffice, test::nightOffice, test::saturdayOffice}) {
        const QString office = QString::fromLatin1(officeId);
        const auto calendar =
            office == QLatin1String(test::almatyOffice) ? test::shippedCalendar() : store.coreCalendar(office);
        const qint64 first = test::seconds(calendar->coveredFrom());
        const qint64 last = test::seconds(calendar->coveredUntil());
        MomentGenerator moments(*calendar, first, last, ++seed);
        QList<qint64> from;
        QList<qint64> to;
        const auto add = [&](qint64 a, qint64 b) {
            from.append(std::clamp(a, first, last));
            to.append(std::clamp(b, first, last));
        };
        // The whole covered range, both ways.
        add(first, last);
        add(last, first);
        for (int i = 0; i < 1500; ++i) {
            const qint64 a = moments.next();
            const qint64 b = moments.next();
            add(a, b); // anywhere: often years apart, and backwards half the time (0)
            const qint64 span =
                std::uniform_int_distribution<qint64>(-3600, 14 * 86400)(moments.random()); // hours to weeks
            add(a, a + span);
        }
        // Across the zone change of Kazakhstan on 2024-03-01 (UTC+6 to UTC+5): pairs around it.
        const qint64 change = test::seconds(test::localInstant(QStringLiteral("2024-03-01T00:00"), "Asia/Almaty"));
        MomentGenerator around(*calendar, change - 20 * 86400, change + 20 * 86400, ++seed);
        for (int i = 0; i < 300; ++i) {
            const qint64 a = around.next();
            add(std::min(a, change - 1), std::max(around.next(), change));
        }
        compareBetween(store, office, *calendar, from, to);
    }
}

TEST_CASE("SQL refuses like core: outside the calendar, unknown offices, malformed durations", "[calendar][store]") {
    const CalendarStore& store = sharedStore();
    const QString dueSql = QStringLiteral("SELECT ruqsat.working_due(?, ?::timestamptz, ?)");
    const QString betweenSql = QStringLiteral("SELECT ruqsat.working_seconds_between(?, ?::timestamptz, "
                                              "?::timestamptz)");
    const QString almaty = QString::fromLatin1(test::almatyOffice);

    CHECK(sqlReason(store, dueSql, {almaty, QStringLiteral("2016-12-31T23:59:59+06"), QStringLiteral("15m")}) ==
          QLatin1String("outside_calendar"));
    CHECK(sqlReason(store, dueSql, {almaty, QStringLiteral("2017-01-01T00:00:00+06"), QStringLiteral("15m")}) ==
          QLatin1String("(no error)"));
    CHECK(sqlReason(store, dueSql, {almaty, QStringLiteral("2027-12-27T11:00:00+05"), QStringLiteral("10d")}) ==
          QLatin1String("outside_calendar"));
    CHECK(sqlReason(store, dueSql, {almaty, QStringLiteral("2027-12-31T18:00:00+05"), QStringLiteral("1h")}) ==
          QLatin1String("outside_calendar"));
    CHECK(sqlReason(store, betweenSql,
                    {almaty, QStringLiteral("2024-03-07T11:00:00+05"), QStringLiteral("2030-01-01T00:00:00+05")}) ==
          QLatin1String("outside_calendar"));
    CHECK(sqlReason(store, betweenSql,
                    {almaty, QStringLiteral("2028-01-01T00:00:01+05"), QStringLiteral("2017-01-01T00:00:00+06")}) ==
          QLatin1String("outside_calendar"));
    CHECK(sqlReason(store, dueSql,
                    {QStringLiteral("nowhere"), QStringLiteral("2024-03-07T11:00:00+05"), QStringLiteral("15m")}) ==
          QLatin1String("unknown_office"));

    // The end of the covered range is inclusive, as in core.
    CHECK(store
              .scalar(betweenSql,
                      {almaty, QStringLiteral("2017-01-01T00:00:00+06"), QStringLiteral("2028-01-01T00:00:00+05")})
              .toLongLong() == *test::shippedCalendar()->workingSecondsBetween(
                                   test::shippedCalendar()->coveredFrom(), test::shippedCalendar()->coveredUntil()));

    // Durations: the same reason as core's WorkingDuration::parse for every malformed text.
    for (const char* text : {"", "  ", "-5m", "0m", "0d", "99999d", "2001h", "100001m", "5w", "1.5h", "2,5d", "15", "m",
                             "abc", "1234567890m", "15 x"}) {
        const auto parsed = core::WorkingDuration::parse(QString::fromLatin1(text));
        REQUIRE_FALSE(parsed.ok());
        INFO('"' << text << '"');
        CHECK(sqlReason(store, dueSql, {almaty, QStringLiteral("2024-03-07T11:00:00+05"), QString::fromLatin1(text)}) ==
              parsed.error().reason);
    }
    // And accepts what core accepts.
    for (const char* text : {" 15m ", "15 m", "366d", "2000h", "100000m"}) {
        REQUIRE(core::WorkingDuration::parse(QString::fromLatin1(text)).ok());
        INFO('"' << text << '"');
        CHECK(sqlReason(store, dueSql, {almaty, QStringLiteral("2019-03-07T11:00:00+05"), QString::fromLatin1(text)}) ==
              QLatin1String("(no error)"));
    }
}

TEST_CASE("The SQL arithmetic answers from indexes, whatever the span", "[calendar][store]") {
    const CalendarStore& store = sharedStore();
    // Years apart cost what minutes apart cost: no walk over the days in between.
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 200; ++i) {
        (void)store.scalar(QStringLiteral("SELECT ruqsat.working_seconds_between(?, '2017-01-02T10:00:00+06', "
                                          "'2027-12-30T10:00:00+05')"),
                           {QString::fromLatin1(test::almatyOffice)});
    }
    const qint64 longSpans = timer.restart();
    for (int i = 0; i < 200; ++i) {
        (void)store.scalar(QStringLiteral("SELECT ruqsat.working_seconds_between(?, '2024-04-03T10:00:00+05', "
                                          "'2024-04-03T11:00:00+05')"),
                           {QString::fromLatin1(test::almatyOffice)});
    }
    const qint64 shortSpans = timer.elapsed();
    WARN("200 calls over 11 years: " << longSpans << " ms; over one hour: " << shortSpans << " ms");
    CHECK(longSpans < 5 * shortSpans + 200);
}
