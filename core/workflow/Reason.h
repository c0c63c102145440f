#pragma once

#include "common/Error.h"

#include <QList>
#include <QString>

#include <optional>

namespace ruqsat::core {

// Why the workflow refused an action. The code (Error.reason) is stable and shared with the SQL API:
// the database functions return the same code for the same refusal, and tests/data/workflow runs the
// same rule tables against both. WorkflowEngine checks in this order and reports the first failure:
//   wrong_role, wrong_office, stale_version, time_before_last_event, case_closed, wrong_step,
//   then the action's own preconditions (see WorkflowEngine.h).
enum class Reason {
    // -- who ---------------------------------------------------------------------------------------
    WrongRole,   // permission_denied: the actor lacks the role the action needs (supervisor and
                 // administrator alone never have it)
    WrongOffice, // permission_denied: the actor belongs to another office than the case
    NotAssignee, // permission_denied: prepare_result by a specialist who is not the case's assignee
    // -- when --------------------------------------------------------------------------------------
    StaleVersion,        // conflict: the case changed since the caller read it (row version differs)
    TimeBeforeLastEvent, // invalid_argument: "now" is earlier than the case's last event
    CaseClosed,          // precondition_failed: the case is completed or refused at intake
    WrongStep,           // precondition_failed: the case is not at the step this action belongs to
    WrongChannel,        // precondition_failed: the channel does not allow it (refusal at intake on
                         // the portal; a service received through a channel it does not offer)
    MissingResult,       // precondition_failed: signing without a prepared result
    MissingSignature,    // precondition_failed: dispatch without a signature
    // -- what -------------------------------------------------------------------------------------
    InvalidAssignee,       // invalid_argument: the assignee is not a specialist of the case's office,
                           // or a reassignment names the current assignee
    MissingResolutionText, // invalid_argument: resolve without a resolution text
    MissingDocuments,      // invalid_argument: refusal at intake that names no missing document
    UnknownDocument,       // invalid_argument: a document code not in the case's checklist
    MissingGrounds,        // invalid_argument: refusal without a ground
    UnknownGround,         // invalid_argument: a ground code not in the case's service version
    MissingMotivation,     // invalid_argument: refusal without a motivation text
    MissingResultFields,   // invalid_argument: "issue" without result fields
    InvalidDecision,       // invalid_argument: a decision that mixes issue and refusal data
    MissingComment,        // invalid_argument: return for rework without a comment
    UnknownService,        // invalid_argument: no such service (version in force at submission)
    UnknownChecklist,      // invalid_argument: no such checklist variant in the service version
    InvalidApplicant,      // invalid_argument: applicants missing, extra, unnamed, or a bad IIN/BIN
    InvalidDates,          // invalid_argument: not submittedAt <= receivedAt <= now
    // -- data --------------------------------------------------------------------------------------
    InvalidEvent, // data_error: a stored event does not fit the case it is applied to
};

// "wrong_role", "stale_version", ...
QString reasonCode(Reason reason);
std::optional<Reason> reasonFromCode(const QString& code);
const QList<Reason>& allReasons();
ErrorCode reasonErrorCode(Reason reason);
// The translated sentence for the user; `detail` (already translated) is appended when given.
QString reasonMessage(Reason reason);
Error reasonError(Reason reason, const QString& detail = {});

} // namespace ruqsat::core
