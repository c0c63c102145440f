#pragma once

#include "common/Instant.h"

#include <QString>

namespace ruqsat::core {

// How a step (or a whole case) stands against its due moment (domain.md, "Working time and
// deadlines"). Amounts are working seconds: the clock runs only inside the office's schedule.
struct DeadlineStatus {
    enum class State {
        OnTime,  // more than the at-risk share of the working time is left (or it finished in time)
        AtRisk,  // open, not yet due, within the last share of its working time (default 25%)
        Overdue, // open past its due moment, or finished after it (recorded late, stays late)
    };

    State state = State::OnTime;
    Instant due;
    bool finished = false;
    // Working seconds from start to due: the whole normative time.
    qint64 totalSeconds = 0;
    // Working seconds from now (or the finish) to due; 0 once due.
    qint64 remainingSeconds = 0;
    // Working seconds from due to now (or the finish); 0 unless overdue. An overdue step can show 0
    // when its due moment passed outside working hours: it is late all the same.
    qint64 overdueSeconds = 0;

    friend bool operator==(const DeadlineStatus&, const DeadlineStatus&) = default;
};

// "on_time", "at_risk", "overdue"
QString deadlineStateName(DeadlineStatus::State state);

} // namespace ruqsat::core
