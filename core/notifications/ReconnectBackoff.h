#pragma once

#include <algorithm>
#include <chrono>

namespace ruqsat::core {

// How long to wait before the next attempt to reconnect a lost connection: a short first pause, doubled
// after every failed attempt up to a ceiling, and the first pause again once connected. An office server
// that is down should not be hammered by every workstation at once, yet one that is back should be found
// within seconds.
//
// A pure value: it keeps no time and runs no timer (core never waits, style.md "Time is injected"); the
// one who waits (ui's CaseChangeFeedDriver) asks it how long.
class ReconnectBackoff {
public:
    using Delay = std::chrono::milliseconds;

    static constexpr Delay defaultFirst{500};
    static constexpr Delay defaultCeiling{30000};

    constexpr ReconnectBackoff() = default;
    // A first pause under 1 ms is taken as 1 ms (a zero pause would never grow: the server would be asked
    // again on every turn of the event loop); a ceiling under the first pause is the first pause.
    constexpr ReconnectBackoff(Delay first, Delay ceiling)
        : m_first(std::max(first, Delay{1}))
        , m_ceiling(std::max(ceiling, m_first))
        , m_current(m_first) {}

    // The pause that follows `delay` after one more failed attempt: twice as long, at most `ceiling`.
    static constexpr Delay after(Delay delay, Delay ceiling) {
        return delay > ceiling / 2 ? ceiling : delay * 2; // compared before doubling: cannot overflow
    }

    constexpr Delay first() const { return m_first; }
    constexpr Delay ceiling() const { return m_ceiling; }
    // The pause before the next attempt.
    constexpr Delay current() const { return m_current; }

    // An attempt failed: the next pause is longer.
    constexpr void recordFailure() { m_current = after(m_current, m_ceiling); }
    // Connected (again): the next loss starts over with the first pause.
    constexpr void reset() { m_current = m_first; }

    friend constexpr bool operator==(const ReconnectBackoff&, const ReconnectBackoff&) = default;

private:
    Delay m_first = defaultFirst;
    Delay m_ceiling = defaultCeiling;
    Delay m_current = defaultFirst;
};

} // namespace ruqsat::core
