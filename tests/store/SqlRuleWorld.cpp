#include "SqlRuleWorld.h"

#include "TestCluster.h"

#include "store/CaseStore.h"
#include "store/Database.h"
#include "store/OfficeRegistry.h"
#include "store/StaffRegistry.h"
#include "workflow/EventPayload.h"

#include <catch2/catch.hpp>

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

using namespace ruqsat::core;
using namespace Qt::StringLiterals;

namespace ruqsat::test {

namespace {

// Nobody logs in as the fixture's people (the tables are run as the superuser through ruqsat.act),
// but a staff login needs a password.
const QString staffPassword = u"rule-table-password"_s;

Office fixtureOffice(const QString& id, const QString& name) {
    Office office;
    office.id = id;
    office.kind = u"oblast"_s;
    office.nameRu = name;
    office.nameKk = name;
    office.nameEn = name;
    office.timeZone = u"Asia/Almaty"_s; // README, "The fixture"; no schedule: the standard one
    return office;
}

QString compact(const QJsonObject& object) {
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

const QStringList& SqlRuleWorld::people() {
    static const QStringList names{u"clerk1"_s, u"head1"_s,      u"spec1"_s,       u"spec2"_s,  u"sup1"_s,  u"admin1"_s,
                                   u"boss1"_s,  u"sup_clerk1"_s, u"admin_head1"_s, u"clerk9"_s, u"head9"_s, u"spec9"_s};
    return names;
}

const SqlRuleWorld& SqlRuleWorld::get() {
    static const SqlRuleWorld world = [] {
        SqlRuleWorld w;
        w.m_superuser = TestCluster::instance().createMigratedDatabase(u"rules"_s);
        w.m_prefix = u"r1_"_s;
        const QString connection = u"sql-rule-world"_s;
        {
            auto db = Database::open(w.m_superuser, connection);
            if (!db)
                requireOk(db.error(), "connect to the rule tables' database");
            OfficeRegistry offices(connection);
            requireOk(offices.add(fixtureOffice(u"office-1"_s, u"Office 1"_s)), "add office-1");
            requireOk(offices.add(fixtureOffice(u"office-9"_s, u"Office 9"_s)), "add office-9");
            StaffRegistry staff(connection);
            for (const QString& name : people()) {
                const Actor person = actor(name);
                StaffMember member;
                member.login = w.login(name);
                member.fullName = u"Fixture "_s + name;
                member.officeId = person.officeId;
                member.roles = person.roles;
                const Status added = staff.add(member, staffPassword);
                requireOk(added, "add a fixture person");
            }
        }
        Database::close(connection);
        return w;
    }();
    return world;
}

QString SqlRuleWorld::fixtureName(const QString& login) const {
    return login.startsWith(m_prefix) ? login.mid(m_prefix.size()) : login;
}

SqlRuleConnection::SqlRuleConnection(QString name)
    : m_name(std::move(name)) {
    const Result<QSqlDatabase> db = Database::open(SqlRuleWorld::get().superuser(), m_name);
    INFO((db ? QString() : db.error().message).toStdString());
    REQUIRE(db.ok());
}

SqlRuleConnection::~SqlRuleConnection() {
    Database::close(m_name);
}

QJsonObject sqlActArguments(const Action& action, const SqlRuleWorld& world) {
    const auto withAssignee = [&](QJsonObject args) {
        // No assignee chosen: the key is absent, as the wrappers' NULL argument reads.
        if (action.assignee && !action.assignee->login.isEmpty())
            args.insert(u"assignee"_s, world.login(action.assignee->login));
        return args;
    };
    switch (action.kind) {
    case ActionKind::Receive:
        return CaseStore::openingJson(action.opening);
    case ActionKind::Register:
    case ActionKind::Dispatch:
        return {};
    case ActionKind::RefuseAtIntake:
        return QJsonObject{{u"missing_documents"_s, QJsonArray::fromStringList(action.missingDocuments)},
                           {u"comment"_s, action.text}};
    case ActionKind::Resolve:
        return withAssignee(QJsonObject{{u"resolution"_s, action.text}});
    case ActionKind::Reassign:
        return withAssignee(QJsonObject{{u"comment"_s, action.text}});
    case ActionKind::PrepareResult:
        return QJsonObject{{u"decision"_s, EventPayload::decision(action.decision)}};
    case ActionKind::ReturnForRework:
        return QJsonObject{{u"comment"_s, action.text}};
    case ActionKind::Sign:
        return QJsonObject{{u"certificate_serial"_s, action.certificateSerial},
                           {u"document_digest"_s, action.documentDigest}};
    }
    return {};
}

SqlCaseRun::SqlCaseRun(QString connectionName, const QString& service, Channel channel)
    : m_connectionName(std::move(connectionName)) {
    m_engine.service = service;
    m_engine.channel = channel;
}

Status SqlCaseRun::reach(const QString& state) {
    for (const PathMove& move : defaultPath(state)) {
        const QString& who = move.actor;
        const Result<Attempt> chosen = attempt(move.kind, move.variant, m_engine);
        REQUIRE(chosen.ok());
        const Result<QJsonObject> stored = act(who, *chosen);
        if (!stored) {
            Error error = stored.error();
            error.message = u"default path to %1, %2 by %3: the SQL API refused (%4: %5)"_s.arg(
                state, actionKindName(move.kind), who, error.reason, error.message);
            return error;
        }
        const Result<Event> decided = m_engine.perform(actor(who), chosen->action, chosen->now);
        REQUIRE(decided.ok());
    }
    // The path above is WorkflowFixture's, step for step: the engine's side equals reachState().
    const CaseRun reference = reachState(m_engine.service, m_engine.channel, state);
    REQUIRE(m_engine.state == reference.state);
    REQUIRE(m_engine.events == reference.events);

    const Result<QString> stored = storedState();
    if (!stored)
        return stored.error();
    const QString expected = caseStateName(m_engine.state.state) + u'/' + QString::number(m_engine.state.version);
    if (*stored != expected) {
        return makeError(
            ErrorCode::Internal, u"path_differs"_s,
            u"default path to %1: the database holds the case at %2, the engine at %3"_s.arg(state, *stored, expected));
    }
    return {};
}

Result<QJsonObject> SqlCaseRun::act(const QString& actorName, const Attempt& attempt) {
    const SqlRuleWorld& world = SqlRuleWorld::get();
    auto query = Database::execute(
        QSqlDatabase::database(m_connectionName, false),
        u"SELECT ruqsat.act(?, ?::timestamptz, ?::uuid, nullif(?::bigint, 0), ?::integer, ?, ?::jsonb)::text"_s,
        {world.login(actorName), EventPayload::instant(attempt.now), QUuid::createUuid().toString(QUuid::WithoutBraces),
         m_caseId, attempt.action.expectedVersion, actionKindName(attempt.action.kind),
         compact(sqlActArguments(attempt.action, world))});
    if (!query)
        return query.error();
    if (!query->next())
        return makeError(ErrorCode::Internal, u"no_event"_s, u"ruqsat.act returned no row"_s);
    const QJsonObject json = QJsonDocument::fromJson(query->value(0).toString().toUtf8()).object();
    if (m_caseId == 0)
        m_caseId = json.value(u"case_id"_s).toInteger();
    return json;
}

Result<QString> SqlCaseRun::storedState() const {
    if (m_caseId == 0)
        return u"none/0"_s;
    auto query = Database::execute(QSqlDatabase::database(m_connectionName, false),
                                   u"SELECT state, row_version FROM ruqsat.cases WHERE id = ?"_s, {m_caseId});
    if (!query)
        return query.error();
    if (!query->next())
        return makeError(ErrorCode::NotFound, u"unknown_case"_s, u"no case %1 in the database"_s.arg(m_caseId));
    return QString(query->value(0).toString() + u'/' + query->value(1).toString());
}

Result<Event> fixtureEvent(const QJsonObject& json, const SqlRuleWorld& world) {
    Result<Event> event = Event::fromJson(json);
    if (!event)
        return event;
    event->actorLogin = world.fixtureName(event->actorLogin);
    for (const QString& key : {u"assignee"_s, u"previous_assignee"_s}) {
        if (event->payload.value(key).isString())
            event->payload.insert(key, world.fixtureName(event->payload.value(key).toString()));
    }
    return event;
}

Case fixtureCase(Case loaded, const SqlRuleWorld& world) {
    loaded.assignee = world.fixtureName(loaded.assignee);
    for (StepRecord& record : loaded.steps)
        record.actor = world.fixtureName(record.actor);
    if (loaded.signature)
        loaded.signature->signerLogin = world.fixtureName(loaded.signature->signerLogin);
    return loaded;
}

QString describeCase(const Case& state) {
    QStringList lines;
    lines.append(u"%1 v%2, assignee '%3', case due %4, closed %5%6"_s.arg(
        caseStateName(state.state), QString::number(state.version), state.assignee, formatAlmaty(state.caseDue),
        state.closedAt ? formatAlmaty(*state.closedAt) : u"-"_s, state.late ? u" (late)"_s : QString()));
    for (const StepRecord& record : state.steps) {
        lines.append(u"  %1 from %2 due %3 finished %4 by '%5'%6"_s.arg(
            stepCodeName(record.step), formatAlmaty(record.start), formatAlmaty(record.due),
            record.finish ? formatAlmaty(*record.finish) : u"-"_s, record.actor,
            record.late ? u" (late)"_s : QString()));
    }
    return lines.join(u'\n');
}

} // namespace ruqsat::test
