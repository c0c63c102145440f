#include "services/ServiceDefinition.h"

using namespace Qt::StringLiterals;

namespace ruqsat::core {

QString applicantIdKindName(ApplicantIdKind kind) {
    switch (kind) {
    case ApplicantIdKind::Iin:
        return u"iin"_s;
    case ApplicantIdKind::Bin:
        return u"bin"_s;
    case ApplicantIdKind::IinOrBin:
        return u"iin_or_bin"_s;
    }
    return {};
}

std::optional<ApplicantIdKind> applicantIdKindFromName(const QString& name) {
    for (ApplicantIdKind kind : {ApplicantIdKind::Iin, ApplicantIdKind::Bin, ApplicantIdKind::IinOrBin}) {
        if (applicantIdKindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

const ChecklistDocument* Checklist::document(const QString& code) const {
    for (const ChecklistDocument& candidate : documents) {
        if (candidate.code == code)
            return &candidate;
    }
    return nullptr;
}

const StepDefinition& ServiceDefinition::step(StepCode stepCode) const {
    for (const StepDefinition& definition : steps) {
        if (definition.code == stepCode)
            return definition;
    }
    // Unreachable for a definition that passed ServiceDefinitionJson: it has all five steps.
    Q_ASSERT_X(false, "ServiceDefinition::step", "definition without a canonical step");
    return steps.first();
}

const Checklist* ServiceDefinition::checklist(const QString& variant) const {
    for (const Checklist& list : checklists) {
        if (list.variant == variant)
            return &list;
    }
    return nullptr;
}

const ChecklistDocument* ServiceDefinition::document(const QString& documentCode) const {
    for (const Checklist& list : checklists) {
        if (const ChecklistDocument* found = list.document(documentCode))
            return found;
    }
    return nullptr;
}

const RefusalGround* ServiceDefinition::refusalGround(const QString& groundCode) const {
    for (const RefusalGround& ground : refusalGrounds) {
        if (ground.code == groundCode)
            return &ground;
    }
    return nullptr;
}

} // namespace ruqsat::core
