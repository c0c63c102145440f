#include "workflow/CaseState.h"

using namespace Qt::StringLiterals;

namespace ruqsat::core {

QString caseStateName(CaseState state) {
    if (const std::optional<StepCode> step = stepOf(state))
        return stepCodeName(*step);
    switch (state) {
    case CaseState::None:
        return u"none"_s;
    case CaseState::Completed:
        return u"completed"_s;
    case CaseState::RefusedAtIntake:
        return u"refused_at_intake"_s;
    default:
        return {};
    }
}

std::optional<CaseState> caseStateFromName(const QString& name) {
    for (CaseState state :
         {CaseState::None, CaseState::Registration, CaseState::Resolution, CaseState::Preparation, CaseState::Signing,
          CaseState::Dispatch, CaseState::Completed, CaseState::RefusedAtIntake}) {
        if (caseStateName(state) == name)
            return state;
    }
    return std::nullopt;
}

bool isTerminal(CaseState state) {
    return state == CaseState::Completed || state == CaseState::RefusedAtIntake;
}

std::optional<StepCode> stepOf(CaseState state) {
    switch (state) {
    case CaseState::Registration:
        return StepCode::Registration;
    case CaseState::Resolution:
        return StepCode::Resolution;
    case CaseState::Preparation:
        return StepCode::Preparation;
    case CaseState::Signing:
        return StepCode::Signing;
    case CaseState::Dispatch:
        return StepCode::Dispatch;
    case CaseState::None:
    case CaseState::Completed:
    case CaseState::RefusedAtIntake:
        break;
    }
    return std::nullopt;
}

CaseState stateOf(StepCode step) {
    switch (step) {
    case StepCode::Registration:
        return CaseState::Registration;
    case StepCode::Resolution:
        return CaseState::Resolution;
    case StepCode::Preparation:
        return CaseState::Preparation;
    case StepCode::Signing:
        return CaseState::Signing;
    case StepCode::Dispatch:
        return CaseState::Dispatch;
    }
    return CaseState::None;
}

} // namespace ruqsat::core
