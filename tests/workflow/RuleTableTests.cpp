// Runs the hand-written rule tables of tests/data/workflow (README.md there) against the engine.
#include "TestPaths.h"
#include "WorkflowFixture.h"

#include "workflow/CaseProjection.h"
#include "workflow/Reason.h"

#include "CatchQt.h"

#include <QFile>
#include <QHash>
#include <QSet>

using namespace ruqsat::core;
using namespace ruqsat::test;
using namespace Qt::StringLiterals;

namespace {

Channel channelOf(const QString& name) {
    const std::optional<Channel> channel = channelFromName(name);
    REQUIRE(channel.has_value());
    return *channel;
}

ActionKind actionOf(const QString& name) {
    const std::optional<ActionKind> kind = actionKindFromName(name);
    REQUIRE(kind.has_value());
    return *kind;
}

// One row: bring the case to its state, attempt the action, compare with the expectation.
void checkRow(const QString& service, Channel channel, const QString& state, const QString& actorName,
              const QString& actionName, const QString& variant, const QHash<QString, QString>& row) {
    CaseRun run = reachState(service, channel, state);
    const Case before = run.state;
    const Result<Attempt> chosen = attempt(actionOf(actionName), variant, run);
    INFO((chosen.ok() ? std::string() : chosen.error().message.toStdString()));
    REQUIRE(chosen.ok());
    const Result<Event> event = run.perform(actor(actorName), chosen->action, chosen->now);

    if (row.value(u"outcome"_s) == u"allow"_s) {
        INFO("refused with " << (event ? std::string()
                                       : event.error().reason.toStdString() + ": " +
                                             event.error().message.toStdString()));
        REQUIRE(event.ok());
        CHECK(caseStateName(run.state.state) == row.value(u"next_state"_s));
        CHECK(event->sequence == before.version + 1);
        CHECK(run.state.version == before.version + 1);
    } else {
        REQUIRE(row.value(u"outcome"_s) == u"deny"_s);
        REQUIRE_FALSE(event.ok());
        CHECK(event.error().reason == row.value(u"reason"_s));
        const std::optional<Reason> reason = reasonFromCode(row.value(u"reason"_s));
        REQUIRE(reason.has_value());
        CHECK(event.error().code == reasonErrorCode(*reason));
        CHECK_FALSE(event.error().message.isEmpty());
        CHECK(run.state == before);
    }
}

} // namespace

TEST_CASE("rules.csv covers every role, state and action exactly once", "[workflow][rules]") {
    const RuleTable table = readRuleTable(u"rules.csv"_s);
    CHECK(table.header == QStringList{u"role"_s, u"state"_s, u"action"_s, u"outcome"_s, u"reason"_s, u"next_state"_s});
    QSet<QString> seen;
    for (const auto& row : table.rows)
        seen.insert(row.value(u"role"_s) + u'/' + row.value(u"state"_s) + u'/' + row.value(u"action"_s));
    CHECK(table.rows.size() == 5 * 8 * 9);
    CHECK(seen.size() == 5 * 8 * 9);
    for (Role role : allRoles()) {
        for (const char* state : {"none", "registration", "resolution", "preparation", "signing", "dispatch",
                                  "completed", "refused_at_intake"}) {
            for (ActionKind kind : allActionKinds()) {
                const QString key = roleName(role) + u'/' + QString::fromLatin1(state) + u'/' + actionKindName(kind);
                INFO(key.toStdString());
                CHECK(seen.contains(key));
            }
        }
    }
}

TEST_CASE("The engine follows rules.csv", "[workflow][rules]") {
    const RuleTable table = readRuleTable(u"rules.csv"_s);
    REQUIRE_FALSE(table.rows.isEmpty());
    for (qsizetype i = 0; i < table.rows.size(); ++i) {
        const auto& row = table.rows.at(i);
        INFO("rules.csv:" << table.lineNumbers.at(i) << " " << row.value(u"role"_s).toStdString() << " "
                          << row.value(u"state"_s).toStdString() << " " << row.value(u"action"_s).toStdString());
        const std::optional<Role> role = roleFromName(row.value(u"role"_s));
        REQUIRE(role.has_value());
        checkRow(u"P"_s, Channel::StateCorporation, row.value(u"state"_s), defaultActorName(*role),
                 row.value(u"action"_s), u"default"_s, row);
    }
}

TEST_CASE("The engine follows preconditions.csv", "[workflow][rules]") {
    const RuleTable table = readRuleTable(u"preconditions.csv"_s);
    REQUIRE(table.rows.size() >= 90);
    QSet<QString> reasons;
    for (qsizetype i = 0; i < table.rows.size(); ++i) {
        const auto& row = table.rows.at(i);
        INFO("preconditions.csv:" << table.lineNumbers.at(i) << " " << row.value(u"actor"_s).toStdString() << " "
                                  << row.value(u"action"_s).toStdString() << " "
                                  << row.value(u"variant"_s).toStdString() << " at "
                                  << row.value(u"state"_s).toStdString());
        checkRow(row.value(u"service"_s), channelOf(row.value(u"channel"_s)), row.value(u"state"_s),
                 row.value(u"actor"_s), row.value(u"action"_s), row.value(u"variant"_s), row);
        reasons.insert(row.value(u"reason"_s));
    }
    // Between them the tables use every reason an action can produce; the three that only
    // hand-built cases and events reach are tested in WorkflowEngineTests.cpp.
    for (const auto& row : readRuleTable(u"rules.csv"_s).rows)
        reasons.insert(row.value(u"reason"_s));
    for (Reason reason : allReasons()) {
        if (reason == Reason::MissingResult || reason == Reason::MissingSignature || reason == Reason::InvalidEvent)
            continue;
        INFO(reasonCode(reason).toStdString());
        CHECK(reasons.contains(reasonCode(reason)));
    }
}
