// Random walks through the workflow: 10,000 random action sequences (fixed seed) by random people
// with random input, half of the moves steered towards the next legal step so that walks also reach
// the end. After every move: a refused action left the case unchanged, an allowed one made a legal
// transition, no step was skipped; at the end the events, through JSON, replay to the same case.
#include "WorkflowFixture.h"

#include "workflow/CaseProjection.h"

#include "CatchQt.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <random>

using namespace ruqsat::core;
using namespace ruqsat::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int walkCount = 10000;
constexpr int maxMoves = 30;
constexpr std::uint32_t seed = 20241015;

// The legal transitions, restated from issue 4 independently of the engine's table.
const QSet<QString>& legalTransitions() {
    static const QSet<QString> legal{
        u"receive:none>registration"_s,
        u"register:registration>resolution"_s,
        u"refuse_at_intake:registration>refused_at_intake"_s,
        u"resolve:resolution>preparation"_s,
        u"reassign:preparation>preparation"_s,
        u"prepare_result:preparation>signing"_s,
        u"return_for_rework:signing>preparation"_s,
        u"sign:signing>dispatch"_s,
        u"dispatch:dispatch>completed"_s,
    };
    return legal;
}

const QSet<QString>& legalStepSuccessions() {
    static const QSet<QString> legal{u"registration>resolution"_s, u"resolution>preparation"_s,
                                     u"preparation>signing"_s, u"signing>preparation"_s, u"signing>dispatch"_s};
    return legal;
}

const QHash<ActionKind, QStringList>& variants() {
    static const QHash<ActionKind, QStringList> table{
        {ActionKind::Receive,
         {u"default"_s, u"stale"_s, u"bad_id"_s, u"missing_applicant"_s, u"unknown_service"_s, u"unknown_document"_s,
          u"received_in_future"_s, u"other_office"_s}},
        {ActionKind::Register, {u"default"_s, u"stale"_s, u"time_reversed"_s}},
        {ActionKind::RefuseAtIntake, {u"default"_s, u"no_documents"_s, u"unknown_document"_s, u"stale"_s}},
        {ActionKind::Resolve,
         {u"default"_s, u"assignee_not_specialist"_s, u"assignee_other_office"_s, u"assignee_multi_role"_s,
          u"no_assignee"_s, u"no_text"_s, u"stale"_s}},
        {ActionKind::Reassign,
         {u"default"_s, u"same_assignee"_s, u"assignee_other_office"_s, u"assignee_not_specialist"_s,
          u"assignee_multi_role"_s, u"no_text"_s}},
        {ActionKind::PrepareResult,
         {u"default"_s, u"refuse"_s, u"issue_no_fields"_s, u"issue_with_grounds"_s, u"refuse_no_grounds"_s,
          u"refuse_unknown_ground"_s, u"refuse_no_motivation"_s, u"stale"_s, u"time_reversed"_s}},
        {ActionKind::ReturnForRework, {u"default"_s, u"no_comment"_s, u"stale"_s}},
        {ActionKind::Sign, {u"default"_s, u"stale"_s, u"time_reversed"_s}},
        {ActionKind::Dispatch, {u"default"_s, u"stale"_s}},
    };
    return table;
}

const QStringList& people() {
    static const QStringList names{u"clerk1"_s, u"head1"_s,      u"spec1"_s,       u"spec2"_s,  u"sup1"_s,  u"admin1"_s,
                                   u"boss1"_s,  u"sup_clerk1"_s, u"admin_head1"_s, u"clerk9"_s, u"head9"_s, u"spec9"_s};
    return names;
}

struct Move {
    ActionKind kind;
    QString who;
    QString variant;
};

// The move a diligent office would make next.
Move steered(const Case& state, std::mt19937& random) {
    std::uniform_int_distribution<int> percent(0, 99);
    switch (state.state) {
    case CaseState::None:
        return {ActionKind::Receive, u"clerk1"_s, u"default"_s};
    case CaseState::Registration:
        if (percent(random) < 10)
            return {ActionKind::RefuseAtIntake, u"clerk1"_s, u"default"_s};
        return {ActionKind::Register, u"clerk1"_s, u"default"_s};
    case CaseState::Resolution:
        return {ActionKind::Resolve, u"head1"_s, u"default"_s};
    case CaseState::Preparation:
        if (percent(random) < 10)
            return {ActionKind::Reassign, u"head1"_s, u"default"_s};
        return {ActionKind::PrepareResult, state.assignee, percent(random) < 30 ? u"refuse"_s : u"default"_s};
    case CaseState::Signing:
        if (percent(random) < 25)
            return {ActionKind::ReturnForRework, u"head1"_s, u"default"_s};
        return {ActionKind::Sign, u"head1"_s, u"default"_s};
    case CaseState::Dispatch:
        return {ActionKind::Dispatch, u"clerk1"_s, u"default"_s};
    case CaseState::Completed:
    case CaseState::RefusedAtIntake:
        break;
    }
    return {ActionKind::Dispatch, u"clerk1"_s, u"default"_s};
}

Move anyMove(std::mt19937& random) {
    const QList<ActionKind>& kinds = allActionKinds();
    const ActionKind kind = kinds.at(std::uniform_int_distribution<qsizetype>(0, kinds.size() - 1)(random));
    const QStringList& options = variants().value(kind);
    return {kind, people().at(std::uniform_int_distribution<qsizetype>(0, people().size() - 1)(random)),
            options.at(std::uniform_int_distribution<qsizetype>(0, options.size() - 1)(random))};
}

// Returns an empty string when the step records are a legal history, else what is wrong.
QString stepHistoryProblem(const Case& state) {
    if (state.state == CaseState::None)
        return state.steps.isEmpty() ? QString() : u"steps before receipt"_s;
    if (state.steps.isEmpty() || state.steps.first().step != StepCode::Registration)
        return u"does not start at registration"_s;
    for (qsizetype i = 0; i < state.steps.size(); ++i) {
        const StepRecord& record = state.steps.at(i);
        const bool last = i == state.steps.size() - 1;
        if (!last && record.isOpen())
            return u"an earlier step is still open"_s;
        if (record.finish && record.late != (*record.finish > record.due))
            return u"late flag does not match finish and due"_s;
        if (i > 0) {
            const StepRecord& previous = state.steps.at(i - 1);
            if (!legalStepSuccessions().contains(stepCodeName(previous.step) + u'>' + stepCodeName(record.step)))
                return u"skipped or reordered step "_s + stepCodeName(record.step);
            if (record.start != *previous.finish)
                return u"a step started before the previous one finished"_s;
        }
    }
    const bool open = state.steps.last().isOpen();
    if (open == isTerminal(state.state))
        return u"open step and state disagree"_s;
    if (open && stateOf(state.steps.last().step) != state.state)
        return u"the open step is not the case's state"_s;
    return {};
}

QString actionTrail(const QList<Event>& events) {
    QStringList names;
    for (const Event& event : events) {
        if (event.action != ActionKind::Reassign)
            names.append(actionKindName(event.action));
    }
    return names.join(u' ');
}

} // namespace

TEST_CASE("10,000 random walks never skip a step and always replay", "[workflow][random]") {
    std::mt19937 random(seed);
    std::uniform_int_distribution<int> percent(0, 99);
    std::uniform_int_distribution<int> minutes(1, 600);
    static const QRegularExpression completedTrail(
        u"^receive register resolve prepare_result( return_for_rework prepare_result)* sign dispatch$"_s);

    int completed = 0;
    int refusedAtIntake = 0;
    int refused = 0;
    int allowed = 0;
    int reworked = 0;
    int reassigned = 0;
    const struct {
        const char* service;
        Channel channel;
    } kinds[] = {{"P", Channel::StateCorporation}, {"P", Channel::Portal}, {"E", Channel::Portal}};

    for (int walk = 0; walk < walkCount; ++walk) {
        CaseRun run;
        const auto& kind = kinds[walk % 3];
        run.service = QString::fromLatin1(kind.service);
        run.channel = kind.channel;
        for (int step = 0; step < maxMoves && !isTerminal(run.state.state); ++step) {
            const Move move = percent(random) < 50 ? steered(run.state, random) : anyMove(random);
            Result<Attempt> chosen = attempt(move.kind, move.variant, run);
            REQUIRE(chosen.ok());
            if (run.state.state != CaseState::None && move.variant != u"time_reversed"_s)
                chosen->now = run.clock + std::chrono::minutes(minutes(random));
            const Case before = run.state;
            const qsizetype eventsBefore = run.events.size();
            const Result<Event> event = run.perform(actor(move.who), chosen->action, chosen->now);
            if (!event) {
                ++refused;
                if (!(run.state == before) || run.events.size() != eventsBefore)
                    FAIL("walk " << walk << ": a refused " << actionKindName(move.kind).toStdString()
                                 << " changed the case");
                continue;
            }
            ++allowed;
            const QString transition = actionKindName(event->action) + u':' + caseStateName(before.state) + u'>' +
                                       caseStateName(run.state.state);
            if (!legalTransitions().contains(transition))
                FAIL("walk " << walk << ": illegal transition " << transition.toStdString());
            if (event->sequence != before.version + 1 || run.state.version != event->sequence)
                FAIL("walk " << walk << ": row version did not advance by one");
            if (const QString problem = stepHistoryProblem(run.state); !problem.isEmpty())
                FAIL("walk " << walk << " after " << transition.toStdString() << ": " << problem.toStdString());
            reworked += event->action == ActionKind::ReturnForRework ? 1 : 0;
            reassigned += event->action == ActionKind::Reassign ? 1 : 0;
        }

        if (run.state.state == CaseState::Completed) {
            ++completed;
            if (!completedTrail.match(actionTrail(run.events)).hasMatch())
                FAIL("walk " << walk << ": completed out of order: " << actionTrail(run.events).toStdString());
            if (!run.state.signature || !run.state.decision)
                FAIL("walk " << walk << ": completed without a signed result");
        }
        if (run.state.state == CaseState::RefusedAtIntake) {
            ++refusedAtIntake;
            if (actionTrail(run.events) != u"receive refuse_at_intake"_s || run.channel != Channel::StateCorporation)
                FAIL("walk " << walk << ": refused at intake after " << actionTrail(run.events).toStdString());
        }

        // The events, as the store would keep them, rebuild exactly this case.
        QList<Event> stored;
        for (const Event& event : run.events) {
            const QByteArray bytes = QJsonDocument(event.toJson()).toJson(QJsonDocument::Compact);
            Result<Event> again = Event::fromJson(QJsonDocument::fromJson(bytes).object());
            if (!again)
                FAIL("walk " << walk << ": event does not read back: " << again.error().message.toStdString());
            stored.append(again.value());
        }
        const Result<Case> replayed = CaseProjection::replay(stored);
        if (!replayed || !(replayed.value() == run.state))
            FAIL("walk " << walk << ": replay differs from the case");
    }

    INFO("completed " << completed << ", refused at intake " << refusedAtIntake << ", allowed " << allowed
                      << ", refused " << refused << ", reworks " << reworked << ", reassignments " << reassigned);
    // Each kind of ending and detour happens often enough for the checks above to mean something.
    CHECK(completed > walkCount / 10);
    CHECK(refusedAtIntake > 100);
    CHECK(reworked > 500);
    CHECK(reassigned > 500);
    CHECK(refused > 3 * walkCount);
}
