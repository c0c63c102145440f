// The pause between attempts to reconnect the live-update feed (issue 8, part 3): 500 ms at first, doubled
// after every failure up to 30 s, back to the first pause once connected.
#include "notifications/ReconnectBackoff.h"

#include <catch2/catch.hpp>

#include <QList>

#include <limits>
#include <vector>

using namespace ruqsat;
using namespace std::chrono_literals;
using Delay = core::ReconnectBackoff::Delay;

namespace {

// The pauses before the first `count` attempts, when every attempt fails.
std::vector<qint64> pauses(core::ReconnectBackoff backoff, int count) {
    std::vector<qint64> result;
    for (int i = 0; i < count; ++i) {
        result.push_back(backoff.current().count());
        backoff.recordFailure();
    }
    return result;
}

} // namespace

TEST_CASE("The pause before each attempt doubles up to the ceiling", "[notifications][backoff]") {
    struct Row {
        Delay first;
        Delay ceiling;
        std::vector<qint64> expected; // ms before attempt 1, 2, ...
    };
    const QList<Row> rows{
        // The program's pace: a server back within seconds is found within seconds, one that is down is
        // asked twice a minute.
        {500ms, 30000ms, {500, 1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000}},
        {40ms, 160ms, {40, 80, 160, 160}},
        // A ceiling that is no multiple of the first pause is still reached, never passed.
        {300ms, 1000ms, {300, 600, 1000, 1000}},
        {500ms, 1001ms, {500, 1000, 1001, 1001}},
        // A ceiling under the first pause: every pause is the first.
        {2000ms, 500ms, {2000, 2000, 2000}},
        // A zero (or negative) first pause would never grow and ask the server on every turn of the loop.
        {0ms, 8ms, {1, 2, 4, 8, 8}},
        {-5ms, -5ms, {1, 1, 1}},
    };
    for (const Row& row : rows) {
        INFO("first " << row.first.count() << " ms, ceiling " << row.ceiling.count() << " ms");
        CHECK(pauses(core::ReconnectBackoff(row.first, row.ceiling), static_cast<int>(row.expected.size())) ==
              row.expected);
    }
}

TEST_CASE("The default pace is 500 ms doubling to 30 s", "[notifications][backoff]") {
    const core::ReconnectBackoff backoff;
    CHECK(backoff.first() == 500ms);
    CHECK(backoff.ceiling() == 30s);
    CHECK(backoff.current() == 500ms);
    CHECK(backoff == core::ReconnectBackoff(500ms, 30s));
}

TEST_CASE("Once connected, the next loss starts over with the first pause", "[notifications][backoff]") {
    core::ReconnectBackoff backoff(100ms, 1s);
    backoff.recordFailure();
    backoff.recordFailure();
    REQUIRE(backoff.current() == 400ms);
    backoff.reset();
    CHECK(backoff.current() == 100ms);
    CHECK(backoff.first() == 100ms);
    CHECK(backoff.ceiling() == 1s);
}

TEST_CASE("The next pause never overflows, whatever the ceiling", "[notifications][backoff]") {
    const Delay huge{std::numeric_limits<Delay::rep>::max()};
    CHECK(core::ReconnectBackoff::after(huge / 2 + 1ms, huge) == huge);
    CHECK(core::ReconnectBackoff::after(huge / 2, huge) == huge - 1ms); // max is odd: twice the half
    CHECK(core::ReconnectBackoff::after(huge, huge) == huge);
    CHECK(core::ReconnectBackoff::after(3s, 1s) == 1s); // already past the ceiling: the ceiling
    core::ReconnectBackoff backoff(1ms, huge);
    for (int i = 0; i < 80; ++i)
        backoff.recordFailure();
    CHECK(backoff.current() == huge);
}
