#pragma once

#include "workflow/Actor.h"
#include "workflow/Case.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ruqsat::core {

// The things a user can do to a case (issue 4). Names are stable: events and the SQL API use them.
enum class ActionKind {
    Receive,         // clerk: the documents reach the office; the case starts at registration
    Register,        // clerk: step 1 done, to the head
    RefuseAtIntake,  // clerk: incomplete State Corporation package; the case ends
    Resolve,         // head: step 2 done, resolution to a specialist
    Reassign,        // head: during preparation, to another specialist; the step clock continues
    PrepareResult,   // the assigned specialist: step 3 done, draft result to the head
    ReturnForRework, // head: the draft goes back to preparation with a comment
    Sign,            // head: step 4 done, signed result to the clerk
    Dispatch,        // clerk: step 5 done, the case is completed
};

QString actionKindName(ActionKind kind); // "receive", "register", "refuse_at_intake", ...
std::optional<ActionKind> actionKindFromName(const QString& name);
const QList<ActionKind>& allActionKinds();

// Who may take an action and where it leads: the state machine of issue 4 in one table, used by the
// engine that decides and by the projection that checks stored events. Regulation paragraph 5 fixes
// the steps and their owners; the refusal at intake, the reassignment and the return for rework are
// product rules (domain.md).
struct ActionRule {
    ActionKind kind;
    Role role;      // the role the actor must hold (and acts in)
    CaseState from; // the only state the action is allowed in
    CaseState to;   // the state it leads to
};
const ActionRule& actionRule(ActionKind kind);

// One request to change a case, with what the user entered. Only the fields of its kind matter;
// the named constructors fill them. `expectedVersion` is the case's row version the user saw
// (0 for a case not yet received): a stale one is refused with stale_version.
struct Action {
    ActionKind kind = ActionKind::Register;
    qint64 expectedVersion = 0;

    CaseOpening opening;           // receive
    QStringList missingDocuments;  // refuse_at_intake: checklist codes
    std::optional<Actor> assignee; // resolve, reassign: the specialist, as the caller resolved it
    // resolve: the resolution; refuse_at_intake, reassign, return_for_rework: the comment.
    QString text;
    Decision decision;         // prepare_result
    QString certificateSerial; // sign
    QString documentDigest;    // sign

    static Action receive(CaseOpening opening);
    static Action registerCase(qint64 expectedVersion);
    static Action refuseAtIntake(qint64 expectedVersion, QStringList missingDocuments, QString comment = {});
    static Action resolve(qint64 expectedVersion, Actor assignee, QString resolutionText);
    static Action reassign(qint64 expectedVersion, Actor assignee, QString comment = {});
    static Action prepareResult(qint64 expectedVersion, Decision decision);
    static Action returnForRework(qint64 expectedVersion, QString comment);
    static Action sign(qint64 expectedVersion, QString certificateSerial = {}, QString documentDigest = {});
    static Action dispatch(qint64 expectedVersion);
};

} // namespace ruqsat::core
