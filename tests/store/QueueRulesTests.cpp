// The rules behind the work queues that need no database: which queues a role has, the filter
// predicate, and deadlines in words.
#include "CatchQt.h"

#include "store/CaseQueueFilter.h"
#include "store/CaseQueues.h"
#include "store/DeadlineText.h"

using namespace ruqsat;
using namespace ruqsat::core;
using namespace Qt::StringLiterals;

TEST_CASE("Deadlines read as working time: days of the office's working day, hours, minutes", "[queues]") {
    const int day = 8 * 60;
    struct Row {
        qint64 seconds;
        QString text;
    };
    const QList<Row> rows{
        {0, u"0 min"_s},
        {30, u"less than 1 min"_s},
        {60, u"1 min"_s},
        {45 * 60 + 59, u"45 min"_s},
        {60 * 60, u"1 h"_s},
        {135 * 60, u"2 h 15 min"_s},
        {(8 * 60 - 1) * 60, u"7 h 59 min"_s},
        {8 * 3600, u"1 d"_s},
        {(3 * 8 + 4) * 3600 + 59 * 60, u"3 d 4 h"_s},
        {10 * 8 * 3600, u"10 d"_s},
    };
    for (const Row& row : rows) {
        INFO(row.seconds);
        CHECK(DeadlineText::duration(row.seconds, day) == row.text);
    }
    // A 6-hour working day makes 12 working hours two days.
    CHECK(DeadlineText::duration(12 * 3600, 6 * 60) == u"2 d"_s);
}

TEST_CASE("A deadline status in words", "[queues]") {
    const int day = 8 * 60;
    auto status = [](DeadlineStatus::State state, bool finished, qint64 remaining, qint64 overdue) {
        DeadlineStatus s;
        s.state = state;
        s.finished = finished;
        s.remainingSeconds = remaining;
        s.overdueSeconds = overdue;
        return s;
    };
    using S = DeadlineStatus::State;
    struct Row {
        DeadlineStatus status;
        QString text;
    };
    const QList<Row> rows{
        {status(S::OnTime, false, 135 * 60, 0), u"2 h 15 min left"_s},
        {status(S::AtRisk, false, 20 * 60, 0), u"20 min left"_s},
        {status(S::AtRisk, false, 0, 0), u"due now"_s},
        {status(S::Overdue, false, 0, (3 * 8 + 4) * 3600), u"3 d 4 h overdue"_s},
        {status(S::Overdue, false, 0, 0), u"overdue"_s},
        {status(S::OnTime, true, 3600, 0), u"done on time"_s},
        {status(S::Overdue, true, 0, 65 * 60), u"done 1 h 5 min late"_s},
        {status(S::Overdue, true, 0, 0), u"done late"_s},
    };
    for (const Row& row : rows)
        CHECK(DeadlineText::status(row.status, day) == row.text);
    // Most urgent first.
    CHECK(DeadlineText::sortKey(status(S::Overdue, false, 0, 7200)) <
          DeadlineText::sortKey(status(S::Overdue, false, 0, 60)));
    CHECK(DeadlineText::sortKey(status(S::Overdue, false, 0, 60)) <
          DeadlineText::sortKey(status(S::AtRisk, false, 600, 0)));
}

TEST_CASE("An office's working day is its weekly time over its working weekdays", "[queues]") {
    CHECK(DeadlineText::minutesPerWorkingDay(OfficeSchedule::standard()) == 8 * 60);
    std::array<QList<WorkingInterval>, 7> week;
    for (int d = 0; d < 6; ++d)
        week[static_cast<std::size_t>(d)] = {{9 * 60, 15 * 60}};
    auto sixDays = OfficeSchedule::create("Asia/Almaty", week);
    REQUIRE(sixDays.ok());
    CHECK(DeadlineText::minutesPerWorkingDay(sixDays.value()) == 6 * 60);
}

TEST_CASE("Each role has its queues, each queue the step its role owns", "[queues]") {
    const Actor clerk{u"c"_s, u"vko"_s, {Role::Clerk}};
    const Actor head{u"h"_s, u"vko"_s, {Role::Head}};
    const Actor specialist{u"s"_s, u"vko"_s, {Role::Specialist}};
    const Actor supervisor{u"v"_s, u"vko"_s, {Role::Supervisor}};
    const Actor admin{u"a"_s, u"vko"_s, {Role::Administrator}};
    const Actor headAndClerk{u"z"_s, u"vko-zyryan"_s, {Role::Head, Role::Clerk}};

    CHECK(CaseQueues::screens(clerk) == QList<Role>{Role::Clerk});
    CHECK(CaseQueues::screens(headAndClerk) == QList<Role>{Role::Clerk, Role::Head});
    CHECK(CaseQueues::screens(admin).isEmpty());

    struct Row {
        Actor actor;
        Role role;
        QList<std::pair<QueueKind, CaseSelection>> queues;
    };
    const QStringList vko{u"vko"_s};
    const QList<Row> rows{
        {clerk,
         Role::Clerk,
         {{QueueKind::MyRegistrations, {{CaseState::Registration}, {}, vko}},
          {QueueKind::Dispatch, {{CaseState::Dispatch}, {}, vko}}}},
        {head,
         Role::Head,
         {{QueueKind::Incoming, {{CaseState::Resolution}, {}, vko}},
          {QueueKind::Signing, {{CaseState::Signing}, {}, vko}},
          {QueueKind::InPreparation, {{CaseState::Preparation}, {}, vko}}}},
        {specialist, Role::Specialist, {{QueueKind::MyCases, {{CaseState::Preparation}, u"s"_s, vko}}}},
        {supervisor,
         Role::Supervisor,
         {{QueueKind::AllOpen,
           {{CaseState::Registration, CaseState::Resolution, CaseState::Preparation, CaseState::Signing,
             CaseState::Dispatch},
            {},
            {}}}}},
        {admin, Role::Administrator, {}},
        {clerk, Role::Head, {}}, // a role the actor does not hold
        {headAndClerk,
         Role::Clerk,
         {{QueueKind::MyRegistrations, {{CaseState::Registration}, {}, {u"vko-zyryan"_s}}},
          {QueueKind::Dispatch, {{CaseState::Dispatch}, {}, {u"vko-zyryan"_s}}}}},
    };
    for (const Row& row : rows) {
        INFO(row.actor.login.toStdString() << " as " << roleName(row.role).toStdString());
        const QList<QueueSpec> specs = CaseQueues::forRole(row.actor, row.role);
        REQUIRE(specs.size() == row.queues.size());
        for (qsizetype i = 0; i < specs.size(); ++i) {
            CHECK(specs.at(i).kind == row.queues.at(i).first);
            CHECK(specs.at(i).role == row.role);
            CHECK(specs.at(i).selection == row.queues.at(i).second);
        }
    }
    CHECK(queueKindName(QueueKind::MyRegistrations) == u"my_registrations"_s);
    CHECK(queueKindName(QueueKind::AllOpen) == u"all_open"_s);
}

TEST_CASE("The queue filter: every word somewhere, and the deadline state", "[queues]") {
    CaseRow row;
    row.id = 42;
    row.applicants = u"ТОО «Алтай Строй Инвест»; ТОО «Алтай Строй Инвест» Уполномоченная компания"_s;
    row.objectName = u"ЖК «Достық», 12 этажей"_s;
    row.assignee = u"d1_specialist"_s;
    row.assigneeName = u"Динара Оспанова"_s;
    DeadlineStatus overdue;
    overdue.state = DeadlineStatus::State::Overdue;
    DeadlineStatus atRisk;
    atRisk.state = DeadlineStatus::State::AtRisk;
    DeadlineStatus onTime;

    using D = CaseQueueFilter::Deadline;
    struct Row {
        QString text;
        D deadline;
        std::optional<DeadlineStatus> status;
        bool accepted;
    };
    const QList<Row> rows{
        {{}, D::Any, onTime, true},
        {u"  "_s, D::Any, std::nullopt, true},
        {u"42"_s, D::Any, onTime, true},
        {u"4"_s, D::Any, onTime, false}, // a number matches the case number exactly, not a part of it
        {u"12"_s, D::Any, onTime, true}, // ... but may occur in the object
        {u"алтай"_s, D::Any, onTime, true},
        {u"АЛТАЙ достық"_s, D::Any, onTime, true},
        {u"алтай самал"_s, D::Any, onTime, false},
        {u"оспанова"_s, D::Any, onTime, true},
        {u"d1_spec"_s, D::Any, onTime, true},
        {{}, D::Overdue, overdue, true},
        {{}, D::Overdue, atRisk, false},
        {{}, D::AtRiskOrOverdue, atRisk, true},
        {{}, D::AtRiskOrOverdue, overdue, true},
        {{}, D::AtRiskOrOverdue, onTime, false},
        {{}, D::AtRiskOrOverdue, std::nullopt, false},
        {u"достық"_s, D::Overdue, overdue, true},
        {u"самал"_s, D::Overdue, overdue, false},
    };
    for (const Row& r : rows) {
        INFO(r.text.toStdString() << " / " << static_cast<int>(r.deadline));
        const CaseQueueFilter filter{r.text, r.deadline};
        CHECK(filter.accepts(row, r.status) == r.accepted);
    }
    CHECK(CaseQueueFilter{}.isEmpty());
    CHECK_FALSE((CaseQueueFilter{{}, D::Overdue}).isEmpty());
}

TEST_CASE("A selection holds a row as its query would", "[queues]") {
    CaseRow row;
    row.state = CaseState::Preparation;
    row.assignee = u"s"_s;
    row.officeId = u"vko"_s;
    struct Row {
        CaseSelection selection;
        bool holds;
    };
    const QList<Row> rows{
        {{}, true},
        {{{CaseState::Preparation}, {}, {}}, true},
        {{{CaseState::Resolution, CaseState::Preparation}, {}, {}}, true},
        {{{CaseState::Signing}, {}, {}}, false},
        {{{}, u"s"_s, {}}, true},
        {{{}, u"t"_s, {}}, false},
        {{{}, {}, {u"vko-zyryan"_s, u"vko"_s}}, true},
        {{{}, {}, {u"vko-zyryan"_s}}, false},
        {{{CaseState::Preparation}, u"s"_s, {u"vko"_s}}, true},
    };
    for (const Row& r : rows)
        CHECK(r.selection.matches(row) == r.holds);
}
