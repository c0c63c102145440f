#pragma once

#include "services/StepCode.h"

#include <QString>

#include <optional>

namespace ruqsat::core {

// Where a case stands: not yet received, at one of the five steps, or closed. Names are stable
// (events, database): "none", the step codes, "completed", "refused_at_intake".
enum class CaseState {
    None,
    Registration,
    Resolution,
    Preparation,
    Signing,
    Dispatch,
    Completed,       // the result was dispatched
    RefusedAtIntake, // the clerk refused an incomplete State Corporation package
};

QString caseStateName(CaseState state);
std::optional<CaseState> caseStateFromName(const QString& name);
bool isTerminal(CaseState state);
// The step a state is at, or nothing for none and the closed states.
std::optional<StepCode> stepOf(CaseState state);
CaseState stateOf(StepCode step);

} // namespace ruqsat::core
