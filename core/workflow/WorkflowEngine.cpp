#include "workflow/WorkflowEngine.h"

#include "calendar/WorkingCalendar.h"
#include "identity/IdentityNumber.h"
#include "workflow/EventPayload.h"
#include "workflow/Reason.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace ruqsat::core {

namespace {

Result<IdentityNumber> validateApplicantId(ApplicantIdKind kind, const QString& number) {
    switch (kind) {
    case ApplicantIdKind::Iin:
        return validateIin(number);
    case ApplicantIdKind::Bin:
        return validateBin(number);
    case ApplicantIdKind::IinOrBin:
        break;
    }
    return validateIinOrBin(number);
}

// The applicants must be exactly the definition's slots, each named and with a valid number of the
// kind the slot takes (domain.md: the permit has the developer and the authorised company).
Status checkApplicants(const ServiceDefinition& definition, const QList<Applicant>& applicants) {
    const QString language = QLocale().name();
    QStringList expected;
    for (const ApplicantSlot& slot : definition.applicants)
        expected.append(slot.names.text(language));
    if (applicants.size() != definition.applicants.size())
        return reasonError(
            Reason::InvalidApplicant,
            WorkflowEngine::tr("The service expects these applicants: %1.").arg(expected.join(QLatin1String(", "))));
    for (const ApplicantSlot& slot : definition.applicants) {
        const auto applicant =
            std::find_if(applicants.begin(), applicants.end(), [&](const Applicant& a) { return a.role == slot.role; });
        const QString title = slot.names.text(language);
        if (applicant == applicants.end())
            return reasonError(Reason::InvalidApplicant, WorkflowEngine::tr("Missing applicant: %1.").arg(title));
        if (applicant->name.trimmed().isEmpty())
            return reasonError(Reason::InvalidApplicant,
                               WorkflowEngine::tr("Applicant without a name: %1.").arg(title));
        const Result<IdentityNumber> number = validateApplicantId(slot.idKind, applicant->idNumber);
        if (!number)
            return reasonError(Reason::InvalidApplicant, title + u": "_s + number.error().message);
    }
    return {};
}

Status checkAssignee(const Case& state, const std::optional<Actor>& assignee) {
    if (!assignee || assignee->login.isEmpty())
        return reasonError(Reason::InvalidAssignee, WorkflowEngine::tr("No specialist is named."));
    if (!assignee->hasRole(Role::Specialist))
        return reasonError(Reason::InvalidAssignee, WorkflowEngine::tr("%1 is not a specialist.").arg(assignee->login));
    if (assignee->officeId != state.officeId)
        return reasonError(Reason::InvalidAssignee,
                           WorkflowEngine::tr("%1 works in another office.").arg(assignee->login));
    return {};
}

Status checkDecision(const ServiceDefinition& definition, const Decision& decision) {
    if (decision.kind == Decision::Kind::Issue) {
        if (!decision.groundCodes.isEmpty() || !decision.motivation.isEmpty())
            return reasonError(Reason::InvalidDecision);
        if (decision.resultFields.isEmpty())
            return reasonError(Reason::MissingResultFields);
        return {};
    }
    // A motivated refusal cites grounds of paragraph 10 of the Standard (regulation paragraph 5,
    // action 3) as they stand in the case's own service version.
    if (!decision.resultFields.isEmpty())
        return reasonError(Reason::InvalidDecision);
    if (decision.groundCodes.isEmpty())
        return reasonError(Reason::MissingGrounds);
    for (const QString& code : decision.groundCodes) {
        if (definition.refusalGround(code) == nullptr)
            return reasonError(Reason::UnknownGround, WorkflowEngine::tr("Unknown ground: '%1'.").arg(code));
    }
    if (decision.motivation.trimmed().isEmpty())
        return reasonError(Reason::MissingMotivation);
    return {};
}

// The due moment of the case's first preparation: a reopened preparation keeps it (see the header).
Instant firstPreparationDue(const Case& state) {
    for (const StepRecord& record : state.steps) {
        if (record.step == StepCode::Preparation)
            return record.due;
    }
    return state.caseDue; // unreachable: signing is only reached through preparation
}

} // namespace

WorkflowEngine::WorkflowEngine(ServiceCatalogue catalogue, std::shared_ptr<const WorkingCalendar> calendar,
                               QTimeZone officeZone)
    : m_catalogue(std::move(catalogue))
    , m_calendar(std::move(calendar))
    , m_zone(std::move(officeZone)) {}

Result<Instant> WorkflowEngine::due(Instant start, const WorkingDuration& duration) const {
    return m_calendar->due(start, duration);
}

Result<Event> WorkflowEngine::decide(const Case& state, const Actor& actor, const Action& action, Instant now) const {
    const ActionRule& rule = actionRule(action.kind);
    // Supervisor and administrator never appear in an ActionRule, so they alone can do nothing here.
    if (!actor.hasRole(rule.role))
        return reasonError(Reason::WrongRole);
    // A case not yet received has no office; receive brings it.
    if (state.state != CaseState::None || action.kind == ActionKind::Receive) {
        const QString& office = state.state == CaseState::None ? action.opening.officeId : state.officeId;
        if (actor.officeId != office)
            return reasonError(Reason::WrongOffice);
    }
    if (action.expectedVersion != state.version)
        return reasonError(Reason::StaleVersion);
    if (state.state != CaseState::None && now < state.lastEventAt)
        return reasonError(Reason::TimeBeforeLastEvent);
    if (isTerminal(state.state))
        return reasonError(Reason::CaseClosed);
    if (state.state != rule.from)
        return reasonError(Reason::WrongStep);

    Result<QJsonObject> payload = QJsonObject{};
    if (action.kind == ActionKind::Receive) {
        payload = decideReceive(action, now);
    } else {
        const Result<ServiceDefinitionPtr> definition = m_catalogue.find(state.serviceCode, state.serviceVersion);
        if (!definition)
            return reasonError(Reason::UnknownService, definition.error().message);
        payload = decideStep(state, **definition, actor, action, now);
    }
    if (!payload)
        return payload.error();

    Event event;
    event.sequence = state.version + 1;
    event.actorLogin = actor.login;
    event.role = rule.role;
    event.at = now;
    event.action = action.kind;
    event.fromState = state.state;
    event.toState = rule.to;
    event.payload = std::move(payload).value();
    return event;
}

Result<QJsonObject> WorkflowEngine::decideReceive(const Action& action, Instant now) const {
    const CaseOpening& opening = action.opening;
    // The version in force on the day of submission, in the office's zone: the case keeps it.
    const QDate submissionDay = toDateTime(opening.submittedAt, m_zone).date();
    const Result<ServiceDefinitionPtr> found = m_catalogue.inForce(opening.serviceCode, submissionDay);
    if (!found)
        return reasonError(Reason::UnknownService, found.error().message);
    const ServiceDefinition& definition = **found;
    if (!definition.allowsChannel(opening.channel))
        return reasonError(Reason::WrongChannel);
    if (opening.submittedAt > opening.receivedAt || opening.receivedAt > now)
        return reasonError(Reason::InvalidDates);
    if (Status applicants = checkApplicants(definition, opening.applicants); !applicants)
        return applicants.error();
    const Checklist* checklist = definition.checklist(opening.checklistVariant);
    if (checklist == nullptr)
        return reasonError(Reason::UnknownChecklist, tr("Unknown checklist: '%1'.").arg(opening.checklistVariant));
    for (auto it = opening.checklist.begin(); it != opening.checklist.end(); ++it) {
        if (!checklist->hasDocument(it.key()))
            return reasonError(Reason::UnknownDocument, tr("Unknown document: '%1'.").arg(it.key()));
    }
    QMap<QString, bool> provided;
    for (const ChecklistDocument& document : checklist->documents)
        provided.insert(document.code, opening.checklist.value(document.code, false));

    const Result<Instant> caseDue = due(opening.submittedAt, definition.term);
    if (!caseDue)
        return caseDue.error();
    const Result<Instant> stepDue = due(opening.receivedAt, definition.step(StepCode::Registration).duration);
    if (!stepDue)
        return stepDue.error();

    QJsonArray applicants;
    for (const Applicant& applicant : opening.applicants)
        applicants.append(EventPayload::applicant(applicant));
    return QJsonObject{
        {u"service_code"_s, definition.code},
        {u"service_version"_s, definition.version},
        {u"office_id"_s, opening.officeId},
        {u"channel"_s, channelName(opening.channel)},
        {u"submitted_at"_s, EventPayload::instant(opening.submittedAt)},
        {u"received_at"_s, EventPayload::instant(opening.receivedAt)},
        {u"applicants"_s, applicants},
        {u"object_data"_s, opening.objectData},
        {u"checklist_variant"_s, opening.checklistVariant},
        {u"checklist"_s, EventPayload::checklist(provided)},
        {u"case_due"_s, EventPayload::instant(*caseDue)},
        {u"step_due"_s, EventPayload::instant(*stepDue)},
    };
}

Result<QJsonObject> WorkflowEngine::decideStep(const Case& state, const ServiceDefinition& definition,
                                               const Actor& actor, const Action& action, Instant now) const {
    // The due moment of the step an action opens, from the moment it opens.
    const auto stepDue = [&](StepCode step) -> Result<QJsonObject> {
        const Result<Instant> moment = due(now, definition.step(step).duration);
        if (!moment)
            return moment.error();
        return QJsonObject{{u"step_due"_s, EventPayload::instant(*moment)}};
    };
    const auto with = [](Result<QJsonObject> payload, const QJsonObject& more) -> Result<QJsonObject> {
        if (!payload)
            return payload;
        for (auto it = more.begin(); it != more.end(); ++it)
            payload->insert(it.key(), it.value());
        return payload;
    };

    switch (action.kind) {
    case ActionKind::Receive:
        break;
    case ActionKind::Register:
        return stepDue(StepCode::Resolution);
    case ActionKind::RefuseAtIntake:
        // The receipt of refusal is a State Corporation procedure (regulation paragraph 9.1); on the
        // portal there is no paper package for the clerk to refuse.
        if (state.channel != Channel::StateCorporation)
            return reasonError(Reason::WrongChannel);
        if (action.missingDocuments.isEmpty())
            return reasonError(Reason::MissingDocuments);
        for (const QString& code : action.missingDocuments) {
            if (!state.checklist.contains(code))
                return reasonError(Reason::UnknownDocument, tr("Unknown document: '%1'.").arg(code));
        }
        return QJsonObject{{u"missing_documents"_s, QJsonArray::fromStringList(action.missingDocuments)},
                           {u"comment"_s, action.text}};
    case ActionKind::Resolve:
        if (Status assignee = checkAssignee(state, action.assignee); !assignee)
            return assignee.error();
        if (action.text.trimmed().isEmpty())
            return reasonError(Reason::MissingResolutionText);
        return with(stepDue(StepCode::Preparation),
                    {{u"assignee"_s, action.assignee->login}, {u"resolution"_s, action.text}});
    case ActionKind::Reassign:
        if (Status assignee = checkAssignee(state, action.assignee); !assignee)
            return assignee.error();
        if (action.assignee->login == state.assignee)
            return reasonError(Reason::InvalidAssignee, tr("The case is already assigned to %1.").arg(state.assignee));
        return QJsonObject{{u"previous_assignee"_s, state.assignee},
                           {u"assignee"_s, action.assignee->login},
                           {u"comment"_s, action.text}};
    case ActionKind::PrepareResult:
        if (actor.login != state.assignee)
            return reasonError(Reason::NotAssignee);
        if (Status decision = checkDecision(definition, action.decision); !decision)
            return decision.error();
        return with(stepDue(StepCode::Signing), {{u"decision"_s, EventPayload::decision(action.decision)}});
    case ActionKind::ReturnForRework:
        if (action.text.trimmed().isEmpty())
            return reasonError(Reason::MissingComment);
        return QJsonObject{{u"comment"_s, action.text},
                           {u"step_due"_s, EventPayload::instant(firstPreparationDue(state))}};
    case ActionKind::Sign:
        if (!state.decision)
            return reasonError(Reason::MissingResult);
        return with(stepDue(StepCode::Dispatch), {{u"certificate_serial"_s, action.certificateSerial},
                                                  {u"document_digest"_s, action.documentDigest}});
    case ActionKind::Dispatch:
        if (!state.signature)
            return reasonError(Reason::MissingSignature);
        return QJsonObject{};
    }
    return reasonError(Reason::WrongStep);
}

} // namespace ruqsat::core
