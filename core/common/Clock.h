#pragma once

#include "common/Instant.h"

namespace ruqsat::core {

// Where "now" comes from. Nothing in core reads the wall clock except SystemClock, so tests can move
// time across weekends and holidays with a fake clock.
class Clock {
public:
    virtual ~Clock() = default;
    virtual Instant now() const = 0;
};

class SystemClock final : public Clock {
public:
    Instant now() const override {
        return std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now());
    }
};

} // namespace ruqsat::core
