// Both services through their paths, with every due moment computed by hand from domain.md
// ("Working time and deadlines"): Mon-Fri 09:00-13:00 and 14:30-18:30 in Asia/Almaty (UTC+5 since
// 2024-03-01), Friday 25 October 2024 a holiday (Republic Day). Working days: the day of receipt is
// not counted; the term ends at 18:30 of the N-th working day after it.
#include "WorkflowFixture.h"

#include "workflow/CaseProjection.h"
#include "workflow/DeadlineEvaluator.h"

#include "CatchQt.h"

using namespace ruqsat::core;
using namespace ruqsat::test;
using namespace Qt::StringLiterals;

namespace {

// Instants print as local ISO text in failure messages.
void checkMoment(Instant actual, Instant expected) {
    INFO("actual " << formatAlmaty(actual).toStdString() << ", expected " << formatAlmaty(expected).toStdString());
    CHECK(actual == expected);
}

void act(CaseRun& run, const QString& who, const Action& action, Instant at) {
    const Result<Event> event = run.perform(actor(who), action, at);
    INFO(actionKindName(action.kind).toStdString()
         << " by " << who.toStdString() << ": " << (event ? std::string() : event.error().message.toStdString()));
    REQUIRE(event.ok());
}

struct ExpectedStep {
    StepCode step;
    Instant start;
    Instant due;
    std::optional<Instant> finish;
    const char* actor;
    bool late;
};

void checkSteps(const Case& state, const std::vector<ExpectedStep>& expected) {
    REQUIRE(state.steps.size() == static_cast<qsizetype>(expected.size()));
    for (std::size_t i = 0; i < expected.size(); ++i) {
        const StepRecord& record = state.steps.at(static_cast<qsizetype>(i));
        const ExpectedStep& want = expected[i];
        INFO("step record " << i << " (" << stepCodeName(want.step).toStdString() << ")");
        CHECK(record.step == want.step);
        checkMoment(record.start, want.start);
        checkMoment(record.due, want.due);
        CHECK(record.finish.has_value() == want.finish.has_value());
        if (record.finish && want.finish)
            checkMoment(*record.finish, *want.finish);
        CHECK(record.actor == QString::fromLatin1(want.actor));
        CHECK(record.late == want.late);
    }
}

void checkReplay(const CaseRun& run) {
    const Result<Case> replayed = CaseProjection::replay(run.events);
    REQUIRE(replayed.ok());
    CHECK(replayed.value() == run.state);
}

CaseRun freshRun(const QString& service, Channel channel) {
    CaseRun run;
    run.service = service;
    run.channel = channel;
    return run;
}

Decision issue() {
    return Decision{Decision::Kind::Issue, QJsonObject{{u"number"_s, u"R-0001"_s}}, {}, {}};
}

} // namespace

TEST_CASE("Permit through the State Corporation: the happy path and its due moments", "[workflow][paths]") {
    CaseRun run = freshRun(u"P"_s, Channel::StateCorporation);
    CaseOpening opening = defaultOpening(u"P"_s, Channel::StateCorporation);
    opening.submittedAt = almaty(2024, 10, 14, 10, 0); // Monday
    opening.receivedAt = almaty(2024, 10, 15, 11, 0);  // Tuesday
    act(run, u"clerk1"_s, Action::receive(opening), almaty(2024, 10, 15, 11, 2));

    // Total term 10 working days from Monday 14: 15-18, 21-24, (25 holiday), 28, 29.
    checkMoment(run.state.caseDue, almaty(2024, 10, 29, 18, 30));
    CHECK(run.state.serviceCode == u"P"_s);
    CHECK(run.state.serviceVersion == 1);
    CHECK(run.state.state == CaseState::Registration);
    CHECK(run.state.version == 1);
    // Every document of the variant is on the checklist, the ones not named as not provided.
    CHECK(run.state.checklist.size() == 8);
    CHECK(run.state.checklist.value(u"land_title"_s) == false);
    CHECK(run.state.checklist.value(u"application"_s) == true);

    act(run, u"clerk1"_s, Action::registerCase(1), almaty(2024, 10, 15, 11, 10));
    act(run, u"head1"_s, Action::resolve(2, actor(u"spec1"_s), u"Проверить и подготовить"_s),
        almaty(2024, 10, 15, 15, 0));
    CHECK(run.state.assignee == u"spec1"_s);
    CHECK(run.state.resolutionText == u"Проверить и подготовить"_s);
    act(run, u"spec1"_s, Action::prepareResult(3, issue()), almaty(2024, 10, 24, 16, 0));
    act(run, u"head1"_s, Action::sign(4, u"CERT-1"_s, u"sha256:ab"_s), almaty(2024, 10, 24, 16, 30));
    act(run, u"clerk1"_s, Action::dispatch(5), almaty(2024, 10, 28, 9, 30));

    CHECK(run.state.state == CaseState::Completed);
    CHECK(run.state.version == 6);
    checkSteps(run.state, {
                              // 15 minutes from the receipt at 11:00.
                              {StepCode::Registration, almaty(2024, 10, 15, 11, 0), almaty(2024, 10, 15, 11, 15),
                               almaty(2024, 10, 15, 11, 10), "clerk1", false},
                              // 3 hours from 11:10: 1h50 before lunch, 1h10 after 14:30.
                              {StepCode::Resolution, almaty(2024, 10, 15, 11, 10), almaty(2024, 10, 15, 15, 40),
                               almaty(2024, 10, 15, 15, 0), "head1", false},
                              // 8 working days after Tuesday 15: 16-18, 21-24, 28.
                              {StepCode::Preparation, almaty(2024, 10, 15, 15, 0), almaty(2024, 10, 28, 18, 30),
                               almaty(2024, 10, 24, 16, 0), "spec1", false},
                              {StepCode::Signing, almaty(2024, 10, 24, 16, 0), almaty(2024, 10, 24, 17, 0),
                               almaty(2024, 10, 24, 16, 30), "head1", false},
                              // 3 hours from Thursday 16:30: 2h to 18:30, then the holiday and the weekend, 1h
                              // from Monday 09:00.
                              {StepCode::Dispatch, almaty(2024, 10, 24, 16, 30), almaty(2024, 10, 28, 10, 0),
                               almaty(2024, 10, 28, 9, 30), "clerk1", false},
                          });
    REQUIRE(run.state.signature.has_value());
    CHECK(run.state.signature->signerLogin == u"head1"_s);
    checkMoment(run.state.signature->signedAt, almaty(2024, 10, 24, 16, 30));
    CHECK(run.state.signature->certificateSerial == u"CERT-1"_s);
    REQUIRE(run.state.decision.has_value());
    CHECK(run.state.decision->kind == Decision::Kind::Issue);
    REQUIRE(run.state.closedAt.has_value());
    checkMoment(*run.state.closedAt, almaty(2024, 10, 28, 9, 30));
    CHECK_FALSE(run.state.late);
    checkReplay(run);

    // A completed case takes no further action.
    const Result<Event> again = run.perform(actor(u"clerk1"_s), Action::dispatch(6), almaty(2024, 10, 28, 10, 0));
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().reason == u"case_closed"_s);
}

TEST_CASE("Permit: a motivated refusal is prepared, signed and dispatched", "[workflow][paths]") {
    CaseRun run = reachState(u"P"_s, Channel::StateCorporation, u"preparation"_s);
    const Decision refusal{Decision::Kind::Refuse,
                           {},
                           {u"court_prohibition"_s, u"non_compliance"_s},
                           u"Решение суда о запрещении деятельности; проект не соответствует закону."_s};
    act(run, u"spec1"_s, Action::prepareResult(run.state.version, refusal), almaty(2024, 10, 17, 10, 0));
    REQUIRE(run.state.decision.has_value());
    CHECK(run.state.decision.value() == refusal);
    CHECK(run.events.last().payload.value(u"decision"_s).toObject().value(u"kind"_s).toString() == u"refuse"_s);
    act(run, u"head1"_s, Action::sign(run.state.version), almaty(2024, 10, 17, 11, 0));
    act(run, u"clerk1"_s, Action::dispatch(run.state.version), almaty(2024, 10, 17, 11, 30));
    CHECK(run.state.state == CaseState::Completed);
    CHECK(run.state.decision->kind == Decision::Kind::Refuse);
    // Signing 1h from 10:00 is due 11:00: signing exactly then is on time.
    checkMoment(run.state.steps.at(3).due, almaty(2024, 10, 17, 11, 0));
    CHECK_FALSE(run.state.steps.at(3).late);
    checkReplay(run);
}

TEST_CASE("Permit on the portal: rework keeps the preparation due moment; late steps stay late", "[workflow][paths]") {
    CaseRun run = freshRun(u"P"_s, Channel::Portal);
    CaseOpening opening = defaultOpening(u"P"_s, Channel::Portal);
    opening.submittedAt = almaty(2024, 10, 15, 11, 0);
    opening.receivedAt = opening.submittedAt;
    act(run, u"clerk1"_s, Action::receive(opening), almaty(2024, 10, 15, 11, 0));
    // Day of receipt Tuesday 15; 10 working days: 16-18, 21-24, 28-30.
    checkMoment(run.state.caseDue, almaty(2024, 10, 30, 18, 30));

    // Registering exactly at the due moment is on time.
    act(run, u"clerk1"_s, Action::registerCase(1), almaty(2024, 10, 15, 11, 15));
    // Resolution due 11:15 + 3h = 15:45; resolved at 15:50: late.
    act(run, u"head1"_s, Action::resolve(2, actor(u"spec1"_s), u"Подготовить разрешение"_s),
        almaty(2024, 10, 15, 15, 50));
    act(run, u"spec1"_s, Action::prepareResult(3, issue()), almaty(2024, 10, 24, 16, 0));
    act(run, u"head1"_s, Action::returnForRework(4, u"Уточнить площадь квартир"_s), almaty(2024, 10, 24, 16, 45));
    CHECK(run.state.state == CaseState::Preparation);
    CHECK(run.state.reworkComment == u"Уточнить площадь квартир"_s);
    CHECK(run.state.assignee == u"spec1"_s);
    // The reopened preparation keeps the first one's due moment, Monday 28 at 18:30.
    checkMoment(run.state.currentStep()->due, almaty(2024, 10, 28, 18, 30));
    checkMoment(run.state.currentStep()->start, almaty(2024, 10, 24, 16, 45));

    act(run, u"spec1"_s, Action::prepareResult(5, issue()), almaty(2024, 10, 28, 18, 0));
    // Signing 1h from Monday 18:00: 30 min to 18:30, 30 min from Tuesday 09:00.
    checkMoment(run.state.currentStep()->due, almaty(2024, 10, 29, 9, 30));
    act(run, u"head1"_s, Action::sign(6), almaty(2024, 10, 29, 10, 0));
    // Dispatch 3h from 10:00 ends at 13:00 exactly, before lunch.
    checkMoment(run.state.currentStep()->due, almaty(2024, 10, 29, 13, 0));
    act(run, u"clerk1"_s, Action::dispatch(7), almaty(2024, 10, 29, 14, 0));

    checkSteps(run.state, {
                              {StepCode::Registration, almaty(2024, 10, 15, 11, 0), almaty(2024, 10, 15, 11, 15),
                               almaty(2024, 10, 15, 11, 15), "clerk1", false},
                              {StepCode::Resolution, almaty(2024, 10, 15, 11, 15), almaty(2024, 10, 15, 15, 45),
                               almaty(2024, 10, 15, 15, 50), "head1", true},
                              {StepCode::Preparation, almaty(2024, 10, 15, 15, 50), almaty(2024, 10, 28, 18, 30),
                               almaty(2024, 10, 24, 16, 0), "spec1", false},
                              {StepCode::Signing, almaty(2024, 10, 24, 16, 0), almaty(2024, 10, 24, 17, 0),
                               almaty(2024, 10, 24, 16, 45), "head1", false},
                              {StepCode::Preparation, almaty(2024, 10, 24, 16, 45), almaty(2024, 10, 28, 18, 30),
                               almaty(2024, 10, 28, 18, 0), "spec1", false},
                              {StepCode::Signing, almaty(2024, 10, 28, 18, 0), almaty(2024, 10, 29, 9, 30),
                               almaty(2024, 10, 29, 10, 0), "head1", true},
                              {StepCode::Dispatch, almaty(2024, 10, 29, 10, 0), almaty(2024, 10, 29, 13, 0),
                               almaty(2024, 10, 29, 14, 0), "clerk1", true},
                          });
    // The total term never restarted: the case closed before 30 October 18:30.
    checkMoment(run.state.caseDue, almaty(2024, 10, 30, 18, 30));
    CHECK(run.state.state == CaseState::Completed);
    CHECK_FALSE(run.state.late);
    checkReplay(run);
}

TEST_CASE("A return after the preparation due moment makes the reopened step overdue at once", "[workflow][paths]") {
    CaseRun run = reachState(u"P"_s, Channel::StateCorporation, u"preparation"_s);
    // The default path resolved at 2024-10-15 11:20; 8 working days: due Monday 28 at 18:30.
    checkMoment(run.state.currentStep()->due, almaty(2024, 10, 28, 18, 30));
    act(run, u"spec1"_s, Action::prepareResult(run.state.version, issue()), almaty(2024, 10, 28, 18, 0));
    act(run, u"head1"_s, Action::returnForRework(run.state.version, u"Переделать"_s), almaty(2024, 10, 29, 9, 15));
    const StepRecord* reopened = run.state.currentStep();
    REQUIRE(reopened != nullptr);
    CHECK(reopened->step == StepCode::Preparation);
    checkMoment(reopened->due, almaty(2024, 10, 28, 18, 30));

    const DeadlineEvaluator deadlines(WorkflowWorld::get().calendar);
    const Result<DeadlineStatus> status = deadlines.step(*reopened, almaty(2024, 10, 29, 9, 15));
    REQUIRE(status.ok());
    CHECK(status->state == DeadlineStatus::State::Overdue);
    CHECK(status->overdueSeconds == 15 * 60); // Monday 18:30 to Tuesday 09:15: 15 working minutes
    CHECK(status->remainingSeconds == 0);
    // Finishing it later records it late.
    act(run, u"spec1"_s, Action::prepareResult(run.state.version, issue()), almaty(2024, 10, 29, 9, 40));
    CHECK(run.state.steps.at(run.state.steps.size() - 2).late);
    checkReplay(run);
}

TEST_CASE("Permit: reassignment moves the case without restarting the step clock", "[workflow][paths]") {
    CaseRun run = freshRun(u"P"_s, Channel::StateCorporation);
    act(run, u"clerk1"_s, Action::receive(defaultOpening(u"P"_s, Channel::StateCorporation)),
        almaty(2024, 10, 15, 11, 0));
    act(run, u"clerk1"_s, Action::registerCase(1), almaty(2024, 10, 15, 11, 10));
    act(run, u"head1"_s, Action::resolve(2, actor(u"spec1"_s), u"Подготовить"_s), almaty(2024, 10, 15, 15, 0));
    const StepRecord before = *run.state.currentStep();
    act(run, u"head1"_s, Action::reassign(3, actor(u"spec2"_s), u"Отпуск spec1"_s), almaty(2024, 10, 21, 10, 0));
    CHECK(run.state.assignee == u"spec2"_s);
    CHECK(run.state.state == CaseState::Preparation);
    CHECK(*run.state.currentStep() == before);
    checkMoment(run.state.currentStep()->start, almaty(2024, 10, 15, 15, 0));
    checkMoment(run.state.currentStep()->due, almaty(2024, 10, 28, 18, 30));
    CHECK(run.events.last().payload.value(u"previous_assignee"_s).toString() == u"spec1"_s);

    const Result<Event> formerAssignee =
        run.perform(actor(u"spec1"_s), Action::prepareResult(4, issue()), almaty(2024, 10, 22, 10, 0));
    REQUIRE_FALSE(formerAssignee.ok());
    CHECK(formerAssignee.error().reason == u"not_assignee"_s);

    // spec2 finishes on Tuesday 29 at 09:30: 30 working minutes after the due moment, late.
    act(run, u"spec2"_s, Action::prepareResult(4, issue()), almaty(2024, 10, 29, 9, 30));
    const StepRecord& preparation = run.state.steps.at(2);
    CHECK(preparation.late);
    CHECK(preparation.actor == u"spec2"_s);
    const DeadlineEvaluator deadlines(WorkflowWorld::get().calendar);
    const Result<DeadlineStatus> status = deadlines.step(preparation, almaty(2024, 11, 20, 12, 0));
    REQUIRE(status.ok());
    CHECK(status->state == DeadlineStatus::State::Overdue);
    CHECK(status->finished);
    CHECK(status->overdueSeconds == 30 * 60);
    checkReplay(run);
}

TEST_CASE("Permit: the clerk refuses an incomplete State Corporation package", "[workflow][paths]") {
    CaseRun run = freshRun(u"P"_s, Channel::StateCorporation);
    act(run, u"clerk1"_s, Action::receive(defaultOpening(u"P"_s, Channel::StateCorporation)),
        almaty(2024, 10, 15, 11, 0));
    act(run, u"clerk1"_s,
        Action::refuseAtIntake(1, {u"land_title"_s, u"bank_financing"_s}, u"Нет документов на землю"_s),
        almaty(2024, 10, 15, 11, 5));
    CHECK(run.state.state == CaseState::RefusedAtIntake);
    REQUIRE(run.state.intakeRefusal.has_value());
    CHECK(run.state.intakeRefusal->missingDocuments == QStringList{u"land_title"_s, u"bank_financing"_s});
    CHECK(run.state.intakeRefusal->comment == u"Нет документов на землю"_s);
    checkSteps(run.state, {{StepCode::Registration, almaty(2024, 10, 15, 11, 0), almaty(2024, 10, 15, 11, 15),
                            almaty(2024, 10, 15, 11, 5), "clerk1", false}});
    REQUIRE(run.state.closedAt.has_value());
    checkMoment(*run.state.closedAt, almaty(2024, 10, 15, 11, 5));
    CHECK_FALSE(run.state.late);
    CHECK(run.state.currentStep() == nullptr);
    const Result<Event> register_ =
        run.perform(actor(u"clerk1"_s), Action::registerCase(2), almaty(2024, 10, 15, 11, 6));
    REQUIRE_FALSE(register_.ok());
    CHECK(register_.error().reason == u"case_closed"_s);
    checkReplay(run);
}

TEST_CASE("Extract on the portal: late registration, a holiday inside the term", "[workflow][paths]") {
    CaseRun run = freshRun(u"E"_s, Channel::Portal);
    CaseOpening opening = defaultOpening(u"E"_s, Channel::Portal);
    opening.submittedAt = almaty(2024, 10, 23, 17, 0); // Wednesday
    opening.receivedAt = opening.submittedAt;
    act(run, u"clerk1"_s, Action::receive(opening), almaty(2024, 10, 23, 17, 0));
    // 3 working days after Wednesday 23: 24, (25 holiday), 28, 29.
    checkMoment(run.state.caseDue, almaty(2024, 10, 29, 18, 30));

    act(run, u"clerk1"_s, Action::registerCase(1), almaty(2024, 10, 23, 17, 20));
    act(run, u"head1"_s, Action::resolve(2, actor(u"spec1"_s), u"Выдать выписку"_s), almaty(2024, 10, 24, 10, 0));
    act(run, u"spec1"_s, Action::prepareResult(3, issue()), almaty(2024, 10, 28, 12, 0));
    act(run, u"head1"_s, Action::sign(4), almaty(2024, 10, 28, 12, 30));
    act(run, u"clerk1"_s, Action::dispatch(5), almaty(2024, 10, 28, 12, 40));

    checkSteps(run.state, {
                              {StepCode::Registration, almaty(2024, 10, 23, 17, 0), almaty(2024, 10, 23, 17, 15),
                               almaty(2024, 10, 23, 17, 20), "clerk1", true},
                              // 3h from 17:20: 1h10 to 18:30, 1h50 from Thursday 09:00.
                              {StepCode::Resolution, almaty(2024, 10, 23, 17, 20), almaty(2024, 10, 24, 10, 50),
                               almaty(2024, 10, 24, 10, 0), "head1", false},
                              // 1 working day after Thursday 24: Friday is a holiday, so Monday 28.
                              {StepCode::Preparation, almaty(2024, 10, 24, 10, 0), almaty(2024, 10, 28, 18, 30),
                               almaty(2024, 10, 28, 12, 0), "spec1", false},
                              {StepCode::Signing, almaty(2024, 10, 28, 12, 0), almaty(2024, 10, 28, 13, 0),
                               almaty(2024, 10, 28, 12, 30), "head1", false},
                              {StepCode::Dispatch, almaty(2024, 10, 28, 12, 30), almaty(2024, 10, 28, 12, 45),
                               almaty(2024, 10, 28, 12, 40), "clerk1", false},
                          });
    CHECK(run.state.state == CaseState::Completed);
    CHECK_FALSE(run.state.late);
    checkReplay(run);
}

TEST_CASE("Extract: the State Corporation channel is refused; intake refusal is not for the portal",
          "[workflow][paths]") {
    CaseRun run = freshRun(u"E"_s, Channel::StateCorporation);
    const Result<Event> received = run.perform(
        actor(u"clerk1"_s), Action::receive(defaultOpening(u"E"_s, Channel::StateCorporation)), defaultReceivedAt());
    REQUIRE_FALSE(received.ok());
    CHECK(received.error().reason == u"wrong_channel"_s);
    CHECK(run.state == Case{});

    CaseRun portal = reachState(u"E"_s, Channel::Portal, u"registration"_s);
    const Result<Event> refused = portal.perform(actor(u"clerk1"_s), Action::refuseAtIntake(1, {u"request"_s}),
                                                 defaultReceivedAt() + std::chrono::minutes(5));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().reason == u"wrong_channel"_s);
}

TEST_CASE("Terms across the 2024 time-zone change and from a weekend submission", "[workflow][paths]") {
    // domain.md's worked example: portal, Thursday 2024-03-07 11:00, term ends 2024-03-27 18:30
    // (UTC+5). The example says 7 March was still UTC+6, but the zone database moves Asia/Almaty to
    // UTC+5 on 1 March 2024, as domain.md itself states; the result is the same moment of the day.
    CaseRun march = freshRun(u"P"_s, Channel::Portal);
    CaseOpening opening = defaultOpening(u"P"_s, Channel::Portal);
    opening.submittedAt = almaty(2024, 3, 7, 11, 0);
    opening.receivedAt = opening.submittedAt;
    act(march, u"clerk1"_s, Action::receive(opening), opening.receivedAt);
    checkMoment(march.state.caseDue, almaty(2024, 3, 27, 18, 30));
    CHECK(formatAlmaty(march.state.caseDue) == u"2024-03-27T18:30:00+05:00"_s);
    CHECK(formatAlmaty(march.state.submittedAt) == u"2024-03-07T11:00:00+05:00"_s);

    // Submitted on Saturday 19 October: the day of receipt is Monday 21 (first working moment);
    // 10 working days: 22-24, 28-31, 1, 4, 5 November. Registration runs from Monday 09:00.
    CaseRun weekend = freshRun(u"P"_s, Channel::Portal);
    opening.submittedAt = almaty(2024, 10, 19, 10, 0);
    opening.receivedAt = opening.submittedAt;
    act(weekend, u"clerk1"_s, Action::receive(opening), almaty(2024, 10, 19, 10, 0));
    checkMoment(weekend.state.caseDue, almaty(2024, 11, 5, 18, 30));
    checkMoment(weekend.state.currentStep()->due, almaty(2024, 10, 21, 9, 15));
}
