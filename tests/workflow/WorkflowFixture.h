#pragma once

#include <QHash>
#include <QStringList>

// The fixture of tests/data/workflow/README.md: the office, its people, the default case of each
// service and channel, the default and variant actions, and the default path that brings a case to
// a named state. The rule tables (rules.csv, preconditions.csv) are read against it.

#include "calendar/WorkingCalendar.h"
#include "services/ServiceCatalogue.h"
#include "workflow/Action.h"
#include "workflow/Case.h"
#include "workflow/Event.h"
#include "workflow/WorkflowEngine.h"

#include <QList>
#include <QString>

#include <memory>

namespace ruqsat::test {

// The shipped calendar, the standard schedule (Asia/Almaty) and the shipped service catalogue,
// loaded once.
struct WorkflowWorld {
    std::shared_ptr<const core::WorkingCalendar> calendar;
    core::ServiceCatalogue catalogue;
    QTimeZone zone;
    std::shared_ptr<const core::WorkflowEngine> engine;

    static const WorkflowWorld& get();
};

// A local time in Asia/Almaty.
core::Instant almaty(int year, int month, int day, int hour, int minute, int second = 0);
QString formatAlmaty(core::Instant instant);

// The fixture's people (README): clerk1, head1, spec1, spec2, sup1, admin1, boss1, sup_clerk1,
// admin_head1 of office-1; clerk9, head9, spec9 of office-9. An unknown name fails the test.
core::Actor actor(const QString& name);
QString defaultActorName(core::Role role);

// The default opening of a service ("P", "E") through a channel, received at `receivedAt`.
core::CaseOpening defaultOpening(const QString& service, core::Channel channel);

// A case with its history, moved forward by performing actions.
struct CaseRun {
    QString service;
    core::Channel channel = core::Channel::Portal;
    core::Case state;
    QList<core::Event> events;
    core::Instant clock; // the moment of the last action taken

    // decide + apply; the case is unchanged on refusal.
    core::Result<core::Event> perform(const core::Actor& who, const core::Action& action, core::Instant now);
    // The default action of `kind` by `who`, ten minutes after the last one.
    core::Result<core::Event> performDefault(core::ActionKind kind, const QString& who);
};

// One attempt at an action: what is asked and when.
struct Attempt {
    core::Action action;
    core::Instant now;
};

// The action of `kind` in `variant` (README, "Variants") on this case, at its moment: ten minutes
// after the last event (receive: at the default receipt), one minute before it for time_reversed.
// An unknown variant is an error (InvalidArgument) so that a typo in a table cannot pass.
core::Result<Attempt> attempt(core::ActionKind kind, const QString& variant, const CaseRun& run);

// A fresh case of the service and channel, brought to a named state of the README by the default
// path. Fails the test when the path is refused.
CaseRun reachState(const QString& service, core::Channel channel, const QString& state);

// One move of a state's default path (tests/data/workflow/README.md, "States"): the action, the fixture
// actor who takes it and the variant.
struct PathMove {
    core::ActionKind kind;
    QString actor;
    QString variant;
};
QList<PathMove> defaultPath(const QString& state);

// A rule table of tests/data/workflow ('#' comments, a header line, no quoting, empty fields empty).
struct RuleTable {
    QStringList header;
    QList<QHash<QString, QString>> rows;
    QList<int> lineNumbers;
};
RuleTable readRuleTable(const QString& name);

// The fixture's default receipt moment and the interval between default actions.
core::Instant defaultReceivedAt();
inline constexpr std::chrono::minutes actionInterval{10};

} // namespace ruqsat::test
