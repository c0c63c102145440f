#include "calendar/WorkingDuration.h"

#include "CatchQt.h"

using namespace ruqsat::core;
using Unit = WorkingDuration::Unit;

TEST_CASE("WorkingDuration parses minutes, hours and working days", "[calendar][duration]") {
    struct Row {
        const char* text;
        int amount;
        Unit unit;
        qint64 workingMinutes;
        const char* canonical;
    };
    const Row rows[] = {
        {"15m", 15, Unit::Minutes, 15, "15m"},
        {"3h", 3, Unit::Hours, 180, "3h"},
        {"8d", 8, Unit::Days, 0, "8d"},
        {"10d", 10, Unit::Days, 0, "10d"},
        {"1m", 1, Unit::Minutes, 1, "1m"},
        {" 20m ", 20, Unit::Minutes, 20, "20m"},
        {"007h", 7, Unit::Hours, 420, "7h"},
        {"100000m", 100000, Unit::Minutes, 100000, "100000m"},
        {"2000h", 2000, Unit::Hours, 120000, "2000h"},
        {"366d", 366, Unit::Days, 0, "366d"},
    };
    for (const Row& row : rows) {
        INFO(row.text);
        const auto parsed = WorkingDuration::parse(QString::fromLatin1(row.text));
        REQUIRE(parsed.ok());
        CHECK(parsed->amount == row.amount);
        CHECK(parsed->unit == row.unit);
        CHECK(parsed->workingMinutes() == row.workingMinutes);
        CHECK(parsed->toString() == QLatin1String(row.canonical));
        CHECK(WorkingDuration::parse(parsed->toString()).value() == *parsed);
    }
}

TEST_CASE("WorkingDuration refuses malformed, negative, zero and absurd durations", "[calendar][duration]") {
    struct Row {
        const char* text;
        const char* reason;
        const char* messagePart;
    };
    const Row rows[] = {
        {"", "empty_duration", "empty"},
        {"   ", "empty_duration", "empty"},
        {"-5m", "negative_duration", "negative"},
        {"-1d", "negative_duration", "negative"},
        {"0m", "zero_duration", "at least 1m"},
        {"0d", "zero_duration", "at least 1d"},
        {"abc", "malformed_duration", "whole number"},
        {"m", "malformed_duration", "whole number"},
        {"1.5h", "malformed_duration", "whole number"},
        {"2,5d", "malformed_duration", "whole number"},
        {"15", "missing_duration_unit", "unit is missing"},
        {"5w", "unknown_duration_unit", "unknown unit 'w'"},
        {"5M", "unknown_duration_unit", "unknown unit 'M'"},
        {"5min", "unknown_duration_unit", "unknown unit 'min'"},
        {"100001m", "duration_too_long", "100000m"},
        {"2001h", "duration_too_long", "2000h"},
        {"367d", "duration_too_long", "366d"},
        {"99999999999999999999d", "duration_too_long", "366d"},
    };
    for (const Row& row : rows) {
        INFO(row.text);
        const auto parsed = WorkingDuration::parse(QString::fromLatin1(row.text));
        REQUIRE_FALSE(parsed.ok());
        CHECK(parsed.error().code == ErrorCode::InvalidArgument);
        CHECK(parsed.error().reason == QLatin1String(row.reason));
        INFO(parsed.error().message.toStdString());
        CHECK(parsed.error().message.contains(QLatin1String(row.messagePart)));
    }
}
