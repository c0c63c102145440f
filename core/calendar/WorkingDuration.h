#pragma once

#include "common/Result.h"

#include <QString>

namespace ruqsat::core {

// A normative duration of the regulation: working minutes, working hours or working days.
// Minutes and hours count working time inside the schedule; days count whole working days with the
// legal rule (the day of receipt is not counted; the term ends at close of business of the N-th
// working day). Written "15m", "3h", "8d".
struct WorkingDuration {
    enum class Unit { Minutes, Hours, Days };

    int amount = 0;
    Unit unit = Unit::Minutes;

    static Result<WorkingDuration> parse(const QString& text);
    QString toString() const;
    // Working minutes for Minutes and Hours; not meaningful for Days.
    qint64 workingMinutes() const;

    friend bool operator==(const WorkingDuration&, const WorkingDuration&) = default;
};

} // namespace ruqsat::core
