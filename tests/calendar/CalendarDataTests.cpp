#include "CalendarTestData.h"
#include "calendar/CalendarData.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

using namespace ruqsat::core;

namespace {

QDate date(const char* iso) {
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

QJsonObject shippedJson() {
    return QJsonDocument::fromJson(ruqsat::test::readSourceFile(QStringLiteral("resources/calendar/kz.json"))).object();
}

// Applies `change` to the element `index` of the array `key` of `root`.
void editEntry(QJsonObject& root, const char* key, qsizetype index, const std::function<void(QJsonObject&)>& change) {
    QJsonArray array = root.value(QLatin1String(key)).toArray();
    QJsonObject entry = array.at(index).toObject();
    change(entry);
    array.replace(index, entry);
    root.insert(QLatin1String(key), array);
}

} // namespace

TEST_CASE("The shipped calendar covers 2017-2026 and a provisional 2027", "[calendar][data]") {
    const auto data = CalendarData::shipped();
    REQUIRE(data.ok());
    CHECK(data->sourceName() == QLatin1String(":/calendar/kz.json"));
    CHECK(data->firstYear() == 2017);
    CHECK(data->lastYear() == 2027);
    CHECK(data->provisionalYears() == QList<int>{2027});
    for (int year = 2017; year <= 2026; ++year)
        CHECK_FALSE(data->isProvisional(year));
    CHECK(data->isProvisional(2027));

    // domain.md, layer 2; no date is invented for 2027.
    const QList<QDate> kurbanAit{date("2017-09-01"), date("2018-08-21"), date("2019-08-11"), date("2020-07-31"),
                                 date("2021-07-20"), date("2022-07-09"), date("2023-06-28"), date("2024-06-16"),
                                 date("2025-06-06"), date("2026-05-27")};
    QList<QDate> shippedKurbanAit;
    for (const KurbanAit& entry : data->kurbanAitDates())
        shippedKurbanAit.append(entry.date);
    CHECK(shippedKurbanAit == kurbanAit);
    CHECK_FALSE(data->kurbanAit(2027).has_value());

    // domain.md, layer 3, with the 2020 Victory Day exception as the swap 8 May <- 11 May.
    const QList<std::pair<QDate, QDate>> swaps{
        {date("2017-03-20"), date("2017-03-18")}, {date("2017-07-07"), date("2017-07-01")},
        {date("2018-03-09"), date("2018-03-03")}, {date("2018-04-30"), date("2018-04-28")},
        {date("2018-05-08"), date("2018-05-05")}, {date("2018-08-31"), date("2018-08-25")},
        {date("2018-12-31"), date("2018-12-29")}, {date("2019-05-10"), date("2019-05-04")},
        {date("2020-01-03"), date("2020-01-05")}, {date("2020-05-08"), date("2020-05-11")},
        {date("2020-12-18"), date("2020-12-20")}, {date("2021-07-05"), date("2021-07-03")},
        {date("2022-03-07"), date("2022-03-05")}, {date("2022-08-29"), date("2022-08-27")},
        {date("2022-10-24"), date("2022-10-22")}, {date("2023-07-07"), date("2023-07-01")},
        {date("2024-05-08"), date("2024-05-04")}, {date("2025-01-03"), date("2025-01-05")}};
    QList<std::pair<QDate, QDate>> shippedSwaps;
    for (const DecreedSwap& swap : data->swaps())
        shippedSwaps.append({swap.dayOff, swap.workingDay});
    CHECK(shippedSwaps == swaps);
    for (const DecreedSwap& swap : data->swaps()) {
        if (swap.dayOff == date("2020-05-08"))
            CHECK(swap.source.contains(QLatin1String("Victory Day")));
    }

    // Every entry names its legal source.
    for (const CalendarYear& year : data->years())
        CHECK_FALSE(year.source.isEmpty());
    for (const FixedHoliday& holiday : data->fixedHolidays()) {
        CHECK_FALSE(holiday.source.isEmpty());
        CHECK_FALSE(holiday.name.isEmpty());
    }
    for (const KurbanAit& entry : data->kurbanAitDates())
        CHECK_FALSE(entry.source.isEmpty());
    for (const DecreedSwap& swap : data->swaps())
        CHECK_FALSE(swap.source.isEmpty());
}

TEST_CASE("Fixed holidays apply in the years the law gives them", "[calendar][data]") {
    const auto data = CalendarData::shipped();
    REQUIRE(data.ok());
    const auto holidayOn = [&](int month, int day, int year) {
        for (const FixedHoliday& holiday : data->fixedHolidays()) {
            if (holiday.month == month && holiday.day == day && holiday.appliesIn(year))
                return true;
        }
        return false;
    };
    struct Row {
        int month;
        int day;
        int year;
        bool holiday;
    };
    const Row rows[] = {
        {12, 1, 2017, true},   {12, 1, 2021, true},   {12, 1, 2022, false}, // First President's Day 2012-2021
        {12, 17, 2021, true},  {12, 17, 2022, false},                       // second day of Independence until 2021
        {10, 25, 2021, false}, {10, 25, 2022, true},  {10, 25, 2027, true}, // Republic Day from 2022
        {8, 30, 2026, true},   {8, 30, 2027, false},                        // Constitution Day moves...
        {3, 15, 2026, false},  {3, 15, 2027, true},                         // ...to 15 March from 2027
        {1, 7, 2017, true},    {3, 23, 2027, true},   {12, 16, 2027, true},
    };
    for (const Row& row : rows) {
        INFO(row.year << "-" << row.month << "-" << row.day);
        CHECK(holidayOn(row.month, row.day, row.year) == row.holiday);
    }
    for (const FixedHoliday& holiday : data->fixedHolidays())
        CHECK(holiday.movesFromWeekend == !(holiday.month == 1 && holiday.day == 7));
}

TEST_CASE("CalendarData round-trips through JSON", "[calendar][data]") {
    const auto data = CalendarData::shipped();
    REQUIRE(data.ok());
    const auto back = CalendarData::fromJson(data->toJson(), QStringLiteral("round-trip"));
    REQUIRE(back.ok());
    CHECK(*back == *data);
    CHECK(back->description() == data->description());
    CHECK(back->toJson() == data->toJson());

    // The file in the source tree is the resource.
    const auto file = CalendarData::fromJson(ruqsat::test::readSourceFile(QStringLiteral("resources/calendar/kz.json")),
                                             QStringLiteral("kz.json"));
    REQUIRE(file.ok());
    CHECK(*file == *data);
}

TEST_CASE("CalendarData::create validates entries given in code", "[calendar][data]") {
    const QList<CalendarYear> years{{2030, true, QStringLiteral("test")}};
    const QList<FixedHoliday> holidays{
        {1, 1, std::nullopt, std::nullopt, true, QStringLiteral("New Year"), QStringLiteral("law")}};
    const auto ok = CalendarData::create(years, holidays, {}, {}, QStringLiteral("code"));
    REQUIRE(ok.ok());
    CHECK(ok->firstYear() == 2030);
    CHECK(ok->lastYear() == 2030);

    const auto noYears = CalendarData::create({}, holidays, {}, {}, QStringLiteral("code"));
    REQUIRE_FALSE(noYears.ok());
    CHECK(noYears.error().message == QLatin1String("code: years: at least one year is needed."));

    const auto badSwap = CalendarData::create(years, holidays, {},
                                              {{date("2030-01-01"), date("2030-01-05"), QStringLiteral("decree X")}},
                                              QStringLiteral("code"));
    REQUIRE_FALSE(badSwap.ok());
    CHECK(badSwap.error().code == ErrorCode::DataError);
    CHECK(badSwap.error().message.contains(QLatin1String("code: swaps[0].dayOff: 2030-01-01 is not an ordinary "
                                                         "working day (it is a holiday)")));
    CHECK(badSwap.error().message.contains(QLatin1String("decree X")));
}

TEST_CASE("Bad calendar data is refused with the source, the field and the reason", "[calendar][data]") {
    struct Row {
        const char* name;
        std::function<void(QJsonObject&)> change;
        const char* field;
        const char* reason;
    };
    const auto set = [](const char* key, QJsonValue value) {
        return [key, value](QJsonObject& entry) { entry.insert(QLatin1String(key), value); };
    };
    const Row rows[] = {
        {"unsupported format", [](QJsonObject& root) { root.insert(QStringLiteral("format"), 2); }, "format",
         "version 2 is not supported"},
        {"unknown top-level field", [](QJsonObject& root) { root.insert(QStringLiteral("holidays"), 1); }, "holidays",
         "unknown field"},
        {"years missing", [](QJsonObject& root) { root.remove(QStringLiteral("years")); }, "years",
         "expected an array"},
        {"year with a gap", [&](QJsonObject& root) { editEntry(root, "years", 3, set("year", 2030)); }, "years[3].year",
         "2030 does not follow 2019"},
        {"year without source", [&](QJsonObject& root) { editEntry(root, "years", 0, set("source", QString())); },
         "years[0].source", "must not be empty"},
        {"provisional not a boolean", [&](QJsonObject& root) { editEntry(root, "years", 1, set("provisional", 1)); },
         "years[1].provisional", "expected true or false"},
        {"month 13", [&](QJsonObject& root) { editEntry(root, "fixedHolidays", 0, set("month", 13)); },
         "fixedHolidays[0].month", "13 is not a month"},
        {"31 April",
         [&](QJsonObject& root) {
             editEntry(root, "fixedHolidays", 0, [](QJsonObject& entry) {
                 entry.insert(QStringLiteral("month"), 4);
                 entry.insert(QStringLiteral("day"), 31);
             });
         },
         "fixedHolidays[0].day", "31 is not a day of month 4"},
        {"fractional day", [&](QJsonObject& root) { editEntry(root, "fixedHolidays", 0, set("day", 1.5)); },
         "fixedHolidays[0].day", "expected an integer"},
        {"validFrom a string",
         [&](QJsonObject& root) { editEntry(root, "fixedHolidays", 1, set("validFrom", QStringLiteral("2017"))); },
         "fixedHolidays[1].validFrom", "expected an integer or null"},
        {"validTo before validFrom",
         [&](QJsonObject& root) {
             editEntry(root, "fixedHolidays", 1, [](QJsonObject& entry) {
                 entry.insert(QStringLiteral("validFrom"), 2020);
                 entry.insert(QStringLiteral("validTo"), 2019);
             });
         },
         "fixedHolidays[1].validTo", "2019 is before validFrom 2020"},
        {"moves flag a string",
         [&](QJsonObject& root) {
             editEntry(root, "fixedHolidays", 0, set("movesFromWeekend", QStringLiteral("yes")));
         },
         "fixedHolidays[0].movesFromWeekend", "expected true or false"},
        {"misspelt field",
         [&](QJsonObject& root) { editEntry(root, "fixedHolidays", 2, set("movesFromWeekEnd", true)); },
         "fixedHolidays[2].movesFromWeekEnd", "unknown field"},
        {"holiday without name",
         [&](QJsonObject& root) { editEntry(root, "fixedHolidays", 3, set("name", QStringLiteral(""))); },
         "fixedHolidays[3].name", "must not be empty"},
        {"duplicate holiday",
         [](QJsonObject& root) {
             QJsonArray holidays = root.value(QStringLiteral("fixedHolidays")).toArray();
             holidays.append(holidays.at(0));
             root.insert(QStringLiteral("fixedHolidays"), holidays);
         },
         "fixedHolidays[17]", "already listed as fixedHolidays[0]"},
        {"impossible date",
         [&](QJsonObject& root) { editEntry(root, "kurbanAit", 0, set("date", QStringLiteral("2017-02-30"))); },
         "kurbanAit[0].date", "'2017-02-30' is not a date in the form YYYY-MM-DD"},
        {"date in another form",
         [&](QJsonObject& root) { editEntry(root, "kurbanAit", 0, set("date", QStringLiteral("01.09.2017"))); },
         "kurbanAit[0].date", "is not a date in the form YYYY-MM-DD"},
        {"Kurban Ait outside the years",
         [&](QJsonObject& root) { editEntry(root, "kurbanAit", 0, set("date", QStringLiteral("2030-06-01"))); },
         "kurbanAit[0].date", "2030-06-01 is outside the covered years 2017-2027"},
        {"Kurban Ait missing for a confirmed year",
         [](QJsonObject& root) {
             QJsonArray kurbanAit = root.value(QStringLiteral("kurbanAit")).toArray();
             kurbanAit.removeAt(2);
             root.insert(QStringLiteral("kurbanAit"), kurbanAit);
         },
         "kurbanAit", "no date for 2019, which is not marked provisional"},
        {"2027 made final without Kurban Ait",
         [&](QJsonObject& root) { editEntry(root, "years", 10, set("provisional", false)); }, "kurbanAit",
         "no date for 2027"},
        {"two Kurban Ait dates in a year",
         [](QJsonObject& root) {
             QJsonArray kurbanAit = root.value(QStringLiteral("kurbanAit")).toArray();
             kurbanAit.append(QJsonObject{{QStringLiteral("date"), QStringLiteral("2018-08-22")},
                                          {QStringLiteral("source"), QStringLiteral("x")}});
             root.insert(QStringLiteral("kurbanAit"), kurbanAit);
         },
         "kurbanAit[10].date", "a second date for 2018"},
        {"swap onto a holiday",
         [&](QJsonObject& root) { editEntry(root, "swaps", 0, set("dayOff", QStringLiteral("2017-03-21"))); },
         "swaps[0].dayOff", "2017-03-21 is not an ordinary working day (it is a holiday)"},
        {"swap with a weekday worked",
         [&](QJsonObject& root) { editEntry(root, "swaps", 0, set("workingDay", QStringLiteral("2017-03-17"))); },
         "swaps[0].workingDay", "2017-03-17 is not a weekend or moved day off (it is a working day)"},
        {"swap twice",
         [](QJsonObject& root) {
             QJsonArray swaps = root.value(QStringLiteral("swaps")).toArray();
             swaps.replace(1, swaps.at(0));
             root.insert(QStringLiteral("swaps"), swaps);
         },
         "swaps[1].dayOff", "2017-03-20 is not an ordinary working day (it is a day off by decree)"},
        {"swap on the same day",
         [&](QJsonObject& root) { editEntry(root, "swaps", 0, set("workingDay", QStringLiteral("2017-03-20"))); },
         "swaps[0].workingDay", "the same date as dayOff"},
        {"swap outside the years",
         [&](QJsonObject& root) { editEntry(root, "swaps", 0, set("dayOff", QStringLiteral("2016-03-21"))); },
         "swaps[0].dayOff", "2016-03-21 is outside the covered years 2017-2027"},
        {"swap without source",
         [&](QJsonObject& root) { editEntry(root, "swaps", 4, set("source", QStringLiteral(" "))); }, "swaps[4].source",
         "must not be empty"},
    };
    for (const Row& row : rows) {
        INFO(row.name);
        QJsonObject root = shippedJson();
        REQUIRE_FALSE(root.isEmpty());
        row.change(root);
        const auto data = CalendarData::fromJson(QJsonDocument(root).toJson(), QStringLiteral("test.json"));
        REQUIRE_FALSE(data.ok());
        CHECK(data.error().code == ErrorCode::DataError);
        CHECK(data.error().reason == QLatin1String("invalid_calendar_data"));
        const QString message = data.error().message;
        INFO(message.toStdString());
        CHECK(message.startsWith(QStringLiteral("test.json: %1: ").arg(QLatin1String(row.field))));
        CHECK(message.contains(QLatin1String(row.reason)));
    }

    const auto notJson = CalendarData::fromJson("{\"format\": 1,", QStringLiteral("broken.json"));
    REQUIRE_FALSE(notJson.ok());
    CHECK(notJson.error().message.startsWith(QLatin1String("broken.json: offset ")));
    CHECK(notJson.error().message.contains(QLatin1String("not valid JSON")));
    const auto notObject = CalendarData::fromJson("[1, 2]", QStringLiteral("array.json"));
    REQUIRE_FALSE(notObject.ok());
    CHECK(notObject.error().message.contains(QLatin1String("array.json")));
    CHECK(notObject.error().message.contains(QLatin1String("expected an object")));
}
