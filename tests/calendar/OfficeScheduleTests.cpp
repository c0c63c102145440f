#include "calendar/OfficeSchedule.h"

#include "CatchQt.h"

using namespace ruqsat::core;

namespace {

using Week = std::array<QList<WorkingInterval>, 7>;

Week weekdays(const QList<WorkingInterval>& day) {
    return {day, day, day, day, day, {}, {}};
}

} // namespace

TEST_CASE("The standard schedule is Mon-Fri 09:00-13:00 and 14:30-18:30 in Asia/Almaty", "[calendar][schedule]") {
    const OfficeSchedule schedule = OfficeSchedule::standard();
    CHECK(schedule.timeZoneId() == "Asia/Almaty");
    CHECK(schedule.timeZone().isValid());
    const QList<WorkingInterval> day{{540, 780}, {870, 1110}};
    for (int weekday = 1; weekday <= 5; ++weekday)
        CHECK(schedule.intervals(weekday) == day);
    CHECK(schedule.intervals(6).isEmpty());
    CHECK(schedule.intervals(7).isEmpty());
    CHECK(schedule.intervals(0).isEmpty());
    CHECK(schedule.intervals(8).isEmpty());
    CHECK(schedule.weeklyMinutes() == 40 * 60);
}

TEST_CASE("OfficeSchedule round-trips through compact JSON", "[calendar][schedule]") {
    const OfficeSchedule standard = OfficeSchedule::standard();
    CHECK(standard.toJson() == QLatin1String(R"({"timeZone":"Asia/Almaty","week":[["09:00-13:00","14:30-18:30"],)"
                                             R"(["09:00-13:00","14:30-18:30"],["09:00-13:00","14:30-18:30"],)"
                                             R"(["09:00-13:00","14:30-18:30"],["09:00-13:00","14:30-18:30"],[],[]]})"));
    const auto back = OfficeSchedule::fromJson(standard.toJson());
    REQUIRE(back.ok());
    CHECK(*back == standard);

    Week week = weekdays({{8 * 60, 17 * 60}});
    week[5] = {{0, 60}, {23 * 60, 1440}};
    const auto custom = OfficeSchedule::create(QByteArrayLiteral("Europe/Berlin"), week);
    REQUIRE(custom.ok());
    const auto customBack = OfficeSchedule::fromJson(custom->toJson());
    REQUIRE(customBack.ok());
    CHECK(*customBack == *custom);
    CHECK(customBack->intervals(6) == QList<WorkingInterval>{{0, 60}, {1380, 1440}});
    CHECK(customBack->timeZoneId() == "Europe/Berlin");
}

TEST_CASE("OfficeSchedule::create refuses a bad zone or bad intervals", "[calendar][schedule]") {
    struct Row {
        const char* name;
        QByteArray zone;
        Week week;
        const char* messagePart;
    };
    const QList<WorkingInterval> standardDay{{540, 780}, {870, 1110}};
    const Row rows[] = {
        {"unknown zone", QByteArrayLiteral("Asia/Atlantis"), weekdays(standardDay),
         "unknown time zone 'Asia/Atlantis'"},
        {"empty zone", QByteArray(), weekdays(standardDay), "unknown time zone"},
        {"unsorted", QByteArrayLiteral("Asia/Almaty"), weekdays({{870, 1110}, {540, 780}}), "in order"},
        {"overlapping", QByteArrayLiteral("Asia/Almaty"), weekdays({{540, 800}, {780, 1110}}), "overlaps"},
        {"empty interval", QByteArrayLiteral("Asia/Almaty"), weekdays({{540, 540}}), "must start before it ends"},
        {"reversed interval", QByteArrayLiteral("Asia/Almaty"), weekdays({{780, 540}}), "must start before it ends"},
        {"negative start", QByteArrayLiteral("Asia/Almaty"), weekdays({{-10, 540}}), "within 0..1440"},
        {"past midnight", QByteArrayLiteral("Asia/Almaty"), weekdays({{540, 1441}}), "within 0..1440"},
        {"no working hours", QByteArrayLiteral("Asia/Almaty"), Week{}, "no working hours"},
    };
    for (const Row& row : rows) {
        INFO(row.name);
        const auto schedule = OfficeSchedule::create(row.zone, row.week);
        REQUIRE_FALSE(schedule.ok());
        CHECK(schedule.error().code == ErrorCode::InvalidArgument);
        CHECK(schedule.error().reason == QLatin1String("invalid_schedule"));
        INFO(schedule.error().message.toStdString());
        CHECK(schedule.error().message.contains(QLatin1String(row.messagePart)));
    }
    // The weekday is named, so the administrator finds the line to fix.
    Week week = weekdays(standardDay);
    week[2] = {{870, 1110}, {540, 780}};
    CHECK(OfficeSchedule::create(QByteArrayLiteral("Asia/Almaty"), week)
              .error()
              .message.contains(QLatin1String("Wednesday")));
}

TEST_CASE("OfficeSchedule::fromJson refuses malformed stored schedules", "[calendar][schedule]") {
    struct Row {
        const char* json;
        const char* messagePart;
    };
    const Row rows[] = {
        {"{", "not valid JSON"},
        {"[]", "expected a JSON object"},
        {R"({"week":[[],[],[],[],[],[],[]]})", "timeZone"},
        {R"({"timeZone":"Asia/Almaty","week":[[],[],[]]})", "7 days"},
        {R"({"timeZone":"Asia/Almaty","week":[["9-13"],[],[],[],[],[],[]]})", "week[0][0]"},
        {R"({"timeZone":"Asia/Almaty","week":[["09:00-13:60"],[],[],[],[],[],[]]})", "week[0][0]"},
        {R"({"timeZone":"Asia/Almaty","week":[{},[],[],[],[],[],[]]})", "week[0]"},
        {R"({"timeZone":"Asia/Almaty","week":[[],[],[],[],[],[],[]],"lunch":1})", "unknown field 'lunch'"},
        {R"({"timeZone":"Mars/Olympus","week":[["09:00-13:00"],[],[],[],[],[],[]]})", "unknown time zone"},
        {R"({"timeZone":"Asia/Almaty","week":[["14:00-13:00"],[],[],[],[],[],[]]})", "must start before it ends"},
    };
    for (const Row& row : rows) {
        INFO(row.json);
        const auto schedule = OfficeSchedule::fromJson(QString::fromUtf8(row.json));
        REQUIRE_FALSE(schedule.ok());
        CHECK(schedule.error().code == ErrorCode::DataError);
        INFO(schedule.error().message.toStdString());
        CHECK(schedule.error().message.contains(QLatin1String(row.messagePart)));
    }
}
