#include "services/StepCode.h"

using namespace Qt::StringLiterals;

namespace ruqsat::core {

QString stepCodeName(StepCode step) {
    switch (step) {
    case StepCode::Registration:
        return u"registration"_s;
    case StepCode::Resolution:
        return u"resolution"_s;
    case StepCode::Preparation:
        return u"preparation"_s;
    case StepCode::Signing:
        return u"signing"_s;
    case StepCode::Dispatch:
        return u"dispatch"_s;
    }
    return {};
}

std::optional<StepCode> stepCodeFromName(const QString& name) {
    for (const CanonicalStep& step : canonicalSteps()) {
        if (stepCodeName(step.code) == name)
            return step.code;
    }
    return std::nullopt;
}

const QList<CanonicalStep>& canonicalSteps() {
    static const QList<CanonicalStep> steps{
        {StepCode::Registration, Role::Clerk, {u"register"_s, u"refuse_at_intake"_s}},
        {StepCode::Resolution, Role::Head, {u"resolve"_s}},
        {StepCode::Preparation, Role::Specialist, {u"prepare_result"_s}},
        {StepCode::Signing, Role::Head, {u"sign"_s, u"return_for_rework"_s}},
        {StepCode::Dispatch, Role::Clerk, {u"dispatch"_s}},
    };
    return steps;
}

const CanonicalStep& canonicalStep(StepCode step) {
    return canonicalSteps().at(static_cast<qsizetype>(step));
}

} // namespace ruqsat::core
