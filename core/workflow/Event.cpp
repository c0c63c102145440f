#include "workflow/Event.h"

#include "workflow/EventPayload.h"
#include "workflow/Reason.h"

#include <QCoreApplication>

#include <cmath>

using namespace Qt::StringLiterals;

namespace ruqsat::core {

QJsonObject Event::toJson() const {
    return QJsonObject{
        {u"sequence"_s, sequence},
        {u"actor"_s, actorLogin},
        {u"role"_s, roleName(role)},
        {u"at"_s, EventPayload::instant(at)},
        {u"action"_s, actionKindName(action)},
        {u"from_step"_s, caseStateName(fromState)},
        {u"to_step"_s, caseStateName(toState)},
        {u"payload"_s, payload},
    };
}

Result<Event> Event::fromJson(const QJsonObject& json) {
    const auto malformed = [](const QString& field) {
        return reasonError(Reason::InvalidEvent,
                           QCoreApplication::translate("Event", "The field '%1' is missing or malformed.").arg(field));
    };
    Event event;
    const QJsonValue sequence = json.value(u"sequence"_s);
    // Sequences are small whole numbers; a double holds them exactly.
    if (!sequence.isDouble() || sequence.toDouble() < 1 || std::floor(sequence.toDouble()) != sequence.toDouble())
        return malformed(u"sequence"_s);
    event.sequence = sequence.toInteger();
    if (!json.value(u"actor"_s).isString())
        return malformed(u"actor"_s);
    event.actorLogin = json.value(u"actor"_s).toString();
    const std::optional<Role> role = roleFromName(json.value(u"role"_s).toString());
    if (!role)
        return malformed(u"role"_s);
    event.role = *role;
    const std::optional<Instant> at = EventPayload::instant(json.value(u"at"_s));
    if (!at)
        return malformed(u"at"_s);
    event.at = *at;
    const std::optional<ActionKind> action = actionKindFromName(json.value(u"action"_s).toString());
    if (!action)
        return malformed(u"action"_s);
    event.action = *action;
    const std::optional<CaseState> from = caseStateFromName(json.value(u"from_step"_s).toString());
    if (!from)
        return malformed(u"from_step"_s);
    event.fromState = *from;
    const std::optional<CaseState> to = caseStateFromName(json.value(u"to_step"_s).toString());
    if (!to)
        return malformed(u"to_step"_s);
    event.toState = *to;
    if (!json.value(u"payload"_s).isObject())
        return malformed(u"payload"_s);
    event.payload = json.value(u"payload"_s).toObject();
    return event;
}

} // namespace ruqsat::core
