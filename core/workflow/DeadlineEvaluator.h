#pragma once

#include "common/Result.h"
#include "workflow/Case.h"
#include "workflow/DeadlineStatus.h"

#include <memory>
#include <optional>

namespace ruqsat::core {

class WorkingCalendar;

// Measures steps and cases against their due moments with the office's working calendar. The due
// moments themselves were fixed when the steps opened (WorkflowEngine) and are read from the case;
// only the remaining and overdue amounts depend on "now".
//
// Finishing exactly at the due moment is on time; a moment later is late (domain.md). A finished
// step is judged at its finish, so it never changes status afterwards.
class DeadlineEvaluator {
public:
    // `atRiskShare`: the last share of the working time in which an open step counts as at risk;
    // clamped to [0, 1]. 0.25 by default (the last quarter).
    explicit DeadlineEvaluator(std::shared_ptr<const WorkingCalendar> calendar, double atRiskShare = 0.25);

    Result<DeadlineStatus> evaluate(Instant start, Instant due, std::optional<Instant> finish, Instant now) const;
    Result<DeadlineStatus> step(const StepRecord& record, Instant now) const;
    // The total term: from submission to the case's due moment, finished when the case closed.
    Result<DeadlineStatus> wholeCase(const Case& state, Instant now) const;

    double atRiskShare() const { return m_atRiskShare; }

private:
    std::shared_ptr<const WorkingCalendar> m_calendar;
    double m_atRiskShare;
};

} // namespace ruqsat::core
