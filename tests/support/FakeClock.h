#pragma once

#include "common/Clock.h"

namespace ruqsat::test {

// A clock the test sets and moves by hand, across weekends and holidays.
class FakeClock final : public core::Clock {
public:
    explicit FakeClock(core::Instant start = {})
        : m_now(start) {}

    core::Instant now() const override { return m_now; }
    void set(core::Instant instant) { m_now = instant; }
    void advance(std::chrono::seconds by) { m_now += by; }

private:
    core::Instant m_now;
};

} // namespace ruqsat::test
