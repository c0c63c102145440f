#include "workflow/CaseProjection.h"

#include "workflow/EventPayload.h"
#include "workflow/Reason.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ruqsat::core {

namespace {

Error malformed(const Event& event, const QString& field) {
    return reasonError(Reason::InvalidEvent,
                       QCoreApplication::translate("CaseProjection", "Event %1 (%2): '%3' is missing or malformed.")
                           .arg(event.sequence)
                           .arg(actionKindName(event.action), field));
}

// Reads the payload fields of one event and remembers the first malformed one.
class PayloadReader {
public:
    explicit PayloadReader(const Event& event)
        : m_event(event) {}

    const std::optional<Error>& error() const { return m_error; }

    QString string(const QString& key) {
        const QJsonValue value = m_event.payload.value(key);
        if (!value.isString())
            fail(key);
        return value.toString();
    }

    Instant instant(const QString& key) {
        const std::optional<Instant> value = EventPayload::instant(m_event.payload.value(key));
        if (!value)
            fail(key);
        return value.value_or(Instant{});
    }

    QStringList strings(const QString& key) {
        const std::optional<QStringList> value = EventPayload::stringList(m_event.payload.value(key));
        if (!value)
            fail(key);
        return value.value_or(QStringList{});
    }

    void fail(const QString& key) {
        if (!m_error)
            m_error = malformed(m_event, key);
    }

private:
    const Event& m_event;
    std::optional<Error> m_error;
};

// Closes the open step record at the event's moment. Late iff finished after its due moment:
// finishing exactly at the due moment is on time (domain.md, "Overdue means the due moment has
// passed").
void closeStep(Case& state, const Event& event) {
    StepRecord& record = state.steps.last();
    record.finish = event.at;
    record.actor = event.actorLogin;
    record.late = event.at > record.due;
}

void openStep(Case& state, StepCode step, Instant start, Instant due) {
    state.steps.append(StepRecord{step, start, due, std::nullopt, {}, false});
}

void closeCase(Case& state, const Event& event) {
    state.closedAt = event.at;
    state.late = event.at > state.caseDue;
}

Status applyReceive(Case& state, const Event& event) {
    PayloadReader read(event);
    const QJsonObject& payload = event.payload;
    state.serviceCode = read.string(u"service_code"_s);
    const QJsonValue version = payload.value(u"service_version"_s);
    if (!version.isDouble() || version.toInt() < 1)
        read.fail(u"service_version"_s);
    state.serviceVersion = version.toInt();
    state.officeId = read.string(u"office_id"_s);
    const std::optional<Channel> channel = channelFromName(payload.value(u"channel"_s).toString());
    if (!channel)
        read.fail(u"channel"_s);
    state.channel = channel.value_or(Channel::Portal);
    state.submittedAt = read.instant(u"submitted_at"_s);
    state.receivedAt = read.instant(u"received_at"_s);
    const QJsonValue applicants = payload.value(u"applicants"_s);
    if (!applicants.isArray())
        read.fail(u"applicants"_s);
    for (const QJsonValue& item : applicants.toArray()) {
        const std::optional<Applicant> applicant = EventPayload::applicant(item);
        if (!applicant)
            read.fail(u"applicants"_s);
        else
            state.applicants.append(*applicant);
    }
    if (!payload.value(u"object_data"_s).isObject())
        read.fail(u"object_data"_s);
    state.objectData = payload.value(u"object_data"_s).toObject();
    state.checklistVariant = read.string(u"checklist_variant"_s);
    const std::optional<QMap<QString, bool>> checklist = EventPayload::checklist(payload.value(u"checklist"_s));
    if (!checklist)
        read.fail(u"checklist"_s);
    state.checklist = checklist.value_or(QMap<QString, bool>{});
    state.caseDue = read.instant(u"case_due"_s);
    openStep(state, StepCode::Registration, state.receivedAt, read.instant(u"step_due"_s));
    if (read.error())
        return *read.error();
    return {};
}

Status applyTransition(Case& state, const Event& event) {
    PayloadReader read(event);
    switch (event.action) {
    case ActionKind::Receive:
        return applyReceive(state, event);
    case ActionKind::Register:
        closeStep(state, event);
        openStep(state, StepCode::Resolution, event.at, read.instant(u"step_due"_s));
        break;
    case ActionKind::RefuseAtIntake:
        closeStep(state, event);
        state.intakeRefusal = IntakeRefusal{read.strings(u"missing_documents"_s), read.string(u"comment"_s)};
        closeCase(state, event);
        break;
    case ActionKind::Resolve:
        closeStep(state, event);
        state.assignee = read.string(u"assignee"_s);
        state.resolutionText = read.string(u"resolution"_s);
        openStep(state, StepCode::Preparation, event.at, read.instant(u"step_due"_s));
        break;
    case ActionKind::Reassign:
        // The step clock continues: the open preparation record keeps its start and due.
        state.assignee = read.string(u"assignee"_s);
        break;
    case ActionKind::PrepareResult: {
        const std::optional<Decision> decision = EventPayload::decision(event.payload.value(u"decision"_s));
        if (!decision)
            read.fail(u"decision"_s);
        closeStep(state, event);
        state.decision = decision;
        openStep(state, StepCode::Signing, event.at, read.instant(u"step_due"_s));
        break;
    }
    case ActionKind::ReturnForRework:
        closeStep(state, event);
        state.reworkComment = read.string(u"comment"_s);
        openStep(state, StepCode::Preparation, event.at, read.instant(u"step_due"_s));
        break;
    case ActionKind::Sign:
        closeStep(state, event);
        state.signature = SignatureRecord{event.actorLogin, event.at, read.string(u"certificate_serial"_s),
                                          read.string(u"document_digest"_s)};
        openStep(state, StepCode::Dispatch, event.at, read.instant(u"step_due"_s));
        break;
    case ActionKind::Dispatch:
        closeStep(state, event);
        closeCase(state, event);
        break;
    }
    if (read.error())
        return *read.error();
    return {};
}

} // namespace

Result<Case> CaseProjection::apply(Case state, const Event& event) {
    if (event.sequence != state.version + 1)
        return reasonError(Reason::InvalidEvent, QCoreApplication::translate(
                                                     "CaseProjection", "Event %1 cannot follow version %2 of the case.")
                                                     .arg(event.sequence)
                                                     .arg(state.version));
    if (event.fromState != state.state)
        return reasonError(
            Reason::InvalidEvent,
            QCoreApplication::translate("CaseProjection", "Event %1 starts from step %2, but the case is at %3.")
                .arg(event.sequence)
                .arg(caseStateName(event.fromState), caseStateName(state.state)));
    const ActionRule& rule = actionRule(event.action);
    if (event.fromState != rule.from)
        return malformed(event, u"from_step"_s);
    if (event.toState != rule.to)
        return malformed(event, u"to_step"_s);
    if (event.role != rule.role)
        return malformed(event, u"role"_s);
    if (Status applied = applyTransition(state, event); !applied)
        return applied.error();
    state.state = event.toState;
    state.lastEventAt = event.at;
    state.version = event.sequence;
    return state;
}

Result<Case> CaseProjection::replay(const QList<Event>& events) {
    Case state;
    for (const Event& event : events) {
        Result<Case> next = apply(std::move(state), event);
        if (!next)
            return next.error();
        state = std::move(next).value();
    }
    return state;
}

} // namespace ruqsat::core
