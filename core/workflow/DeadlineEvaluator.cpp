#include "workflow/DeadlineEvaluator.h"

#include "calendar/WorkingCalendar.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ruqsat::core {

QString deadlineStateName(DeadlineStatus::State state) {
    switch (state) {
    case DeadlineStatus::State::OnTime:
        return u"on_time"_s;
    case DeadlineStatus::State::AtRisk:
        return u"at_risk"_s;
    case DeadlineStatus::State::Overdue:
        return u"overdue"_s;
    }
    return {};
}

DeadlineEvaluator::DeadlineEvaluator(std::shared_ptr<const WorkingCalendar> calendar, double atRiskShare)
    : m_calendar(std::move(calendar))
    , m_atRiskShare(std::clamp(atRiskShare, 0.0, 1.0)) {}

Result<DeadlineStatus> DeadlineEvaluator::evaluate(Instant start, Instant due, std::optional<Instant> finish,
                                                   Instant now) const {
    DeadlineStatus status;
    status.due = due;
    status.finished = finish.has_value();
    const Instant at = finish.value_or(now);

    const Result<qint64> total = m_calendar->workingSecondsBetween(start, due);
    if (!total)
        return total.error();
    status.totalSeconds = *total;

    if (at > due) {
        const Result<qint64> overdue = m_calendar->workingSecondsBetween(due, at);
        if (!overdue)
            return overdue.error();
        status.state = DeadlineStatus::State::Overdue;
        status.overdueSeconds = *overdue;
        return status;
    }
    const Result<qint64> remaining = m_calendar->workingSecondsBetween(at, due);
    if (!remaining)
        return remaining.error();
    status.remainingSeconds = *remaining;
    // At risk: open, and no more than the share of the normative working time is left. Compared in
    // integers of seconds scaled by 1000 so that 25% of an odd number of seconds is not rounded away.
    const qint64 shareMillis = static_cast<qint64>(m_atRiskShare * 1000.0 + 0.5);
    const bool atRisk = !status.finished && status.remainingSeconds * 1000 <= status.totalSeconds * shareMillis;
    status.state = atRisk ? DeadlineStatus::State::AtRisk : DeadlineStatus::State::OnTime;
    return status;
}

Result<DeadlineStatus> DeadlineEvaluator::step(const StepRecord& record, Instant now) const {
    return evaluate(record.start, record.due, record.finish, now);
}

Result<DeadlineStatus> DeadlineEvaluator::wholeCase(const Case& state, Instant now) const {
    return evaluate(state.submittedAt, state.caseDue, state.closedAt, now);
}

} // namespace ruqsat::core
