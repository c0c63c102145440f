#include "store/CaseStore.h"

#include "services/Channel.h"
#include "store/Database.h"
#include "workflow/CaseProjection.h"
#include "workflow/EventPayload.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace ruqsat::core {

namespace {

QString compact(const QJsonValue& value) {
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

} // namespace

CaseStore::CaseStore(QString connectionName)
    : m_connectionName(std::move(connectionName)) {}

QSqlDatabase CaseStore::db() const {
    return QSqlDatabase::database(m_connectionName, false);
}

Result<QList<Actor>> CaseStore::actors(const QString& where, const QVariantList& values) const {
    auto query = Database::execute(
        db(),
        u"SELECT s.login, s.office_id, coalesce((SELECT string_agg(r.role, ',') FROM ruqsat.staff_role r "
        "WHERE r.login = s.login), '') FROM ruqsat.staff s WHERE s.active AND "_s +
            where + u" ORDER BY s.full_name, s.login"_s,
        values);
    if (!query)
        return query.error();
    QList<Actor> found;
    while (query->next()) {
        Actor actor;
        actor.login = query->value(0).toString();
        actor.officeId = query->value(1).toString();
        for (const QString& name : query->value(2).toString().split(u',', Qt::SkipEmptyParts)) {
            if (const auto role = roleFromName(name))
                actor.roles.insert(*role);
        }
        found.append(actor);
    }
    return found;
}

Result<Actor> CaseStore::currentActor() const {
    auto found = actors(u"s.login = session_user"_s, {});
    if (!found)
        return found.error();
    if (found->isEmpty()) {
        return makeError(
            ErrorCode::PermissionDenied, u"not_staff"_s,
            QCoreApplication::translate("CaseStore", "This database account is not an active staff member."));
    }
    return found->first();
}

Result<Actor> CaseStore::actor(const QString& login) const {
    auto found = actors(u"s.login = ?"_s, {login});
    if (!found)
        return found.error();
    if (found->isEmpty()) {
        return makeError(ErrorCode::NotFound, u"unknown_staff"_s,
                         QCoreApplication::translate("CaseStore", "No active staff member \"%1\".").arg(login));
    }
    return found->first();
}

Result<QList<Actor>> CaseStore::specialists(const QString& officeId) const {
    auto found = actors(u"s.office_id = ?"_s, {officeId});
    if (!found)
        return found.error();
    QList<Actor> result;
    for (const Actor& candidate : found.value()) {
        if (candidate.hasRole(Role::Specialist))
            result.append(candidate);
    }
    return result;
}

Result<QList<Event>> CaseStore::events(qint64 caseId) const {
    auto query = Database::execute(
        db(), u"SELECT ruqsat.event_json(e)::text FROM ruqsat.audit_event e WHERE e.case_id = ? ORDER BY e.sequence"_s,
        {caseId});
    if (!query)
        return query.error();
    QList<Event> events;
    while (query->next()) {
        auto event = Event::fromJson(QJsonDocument::fromJson(query->value(0).toString().toUtf8()).object());
        if (!event)
            return event.error();
        events.append(std::move(event).value());
    }
    return events;
}

Result<Case> CaseStore::load(qint64 caseId) const {
    auto history = events(caseId);
    if (!history)
        return history.error();
    if (history->isEmpty()) {
        return makeError(
            ErrorCode::NotFound, u"unknown_case"_s,
            QCoreApplication::translate("CaseStore", "There is no case %1, or you may not see it.").arg(caseId));
    }
    auto replayed = CaseProjection::replay(history.value());
    if (!replayed)
        return replayed;
    // Due moments as recorded now: the same as the events' unless an administrator recomputed them after a
    // calendar edit (ruqsat-admin calendar recompute --apply), which changes the rows, not the history.
    auto dues = Database::execute(db(),
                                  u"SELECT 0, c.case_due FROM ruqsat.cases c WHERE c.id = ? UNION ALL "
                                  "SELECT s.ordinal, s.due_at FROM ruqsat.case_step s WHERE s.case_id = ? ORDER BY 1"_s,
                                  {caseId, caseId});
    if (!dues)
        return dues.error();
    while (dues->next()) {
        const qsizetype ordinal = dues->value(0).toLongLong();
        const Instant due = instantFromDateTime(dues->value(1).toDateTime());
        if (ordinal == 0)
            replayed->caseDue = due;
        else if (ordinal <= replayed->steps.size())
            replayed->steps[ordinal - 1].due = due;
    }
    return replayed;
}

QJsonObject CaseStore::openingJson(const CaseOpening& opening) {
    QJsonArray applicants;
    for (const Applicant& applicant : opening.applicants)
        applicants.append(EventPayload::applicant(applicant));
    return QJsonObject{{u"service_code"_s, opening.serviceCode},
                       {u"office_id"_s, opening.officeId},
                       {u"channel"_s, channelName(opening.channel)},
                       {u"submitted_at"_s, EventPayload::instant(opening.submittedAt)},
                       {u"received_at"_s, EventPayload::instant(opening.receivedAt)},
                       {u"applicants"_s, applicants},
                       {u"object_data"_s, opening.objectData},
                       {u"checklist_variant"_s, opening.checklistVariant},
                       {u"checklist"_s, EventPayload::checklist(opening.checklist)}};
}

Result<CaseStore::Performed> CaseStore::perform(qint64 caseId, const Action& action,
                                                const QUuid& clientActionId) const {
    const QString id = clientActionId.toString(QUuid::WithoutBraces);
    const QString assignee = action.assignee ? action.assignee->login : QString();
    QString sql;
    QVariantList values;
    switch (action.kind) {
    case ActionKind::Receive:
        sql = u"SELECT ruqsat.receive_case(?::uuid, ?::jsonb)::text"_s;
        values = {id, compact(openingJson(action.opening))};
        break;
    case ActionKind::Register:
        sql = u"SELECT ruqsat.register_case(?::uuid, ?, ?)::text"_s;
        values = {id, caseId, action.expectedVersion};
        break;
    case ActionKind::RefuseAtIntake:
        sql =
            u"SELECT ruqsat.refuse_at_intake(?::uuid, ?, ?, ARRAY(SELECT jsonb_array_elements_text(?::jsonb)), ?)::text"_s;
        values = {id, caseId, action.expectedVersion, compact(QJsonArray::fromStringList(action.missingDocuments)),
                  action.text};
        break;
    case ActionKind::Resolve:
        sql = u"SELECT ruqsat.resolve_case(?::uuid, ?, ?, ?, ?)::text"_s;
        values = {id, caseId, action.expectedVersion, assignee, action.text};
        break;
    case ActionKind::Reassign:
        sql = u"SELECT ruqsat.reassign_case(?::uuid, ?, ?, ?, ?)::text"_s;
        values = {id, caseId, action.expectedVersion, assignee, action.text};
        break;
    case ActionKind::PrepareResult:
        sql = u"SELECT ruqsat.prepare_result(?::uuid, ?, ?, ?::jsonb)::text"_s;
        values = {id, caseId, action.expectedVersion, compact(EventPayload::decision(action.decision))};
        break;
    case ActionKind::ReturnForRework:
        sql = u"SELECT ruqsat.return_for_rework(?::uuid, ?, ?, ?)::text"_s;
        values = {id, caseId, action.expectedVersion, action.text};
        break;
    case ActionKind::Sign:
        sql = u"SELECT ruqsat.sign_result(?::uuid, ?, ?, ?, ?)::text"_s;
        values = {id, caseId, action.expectedVersion, action.certificateSerial, action.documentDigest};
        break;
    case ActionKind::Dispatch:
        sql = u"SELECT ruqsat.dispatch_result(?::uuid, ?, ?)::text"_s;
        values = {id, caseId, action.expectedVersion};
        break;
    }

    // One user action, one short transaction.
    Transaction transaction(db());
    if (!transaction.begun())
        return transaction.begun().error();
    auto query = Database::execute(db(), sql, values);
    if (!query)
        return query.error();
    if (!query->next())
        return makeError(ErrorCode::Internal, u"no_event"_s, u"The SQL API returned no event."_s);
    const QJsonObject json = QJsonDocument::fromJson(query->value(0).toString().toUtf8()).object();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    auto event = Event::fromJson(json);
    if (!event)
        return event.error();
    return Performed{json.value(u"case_id"_s).toInteger(), std::move(event).value()};
}

} // namespace ruqsat::core
