#pragma once

#include "services/Role.h"
#include "store/CaseQueries.h"
#include "workflow/Actor.h"

#include <QList>
#include <QString>

namespace ruqsat::core {

// The work queues of the role screens (issue 6): which cases each role works on, as selections for
// CaseQueries. Regulation paragraph 5 gives each step its owner, so each queue is the step its role
// owns; "In preparation" lets the head see the work they may reassign, and a supervisor watches every
// open case of the offices they see.
enum class QueueKind {
    MyRegistrations, // clerk: cases at registration (step 1)
    Dispatch,        // clerk: signed results to send (step 5)
    Incoming,        // head: cases waiting for a resolution (step 2)
    Signing,         // head: prepared results to sign or return (step 4)
    InPreparation,   // head: cases with a specialist (step 3), for reassigning
    MyCases,         // specialist: cases assigned to them at preparation (step 3)
    AllOpen,         // supervisor: every open case of the offices they see
};

// Stable names: "my_registrations", "dispatch", "incoming", "signing", "in_preparation", "my_cases",
// "all_open" (object names of the screens, settings keys).
QString queueKindName(QueueKind kind);

struct QueueSpec {
    QueueKind kind;
    Role role;
    CaseSelection selection;
};

class CaseQueues {
public:
    // The roles of the actor that have a screen, in the order clerk, head, specialist, supervisor.
    // Administration has its own tools (ruqsat-admin) and no queue.
    static QList<Role> screens(const Actor& actor);
    // The queues of one role screen, in display order; empty for a role the actor does not hold.
    static QList<QueueSpec> forRole(const Actor& actor, Role role);
};

} // namespace ruqsat::core
