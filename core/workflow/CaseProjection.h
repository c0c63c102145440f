#pragma once

#include "common/Result.h"
#include "workflow/Case.h"
#include "workflow/Event.h"

#include <QList>

namespace ruqsat::core {

// Builds a case from its events. apply() needs nothing but the case and the event: every moment it
// records (due moments included) is in the event, so replaying a stored history gives the same case
// whatever the calendar says today (domain.md: edits of the calendar must not silently rewrite
// deadlines already communicated).
//
// apply() returns a Result rather than a bare Case because events also come from storage: an event
// whose sequence is not the case's version + 1, whose from-step is not the case's state, or whose
// payload is malformed is rejected with reason invalid_event instead of producing a wrong case.
class CaseProjection {
public:
    static Result<Case> apply(Case state, const Event& event);
    // From the empty case; the events in sequence order.
    static Result<Case> replay(const QList<Event>& events);
};

} // namespace ruqsat::core
