#pragma once

#include "common/Result.h"
#include "services/Role.h"
#include "workflow/Action.h"
#include "workflow/CaseState.h"

#include <QJsonObject>
#include <QString>

namespace ruqsat::core {

// One allowed action, as it happened: immutable, numbered within its case (1, 2, ...; the case's row
// version after applying it). The store keeps events as jsonb in exactly the shape of toJson(), and
// the SQL functions produce the same shape:
//   {"sequence": 3, "actor": "head1", "role": "head", "at": "2024-10-15T10:00:00Z",
//    "action": "resolve", "from_step": "resolution", "to_step": "preparation", "payload": {...}}
// Instants are UTC, ISO 8601, to the second. Payload per action (all keys always present):
//   receive           service_code, service_version, office_id, channel, submitted_at, received_at,
//                     applicants [{role, id_number, name, phone, email, address}], object_data {},
//                     checklist_variant, checklist {code: provided}, case_due, step_due
//   register          step_due
//   refuse_at_intake  missing_documents [codes], comment
//   resolve           assignee, resolution, step_due
//   reassign          previous_assignee, assignee, comment
//   prepare_result    decision {kind: issue|refuse, result_fields {}, grounds [codes], motivation},
//                     step_due
//   return_for_rework comment, step_due
//   sign              certificate_serial, document_digest, step_due
//   dispatch          (empty)
// step_due is the due moment of the step the event opens (to_step); see WorkflowEngine.h.
struct Event {
    qint64 sequence = 0;
    QString actorLogin;
    Role role = Role::Clerk; // the role the actor acted in
    Instant at;
    ActionKind action = ActionKind::Register;
    CaseState fromState = CaseState::None;
    CaseState toState = CaseState::None;
    QJsonObject payload;

    QJsonObject toJson() const;
    // Lossless: fromJson(e.toJson()) == e. Malformed input fails with reason invalid_event.
    static Result<Event> fromJson(const QJsonObject& json);

    friend bool operator==(const Event&, const Event&) = default;
};

} // namespace ruqsat::core
