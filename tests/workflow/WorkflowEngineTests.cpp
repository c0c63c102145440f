// The engine and the projection beyond the rule tables: the reasons only hand-built cases reach,
// the role an actor acts in, events as JSON, replay, rejected events, and service versions.
#include "WorkflowFixture.h"

#include "services/ServiceDefinitionJson.h"
#include "workflow/CaseProjection.h"
#include "workflow/Reason.h"

#include "CatchQt.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

using namespace ruqsat::core;
using namespace ruqsat::test;
using namespace Qt::StringLiterals;

namespace {

const WorkflowEngine& engine() {
    return *WorkflowWorld::get().engine;
}

CaseRun completedWithRework() {
    CaseRun run = reachState(u"P"_s, Channel::StateCorporation, u"preparation_reworked"_s);
    for (const auto& [kind, who] : {std::pair{ActionKind::PrepareResult, "spec1"}, std::pair{ActionKind::Sign, "head1"},
                                    std::pair{ActionKind::Dispatch, "clerk1"}})
        REQUIRE(run.performDefault(kind, QString::fromLatin1(who)).ok());
    REQUIRE(run.state.state == CaseState::Completed);
    return run;
}

} // namespace

TEST_CASE("Signing needs a prepared result and dispatch a signature, even on a hand-built case", "[workflow]") {
    // Actions cannot produce these cases; a corrupted store could.
    CaseRun signing = reachState(u"P"_s, Channel::StateCorporation, u"signing"_s);
    Case withoutResult = signing.state;
    withoutResult.decision.reset();
    const Result<Event> sign =
        engine().decide(withoutResult, actor(u"head1"_s), Action::sign(withoutResult.version), signing.clock);
    REQUIRE_FALSE(sign.ok());
    CHECK(sign.error().reason == u"missing_result"_s);
    CHECK(sign.error().code == ErrorCode::PreconditionFailed);

    CaseRun dispatch = reachState(u"P"_s, Channel::StateCorporation, u"dispatch"_s);
    Case withoutSignature = dispatch.state;
    withoutSignature.signature.reset();
    const Result<Event> sent = engine().decide(withoutSignature, actor(u"clerk1"_s),
                                               Action::dispatch(withoutSignature.version), dispatch.clock);
    REQUIRE_FALSE(sent.ok());
    CHECK(sent.error().reason == u"missing_signature"_s);
}

TEST_CASE("An actor with several roles acts in the role the action needs", "[workflow]") {
    CaseRun run = reachState(u"P"_s, Channel::StateCorporation, u"registration"_s);
    const Actor boss = actor(u"boss1"_s);
    const Result<Event> registered = run.perform(boss, Action::registerCase(1), run.clock + actionInterval);
    REQUIRE(registered.ok());
    CHECK(registered->role == Role::Clerk);
    CHECK(registered->actorLogin == u"boss1"_s);
    const Result<Event> resolved =
        run.perform(boss, Action::resolve(2, boss, u"Сам подготовлю"_s), run.clock + actionInterval);
    REQUIRE(resolved.ok());
    CHECK(resolved->role == Role::Head);
    const Result<Event> prepared =
        run.perform(boss, Action::prepareResult(3, Decision{Decision::Kind::Issue, {{u"n"_s, 1}}, {}, {}}),
                    run.clock + actionInterval);
    REQUIRE(prepared.ok());
    CHECK(prepared->role == Role::Specialist);
}

TEST_CASE("decide is a pure function of its arguments", "[workflow]") {
    const CaseRun run = reachState(u"P"_s, Channel::StateCorporation, u"resolution"_s);
    const Case copy = run.state;
    const Action action = Action::resolve(run.state.version, actor(u"spec1"_s), u"Текст"_s);
    const Result<Event> first = engine().decide(run.state, actor(u"head1"_s), action, run.clock + actionInterval);
    const Result<Event> second = engine().decide(run.state, actor(u"head1"_s), action, run.clock + actionInterval);
    REQUIRE(first.ok());
    REQUIRE(second.ok());
    CHECK(first.value() == second.value());
    CHECK(run.state == copy);
}

TEST_CASE("Events survive JSON unchanged and have the documented shape", "[workflow][events]") {
    const CaseRun run = completedWithRework();
    REQUIRE(run.events.size() == 8);
    const QStringList keys{u"action"_s,  u"actor"_s, u"at"_s,       u"from_step"_s,
                           u"payload"_s, u"role"_s,  u"sequence"_s, u"to_step"_s};
    static const QRegularExpression utc(u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$"_s);
    QList<Event> fromBytes;
    for (const Event& event : run.events) {
        const QJsonObject json = event.toJson();
        CHECK(json.keys() == keys);
        CHECK(utc.match(json.value(u"at"_s).toString()).hasMatch());
        // Through bytes, as the store's jsonb column would carry it.
        const QByteArray bytes = QJsonDocument(json).toJson(QJsonDocument::Compact);
        const Result<Event> again = Event::fromJson(QJsonDocument::fromJson(bytes).object());
        REQUIRE(again.ok());
        CHECK(again.value() == event);
        fromBytes.append(again.value());
    }
    const Result<Case> replayed = CaseProjection::replay(fromBytes);
    REQUIRE(replayed.ok());
    CHECK(replayed.value() == run.state);

    const QJsonObject received = run.events.first().toJson();
    CHECK(received.value(u"action"_s).toString() == u"receive"_s);
    CHECK(received.value(u"from_step"_s).toString() == u"none"_s);
    CHECK(received.value(u"to_step"_s).toString() == u"registration"_s);
    const QJsonObject payload = received.value(u"payload"_s).toObject();
    CHECK(payload.value(u"service_code"_s).toString() == u"P"_s);
    CHECK(payload.value(u"service_version"_s).toInt() == 1);
    CHECK(payload.value(u"case_due"_s).toString() == u"2024-10-29T13:30:00Z"_s); // 18:30 +05:00
    CHECK(payload.value(u"step_due"_s).toString() == u"2024-10-15T06:15:00Z"_s); // 11:15 +05:00
    CHECK(run.events.last().toJson().value(u"to_step"_s).toString() == u"completed"_s);
}

TEST_CASE("Replay rebuilds the same case after every event", "[workflow][events]") {
    const CaseRun run = completedWithRework();
    Case state;
    for (qsizetype i = 0; i < run.events.size(); ++i) {
        Result<Case> next = CaseProjection::apply(state, run.events.at(i));
        REQUIRE(next.ok());
        state = next.value();
        const Result<Case> replayed = CaseProjection::replay(run.events.mid(0, i + 1));
        REQUIRE(replayed.ok());
        CHECK(replayed.value() == state);
        CHECK(state.version == i + 1);
    }
    CHECK(state == run.state);
}

TEST_CASE("Malformed or misplaced events are rejected, not applied", "[workflow][events]") {
    const CaseRun run = completedWithRework();
    const Case atTwo = CaseProjection::replay(run.events.mid(0, 2)).value();
    const Event third = run.events.at(2);
    struct Broken {
        const char* name;
        std::function<void(Event&)> edit;
    };
    const Broken table[] = {
        {"sequence gap", [](Event& e) { e.sequence += 1; }},
        {"sequence repeated", [](Event& e) { e.sequence -= 1; }},
        {"from another step", [](Event& e) { e.fromState = CaseState::Registration; }},
        {"to a step the action does not lead to", [](Event& e) { e.toState = CaseState::Signing; }},
        {"in the wrong role", [](Event& e) { e.role = Role::Clerk; }},
        {"without its due moment", [](Event& e) { e.payload.remove(u"step_due"_s); }},
        {"with a due moment without offset",
         [](Event& e) { e.payload.insert(u"step_due"_s, u"2024-10-28T18:30:00"_s); }},
        {"without its assignee", [](Event& e) { e.payload.insert(u"assignee"_s, 7); }},
    };
    for (const Broken& row : table) {
        INFO(row.name);
        Event event = third;
        row.edit(event);
        const Result<Case> applied = CaseProjection::apply(atTwo, event);
        REQUIRE_FALSE(applied.ok());
        CHECK(applied.error().reason == u"invalid_event"_s);
        CHECK(applied.error().code == ErrorCode::DataError);
    }

    QJsonObject json = third.toJson();
    for (const QString& key : json.keys()) {
        INFO(key.toStdString());
        QJsonObject without = json;
        without.remove(key);
        const Result<Event> parsed = Event::fromJson(without);
        REQUIRE_FALSE(parsed.ok());
        CHECK(parsed.error().reason == u"invalid_event"_s);
        CHECK(parsed.error().message.contains(key));
    }
    json.insert(u"action"_s, u"approve"_s);
    CHECK_FALSE(Event::fromJson(json).ok());
}

TEST_CASE("A case keeps the service version it started under", "[workflow][services]") {
    const QByteArray permitJson =
        QJsonDocument(ServiceDefinitionJson::write(*WorkflowWorld::get().catalogue.find(u"P"_s, 1).value())).toJson();
    ServiceDefinition first = ServiceDefinitionJson::read(permitJson, u"permit-v1"_s).value();
    ServiceDefinition second = first;
    second.version = 2;
    second.effectiveFrom = QDate(2024, 10, 16);
    second.steps[2].duration = WorkingDuration::parse(u"6d"_s).value();
    second.refusalGrounds.removeLast();
    const Result<ServiceCatalogue> catalogue =
        ServiceCatalogue::fromDefinitions({first, second}, {u"permit-v1"_s, u"permit-v2"_s});
    REQUIRE(catalogue.ok());
    const WorkflowEngine versioned(*catalogue, WorkflowWorld::get().calendar, WorkflowWorld::get().zone);

    const auto runUnder = [&](Instant submitted) {
        CaseOpening opening = defaultOpening(u"P"_s, Channel::Portal);
        opening.submittedAt = submitted;
        opening.receivedAt = submitted;
        Case state;
        QList<Event> events;
        const auto step = [&](const char* who, const Action& action, Instant at) {
            const Result<Event> event = versioned.decide(state, actor(QString::fromLatin1(who)), action, at);
            INFO((event ? std::string() : event.error().message.toStdString()));
            REQUIRE(event.ok());
            state = CaseProjection::apply(state, *event).value();
        };
        step("clerk1", Action::receive(opening), submitted);
        step("clerk1", Action::registerCase(1), submitted + std::chrono::minutes(5));
        // Resolved on Thursday 17 October, when version 2 is in force for new cases.
        step("head1", Action::resolve(2, actor(u"spec1"_s), u"Подготовить"_s), almaty(2024, 10, 17, 10, 0));
        return state;
    };

    const Case older = runUnder(almaty(2024, 10, 15, 11, 0));
    CHECK(older.serviceVersion == 1);
    // Version 1: 8 working days after Thursday 17: 18, 21-24, 28-30.
    CHECK(older.currentStep()->due == almaty(2024, 10, 30, 18, 30));
    const Case newer = runUnder(almaty(2024, 10, 16, 11, 0));
    CHECK(newer.serviceVersion == 2);
    // Version 2: 6 working days: 18, 21-24, 28.
    CHECK(newer.currentStep()->due == almaty(2024, 10, 28, 18, 30));

    // Grounds are those of the case's own version: version 2 dropped court_deprivation.
    const Decision refusal{Decision::Kind::Refuse, {}, {u"court_deprivation"_s}, u"Мотивировка"_s};
    CHECK(versioned.decide(older, actor(u"spec1"_s), Action::prepareResult(3, refusal), almaty(2024, 10, 18, 10, 0))
              .ok());
    const Result<Event> underTwo =
        versioned.decide(newer, actor(u"spec1"_s), Action::prepareResult(3, refusal), almaty(2024, 10, 18, 10, 0));
    REQUIRE_FALSE(underTwo.ok());
    CHECK(underTwo.error().reason == u"unknown_ground"_s);
}

TEST_CASE("Every reason has a stable snake_case code, an error kind and a message", "[workflow]") {
    static const QRegularExpression snake(u"^[a-z]+(_[a-z]+)*$"_s);
    QSet<QString> codes;
    for (Reason reason : allReasons()) {
        const QString code = reasonCode(reason);
        INFO(code.toStdString());
        CHECK(snake.match(code).hasMatch());
        CHECK_FALSE(codes.contains(code));
        codes.insert(code);
        CHECK(reasonFromCode(code) == reason);
        CHECK_FALSE(reasonMessage(reason).isEmpty());
        const Error error = reasonError(reason, u"Detail."_s);
        CHECK(error.reason == code);
        CHECK(error.message.endsWith(u" Detail."_s));
        CHECK(error.code != ErrorCode::Internal);
    }
    CHECK(codes.size() == 25);
    CHECK(reasonErrorCode(Reason::StaleVersion) == ErrorCode::Conflict);
    CHECK(reasonErrorCode(Reason::WrongRole) == ErrorCode::PermissionDenied);
    CHECK(reasonErrorCode(Reason::WrongStep) == ErrorCode::PreconditionFailed);
}

TEST_CASE("Refusals explain themselves", "[workflow]") {
    CaseRun run;
    run.service = u"P"_s;
    run.channel = Channel::StateCorporation;
    CaseOpening opening = defaultOpening(u"P"_s, Channel::StateCorporation);
    opening.applicants[1].idNumber = u"200740003458"_s;
    const Result<Event> received = run.perform(actor(u"clerk1"_s), Action::receive(opening), defaultReceivedAt());
    REQUIRE_FALSE(received.ok());
    CHECK(received.error().reason == u"invalid_applicant"_s);
    // The applicant's title comes from the service definition, in the locale's language (Russian by
    // default).
    CHECK((received.error().message.contains(u"Authorised company"_s) ||
           received.error().message.contains(u"Уполномоченная компания"_s)));
    CHECK(received.error().message.contains(u"check digit"_s));

    CaseRun preparation = reachState(u"P"_s, Channel::StateCorporation, u"preparation"_s);
    const Decision unknown{Decision::Kind::Refuse, {}, {u"no_such_ground"_s}, u"Мотивировка"_s};
    const Result<Event> prepared =
        preparation.perform(actor(u"spec1"_s), Action::prepareResult(preparation.state.version, unknown),
                            preparation.clock + actionInterval);
    REQUIRE_FALSE(prepared.ok());
    CHECK(prepared.error().message.contains(u"no_such_ground"_s));
}
