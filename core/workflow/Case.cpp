#include "workflow/Case.h"

using namespace Qt::StringLiterals;

namespace ruqsat::core {

QString decisionKindName(Decision::Kind kind) {
    return kind == Decision::Kind::Issue ? u"issue"_s : u"refuse"_s;
}

std::optional<Decision::Kind> decisionKindFromName(const QString& name) {
    if (name == u"issue"_s)
        return Decision::Kind::Issue;
    if (name == u"refuse"_s)
        return Decision::Kind::Refuse;
    return std::nullopt;
}

const StepRecord* Case::currentStep() const {
    if (steps.isEmpty() || !steps.last().isOpen())
        return nullptr;
    return &steps.last();
}

} // namespace ruqsat::core
