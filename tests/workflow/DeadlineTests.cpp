// Deadline status of steps and cases (domain.md, "Working time and deadlines"): on time, at risk in
// the last quarter of the working time, overdue once the due moment has passed.
#include "WorkflowFixture.h"

#include "workflow/DeadlineEvaluator.h"

#include "CatchQt.h"

using namespace ruqsat::core;
using namespace ruqsat::test;
using namespace Qt::StringLiterals;

TEST_CASE("A registration step: on time, at risk, due, overdue", "[workflow][deadlines]") {
    // Registration of the default case: start Tuesday 15 October 2024 11:00, due 11:15 (900 s).
    const CaseRun run = reachState(u"P"_s, Channel::StateCorporation, u"registration"_s);
    const StepRecord& step = *run.state.currentStep();
    const DeadlineEvaluator deadlines(WorkflowWorld::get().calendar);
    struct Row {
        int hour;
        int minute;
        int second;
        DeadlineStatus::State state;
        qint64 remaining;
        qint64 overdue;
    };
    const Row table[] = {
        {11, 0, 0, DeadlineStatus::State::OnTime, 900, 0},
        {11, 11, 14, DeadlineStatus::State::OnTime, 226, 0}, // 226 s > 25% of 900 s (225 s)
        {11, 11, 15, DeadlineStatus::State::AtRisk, 225, 0}, // exactly the last quarter
        {11, 14, 59, DeadlineStatus::State::AtRisk, 1, 0},
        {11, 15, 0, DeadlineStatus::State::AtRisk, 0, 0}, // at the due moment: not yet overdue
        {11, 15, 1, DeadlineStatus::State::Overdue, 0, 1},
        {13, 30, 0, DeadlineStatus::State::Overdue, 0, 105 * 60}, // lunch does not count
        {15, 0, 0, DeadlineStatus::State::Overdue, 0, 135 * 60},
    };
    for (const Row& row : table) {
        INFO(row.hour << ":" << row.minute << ":" << row.second);
        const Result<DeadlineStatus> status =
            deadlines.step(step, almaty(2024, 10, 15, row.hour, row.minute, row.second));
        REQUIRE(status.ok());
        CHECK(status->state == row.state);
        CHECK(status->remainingSeconds == row.remaining);
        CHECK(status->overdueSeconds == row.overdue);
        CHECK(status->totalSeconds == 900);
        CHECK_FALSE(status->finished);
        CHECK(status->due == almaty(2024, 10, 15, 11, 15));
    }
    CHECK(deadlineStateName(DeadlineStatus::State::AtRisk) == u"at_risk"_s);
}

TEST_CASE("The at-risk share is configurable", "[workflow][deadlines]") {
    const CaseRun run = reachState(u"P"_s, Channel::StateCorporation, u"registration"_s);
    const StepRecord& step = *run.state.currentStep();
    const Instant fiveMinutesLeft = almaty(2024, 10, 15, 11, 10);
    CHECK(DeadlineEvaluator(WorkflowWorld::get().calendar).step(step, fiveMinutesLeft)->state ==
          DeadlineStatus::State::OnTime);
    CHECK(DeadlineEvaluator(WorkflowWorld::get().calendar, 0.5).step(step, fiveMinutesLeft)->state ==
          DeadlineStatus::State::AtRisk);
    CHECK(DeadlineEvaluator(WorkflowWorld::get().calendar, 0.0).step(step, fiveMinutesLeft)->state ==
          DeadlineStatus::State::OnTime);
    CHECK(DeadlineEvaluator(WorkflowWorld::get().calendar, 7.0).atRiskShare() == 1.0);
}

TEST_CASE("An open 8-day preparation over a holiday", "[workflow][deadlines]") {
    // Resolved Tuesday 15 October 11:20; due Monday 28 18:30. Working time in total: 5h40 on the
    // 15th (11:20-13:00, 14:30-18:30) and 8 days of 8h = 69h40 = 250800 s; a quarter is 62700 s.
    const CaseRun run = reachState(u"P"_s, Channel::StateCorporation, u"preparation"_s);
    const StepRecord& step = *run.state.currentStep();
    const DeadlineEvaluator deadlines(WorkflowWorld::get().calendar);

    const Result<DeadlineStatus> wednesday = deadlines.step(step, almaty(2024, 10, 23, 10, 0));
    REQUIRE(wednesday.ok());
    CHECK(wednesday->totalSeconds == 250800);
    // Wednesday 10:00-18:30 is 7h, Thursday 8h, (Friday holiday), Monday 8h: 23h.
    CHECK(wednesday->remainingSeconds == 23 * 3600);
    CHECK(wednesday->state == DeadlineStatus::State::OnTime);

    const Result<DeadlineStatus> holiday = deadlines.step(step, almaty(2024, 10, 25, 12, 0));
    REQUIRE(holiday.ok());
    CHECK(holiday->remainingSeconds == 8 * 3600); // only Monday is left
    CHECK(holiday->state == DeadlineStatus::State::AtRisk);

    const Result<DeadlineStatus> tuesday = deadlines.step(step, almaty(2024, 10, 29, 10, 0));
    REQUIRE(tuesday.ok());
    CHECK(tuesday->state == DeadlineStatus::State::Overdue);
    CHECK(tuesday->overdueSeconds == 3600);
}

TEST_CASE("A finished step keeps the status it finished with", "[workflow][deadlines]") {
    const DeadlineEvaluator deadlines(WorkflowWorld::get().calendar);
    const Instant start = almaty(2024, 10, 15, 11, 0);
    const Instant due = almaty(2024, 10, 15, 11, 15);
    const Instant muchLater = almaty(2024, 12, 2, 12, 0);

    const Result<DeadlineStatus> atDue = deadlines.evaluate(start, due, due, muchLater);
    REQUIRE(atDue.ok());
    CHECK(atDue->state == DeadlineStatus::State::OnTime); // finishing at the due moment is not late
    CHECK(atDue->finished);

    const Result<DeadlineStatus> nearlyDue = deadlines.evaluate(start, due, almaty(2024, 10, 15, 11, 14), muchLater);
    CHECK(nearlyDue->state == DeadlineStatus::State::OnTime); // at risk applies to open steps only
    CHECK(nearlyDue->remainingSeconds == 60);

    const Result<DeadlineStatus> late = deadlines.evaluate(start, due, almaty(2024, 10, 15, 11, 15, 1), muchLater);
    CHECK(late->state == DeadlineStatus::State::Overdue);
    CHECK(late->overdueSeconds == 1);
}

TEST_CASE("The whole case against its total term", "[workflow][deadlines]") {
    const DeadlineEvaluator deadlines(WorkflowWorld::get().calendar);
    const CaseRun open = reachState(u"E"_s, Channel::Portal, u"preparation"_s);
    // E from Tuesday 15 October 11:00: 3 working days, due Friday 18 at 18:30.
    CHECK(open.state.caseDue == almaty(2024, 10, 18, 18, 30));
    const Result<DeadlineStatus> monday = deadlines.wholeCase(open.state, almaty(2024, 10, 21, 9, 30));
    REQUIRE(monday.ok());
    CHECK(monday->state == DeadlineStatus::State::Overdue);
    CHECK(monday->overdueSeconds == 30 * 60);

    const CaseRun closed = reachState(u"E"_s, Channel::Portal, u"completed"_s);
    const Result<DeadlineStatus> done = deadlines.wholeCase(closed.state, almaty(2024, 12, 2, 12, 0));
    REQUIRE(done.ok());
    CHECK(done->finished);
    CHECK(done->state == DeadlineStatus::State::OnTime);
    CHECK_FALSE(closed.state.late);
}
