#pragma once

#include "common/Result.h"
#include "services/ServiceCatalogue.h"
#include "workflow/Action.h"
#include "workflow/Actor.h"
#include "workflow/Case.h"
#include "workflow/Event.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <memory>

namespace ruqsat::core {

class WorkingCalendar;

// Decides whether an actor may take an action on a case, and if so which event records it. Pure:
// no storage, no clock (the caller passes "now"), no mutation; CaseProjection::apply turns the event
// into the new case. One engine serves one office: it holds that office's working calendar and time
// zone, and the catalogue of service versions.
//
// Checks, in this order; the first failure is returned with its reason (Reason.h):
//  1. wrong_role      the actor lacks the action's role (ActionRule); supervisor and administrator
//                     alone never have one
//  2. wrong_office    the actor's office differs from the case's (for receive: the opening's)
//  3. stale_version   action.expectedVersion differs from the case's row version
//  4. time_before_last_event  now is earlier than the case's last event
//  5. case_closed     the case is completed or refused at intake
//  6. wrong_step      the case is not in the action's state (ActionRule::from)
//  7. the action's preconditions:
//     receive           unknown_service (none in force on the submission date in the office's
//                       zone), wrong_channel (the service does not offer the channel), invalid_dates
//                       (not submittedAt <= receivedAt <= now), invalid_applicant (not exactly the
//                       definition's applicant roles, a name missing, or an IIN/BIN that fails
//                       validation or is of the wrong kind), unknown_checklist, unknown_document
//     refuse_at_intake  wrong_channel (State Corporation only: on the portal the clerk has no paper
//                       package to refuse), missing_documents, unknown_document
//     resolve           invalid_assignee (not a specialist of the case's office), missing_resolution_text
//     reassign          invalid_assignee (also: the current assignee)
//     prepare_result    not_assignee; issue: invalid_decision (grounds or motivation given),
//                       missing_result_fields; refuse: invalid_decision (result fields given),
//                       missing_grounds, unknown_ground, missing_motivation
//     return_for_rework missing_comment
//     sign              missing_result
//     dispatch          missing_signature
// Calendar failures (an instant outside the calendar's years) come back as the calendar's error.
//
// Due moments (domain.md, "Working time and deadlines"), written into the events:
//  - the case: due(submittedAt, total term) -- the term runs from the submission at the State
//    Corporation or on the portal (regulation paragraph 5, "срок оказания") and never restarts;
//  - registration: due(receivedAt, its duration) -- step 1 runs from the receipt at the office;
//  - every later step: due(the moment the previous step closed, its duration);
//  - reassign: the preparation record keeps its start and due (the clock continues);
//  - return_for_rework: the reopened preparation record starts at the return but keeps the due
//    moment of the case's FIRST preparation record. Decision: the 8 (or 1) working days cover the
//    whole preparation of the result, rework included; a return must not buy the specialist a new
//    term, so a return after that moment makes the step overdue at once. Signing, when reached
//    again, gets a fresh due from its new start, as the head's hour is per draft.
class WorkflowEngine {
    Q_DECLARE_TR_FUNCTIONS(WorkflowEngine)

public:
    WorkflowEngine(ServiceCatalogue catalogue, std::shared_ptr<const WorkingCalendar> calendar, QTimeZone officeZone);

    Result<Event> decide(const Case& state, const Actor& actor, const Action& action, Instant now) const;

    const ServiceCatalogue& catalogue() const { return m_catalogue; }

private:
    Result<QJsonObject> decideReceive(const Action& action, Instant now) const;
    Result<QJsonObject> decideStep(const Case& state, const ServiceDefinition& definition, const Actor& actor,
                                   const Action& action, Instant now) const;
    Result<Instant> due(Instant start, const WorkingDuration& duration) const;

    ServiceCatalogue m_catalogue;
    std::shared_ptr<const WorkingCalendar> m_calendar;
    QTimeZone m_zone;
};

} // namespace ruqsat::core
