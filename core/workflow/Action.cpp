#include "workflow/Action.h"

using namespace Qt::StringLiterals;

namespace ruqsat::core {

const QList<ActionKind>& allActionKinds() {
    static const QList<ActionKind> kinds{ActionKind::Receive,         ActionKind::Register, ActionKind::RefuseAtIntake,
                                         ActionKind::Resolve,         ActionKind::Reassign, ActionKind::PrepareResult,
                                         ActionKind::ReturnForRework, ActionKind::Sign,     ActionKind::Dispatch};
    return kinds;
}

QString actionKindName(ActionKind kind) {
    switch (kind) {
    case ActionKind::Receive:
        return u"receive"_s;
    case ActionKind::Register:
        return u"register"_s;
    case ActionKind::RefuseAtIntake:
        return u"refuse_at_intake"_s;
    case ActionKind::Resolve:
        return u"resolve"_s;
    case ActionKind::Reassign:
        return u"reassign"_s;
    case ActionKind::PrepareResult:
        return u"prepare_result"_s;
    case ActionKind::ReturnForRework:
        return u"return_for_rework"_s;
    case ActionKind::Sign:
        return u"sign"_s;
    case ActionKind::Dispatch:
        return u"dispatch"_s;
    }
    return {};
}

std::optional<ActionKind> actionKindFromName(const QString& name) {
    for (ActionKind kind : allActionKinds()) {
        if (actionKindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

const ActionRule& actionRule(ActionKind kind) {
    static const QList<ActionRule> rules{
        {ActionKind::Receive, Role::Clerk, CaseState::None, CaseState::Registration},
        {ActionKind::Register, Role::Clerk, CaseState::Registration, CaseState::Resolution},
        {ActionKind::RefuseAtIntake, Role::Clerk, CaseState::Registration, CaseState::RefusedAtIntake},
        {ActionKind::Resolve, Role::Head, CaseState::Resolution, CaseState::Preparation},
        {ActionKind::Reassign, Role::Head, CaseState::Preparation, CaseState::Preparation},
        {ActionKind::PrepareResult, Role::Specialist, CaseState::Preparation, CaseState::Signing},
        {ActionKind::ReturnForRework, Role::Head, CaseState::Signing, CaseState::Preparation},
        {ActionKind::Sign, Role::Head, CaseState::Signing, CaseState::Dispatch},
        {ActionKind::Dispatch, Role::Clerk, CaseState::Dispatch, CaseState::Completed},
    };
    // The table lists the kinds in the order of the enum.
    return rules.at(static_cast<qsizetype>(kind));
}

Action Action::receive(CaseOpening opening) {
    Action action;
    action.kind = ActionKind::Receive;
    action.expectedVersion = 0;
    action.opening = std::move(opening);
    return action;
}

Action Action::registerCase(qint64 expectedVersion) {
    Action action;
    action.kind = ActionKind::Register;
    action.expectedVersion = expectedVersion;
    return action;
}

Action Action::refuseAtIntake(qint64 expectedVersion, QStringList missingDocuments, QString comment) {
    Action action;
    action.kind = ActionKind::RefuseAtIntake;
    action.expectedVersion = expectedVersion;
    action.missingDocuments = std::move(missingDocuments);
    action.text = std::move(comment);
    return action;
}

Action Action::resolve(qint64 expectedVersion, Actor assignee, QString resolutionText) {
    Action action;
    action.kind = ActionKind::Resolve;
    action.expectedVersion = expectedVersion;
    action.assignee = std::move(assignee);
    action.text = std::move(resolutionText);
    return action;
}

Action Action::reassign(qint64 expectedVersion, Actor assignee, QString comment) {
    Action action;
    action.kind = ActionKind::Reassign;
    action.expectedVersion = expectedVersion;
    action.assignee = std::move(assignee);
    action.text = std::move(comment);
    return action;
}

Action Action::prepareResult(qint64 expectedVersion, Decision decision) {
    Action action;
    action.kind = ActionKind::PrepareResult;
    action.expectedVersion = expectedVersion;
    action.decision = std::move(decision);
    return action;
}

Action Action::returnForRework(qint64 expectedVersion, QString comment) {
    Action action;
    action.kind = ActionKind::ReturnForRework;
    action.expectedVersion = expectedVersion;
    action.text = std::move(comment);
    return action;
}

Action Action::sign(qint64 expectedVersion, QString certificateSerial, QString documentDigest) {
    Action action;
    action.kind = ActionKind::Sign;
    action.expectedVersion = expectedVersion;
    action.certificateSerial = std::move(certificateSerial);
    action.documentDigest = std::move(documentDigest);
    return action;
}

Action Action::dispatch(qint64 expectedVersion) {
    Action action;
    action.kind = ActionKind::Dispatch;
    action.expectedVersion = expectedVersion;
    return action;
}

} // namespace ruqsat::core
