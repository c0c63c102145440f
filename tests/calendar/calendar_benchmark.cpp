// calendar_benchmark: median nanoseconds per call of WorkingCalendar::due (15m, 3h, 8d, 10d) from
// random starts across 2017-2026, and of workingSecondsBetween for random pairs up to 10 years apart.
// Fixed seed; each figure is the median over batches of the average time per call in the batch.
// Target: under 1000 ns each (design card, issue 3). Run by hand: timings on a shared machine are not
// a pass/fail test.
#include "calendar/CalendarData.h"
#include "calendar/OfficeSchedule.h"
#include "calendar/WorkingCalendar.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <random>
#include <vector>

using namespace ruqsat::core;

namespace {

constexpr size_t callsPerBatch = 20000;
constexpr int batches = 101;

qint64 localSeconds(int year, int month, int day) {
    return QDateTime(QDate(year, month, day), QTime(0, 0), OfficeSchedule::standard().timeZone()).toSecsSinceEpoch();
}

// Median over the batches of the average nanoseconds per call; `call(i)` returns something to keep.
double medianNanoseconds(const std::function<qint64(size_t)>& call) {
    volatile qint64 sink = 0;
    std::vector<double> averages;
    for (int batch = 0; batch < batches; ++batch) {
        qint64 sum = 0;
        const auto begin = std::chrono::steady_clock::now();
        for (size_t i = 0; i < callsPerBatch; ++i)
            sum += call(i);
        const auto end = std::chrono::steady_clock::now();
        sink = sink + sum;
        averages.push_back(std::chrono::duration<double, std::nano>(end - begin).count() / callsPerBatch);
    }
    std::nth_element(averages.begin(), averages.begin() + batches / 2, averages.end());
    return averages[batches / 2];
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const auto data = CalendarData::shipped();
    if (!data) {
        std::fprintf(stderr, "%s\n", qPrintable(data.error().message));
        return 1;
    }
    const auto buildStart = std::chrono::steady_clock::now();
    const auto built = WorkingCalendar::build(*data, OfficeSchedule::standard());
    const auto buildEnd = std::chrono::steady_clock::now();
    if (!built) {
        std::fprintf(stderr, "%s\n", qPrintable(built.error().message));
        return 1;
    }
    const WorkingCalendar& calendar = **built;

    std::mt19937_64 random(20261203);
    const qint64 from = localSeconds(2017, 1, 1);
    const qint64 to = localSeconds(2027, 1, 1);
    const qint64 lastCovered = calendar.coveredUntil().time_since_epoch().count();
    constexpr qint64 tenYears = 3653LL * 86400;
    std::uniform_int_distribution<qint64> pickStart(from, to - 1);
    std::uniform_int_distribution<qint64> pickSpan(0, tenYears);

    std::vector<Instant> starts(callsPerBatch);
    std::vector<std::pair<Instant, Instant>> pairs(callsPerBatch);
    for (size_t i = 0; i < callsPerBatch; ++i) {
        starts[i] = Instant{std::chrono::seconds{pickStart(random)}};
        const qint64 a = pickStart(random);
        const qint64 b = std::min(a + pickSpan(random), lastCovered);
        pairs[i] = {Instant{std::chrono::seconds{a}}, Instant{std::chrono::seconds{b}}};
    }

    std::printf("calendar_benchmark: %zu calls per batch, median of %d batches, ns per call\n", callsPerBatch, batches);
    std::printf("  build (shipped data, standard schedule): %.0f us\n",
                std::chrono::duration<double, std::micro>(buildEnd - buildStart).count());
    const std::pair<const char*, WorkingDuration> durations[] = {
        {"due 15m", {15, WorkingDuration::Unit::Minutes}},
        {"due 3h", {3, WorkingDuration::Unit::Hours}},
        {"due 8d", {8, WorkingDuration::Unit::Days}},
        {"due 10d", {10, WorkingDuration::Unit::Days}},
    };
    for (const auto& [name, duration] : durations) {
        const WorkingDuration d = duration;
        const double ns = medianNanoseconds([&](size_t i) {
            const auto due = calendar.due(starts[i], d);
            return due ? due->time_since_epoch().count() : 0;
        });
        std::printf("  %-36s %8.1f\n", name, ns);
    }
    const double between = medianNanoseconds([&](size_t i) {
        const auto seconds = calendar.workingSecondsBetween(pairs[i].first, pairs[i].second);
        return seconds ? *seconds : 0;
    });
    std::printf("  %-36s %8.1f\n", "workingSecondsBetween (<= 10 years)", between);
    return 0;
}
