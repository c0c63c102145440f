// Same rules on both sides (issue 5): the hand-written rule tables of tests/data/workflow, which
// RuleTableTests.cpp runs against the C++ engine, run here against the SQL API on a real PostgreSQL.
// Every row's case is built through ruqsat.act along the fixture's default path at the fixture's
// moments; the row's action must then give the row's outcome, reason and next state. For every
// allowed row the API's event must equal the engine's, and the case CaseStore::load replays from the
// database must equal the engine's case (state, version, assignee, and every due moment, which the
// SQL calendar computes on its side).
#include "SqlRuleWorld.h"
#include "TestPaths.h"

#include "store/CaseStore.h"
#include "store/Database.h"
#include "workflow/Reason.h"

#include "CatchQt.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>

using namespace ruqsat::core;
using namespace ruqsat::test;
using namespace Qt::StringLiterals;

namespace {

// What a table run found, for the summary line.
struct Tally {
    int run = 0;
    int matched = 0;
    int allowed = 0;
    int replayed = 0;             // allowed rows whose event and replayed case were compared with the engine's
    QStringList mismatches;       // the SQL API against the table
    QStringList engineMismatches; // the engine against the table (workflow_tests checks it too)
};

QString compact(const QJsonObject& object) {
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

qint64 caseCount(const QString& connection) {
    auto count = Database::execute(QSqlDatabase::database(connection, false), u"SELECT count(*) FROM ruqsat.cases"_s);
    REQUIRE(count.ok());
    REQUIRE(count->next());
    return count->value(0).toLongLong();
}

QString outcomeText(const Result<QJsonObject>& answer) {
    if (answer)
        return u"allow -> "_s + answer->value(u"to_step"_s).toString();
    return u"deny %1 (%2)"_s.arg(answer.error().reason, answer.error().message);
}

// The allowed action's event and case, as the database has them, against the engine's. Whether the
// comparison could be made (both sides allowed it, the case loaded).
bool compareWithEngine(const QString& connection, const SqlCaseRun& run, const QJsonObject& json,
                       const Result<Event>& engineEvent, QStringList& problems) {
    const SqlRuleWorld& world = SqlRuleWorld::get();
    if (!engineEvent) {
        problems.append(
            u"the engine refused it (%1), so there is nothing to compare"_s.arg(engineEvent.error().reason));
        return false;
    }
    const Result<Event> event = fixtureEvent(json, world);
    if (!event) {
        problems.append(u"the API's event does not parse: %1 (%2)"_s.arg(event.error().message, compact(json)));
        return false;
    }
    if (*event != *engineEvent)
        problems.append(
            u"events differ: SQL %1, engine %2"_s.arg(compact(event->toJson()), compact(engineEvent->toJson())));

    const CaseStore store(connection);
    const Result<Case> loaded = store.load(run.caseId());
    if (!loaded) {
        problems.append(u"CaseStore::load: %1: %2"_s.arg(loaded.error().reason, loaded.error().message));
        return false;
    }
    const Case replayed = fixtureCase(*loaded, world);
    const Case& expected = run.engine().state;
    if (replayed.state != expected.state || replayed.version != expected.version ||
        replayed.assignee != expected.assignee || describeCase(replayed) != describeCase(expected)) {
        problems.append(
            u"replayed case differs:\nSQL    %1\nengine %2"_s.arg(describeCase(replayed), describeCase(expected)));
    } else if (!(replayed == expected)) {
        problems.append(u"replayed case differs outside state, version, assignee and step records"_s);
    }
    return true;
}

// One row: both sides reach the state; the SQL API takes the row's action, the engine the same one;
// the SQL API's answer is compared with the row.
void checkRow(const QString& connection, const QString& where, const QString& service, Channel channel,
              const QString& state, const QString& actorName, const QString& actionName, const QString& variant,
              const QHash<QString, QString>& row, Tally& tally) {
    ++tally.run;
    QStringList problems;
    SqlCaseRun run(connection, service, channel);
    const Status reached = run.reach(state);
    const std::optional<ActionKind> kind = actionKindFromName(actionName);
    REQUIRE(kind.has_value());

    if (!reached) {
        problems.append(reached.error().message);
    } else {
        const Result<Attempt> chosen = attempt(*kind, variant, run.engine());
        INFO((chosen ? QString() : chosen.error().message).toStdString());
        REQUIRE(chosen.ok());
        const Result<QString> storedBefore = run.storedState();
        REQUIRE(storedBefore.ok());
        const qint64 casesBefore = caseCount(connection);

        const qint64 caseBefore = run.caseId();
        const Result<QJsonObject> answer = run.act(actorName, *chosen);
        const Result<Event> engineEvent = run.engine().perform(actor(actorName), chosen->action, chosen->now);

        const QString expectedOutcome = row.value(u"outcome"_s);
        REQUIRE((expectedOutcome == u"allow"_s || expectedOutcome == u"deny"_s));
        if (expectedOutcome == u"allow"_s) {
            ++tally.allowed;
            if (!answer) {
                problems.append(
                    u"SQL API: %1, expected allow -> %2"_s.arg(outcomeText(answer), row.value(u"next_state"_s)));
            } else {
                const QString reachedState = answer->value(u"to_step"_s).toString();
                if (reachedState != row.value(u"next_state"_s))
                    problems.append(
                        u"SQL API: next state %1, expected %2"_s.arg(reachedState, row.value(u"next_state"_s)));
                const Result<QString> storedAfter = run.storedState();
                const QString expectedStored =
                    row.value(u"next_state"_s) + u'/' + QString::number(answer->value(u"sequence"_s).toInteger());
                if (!storedAfter || *storedAfter != expectedStored)
                    problems.append(u"the case row is at %1, expected %2"_s.arg(
                        storedAfter ? *storedAfter : storedAfter.error().message, expectedStored));
                if (compareWithEngine(connection, run, *answer, engineEvent, problems))
                    ++tally.replayed;
            }
            if (!engineEvent || caseStateName(run.engine().state.state) != row.value(u"next_state"_s))
                tally.engineMismatches.append(where);
        } else {
            const QString reason = row.value(u"reason"_s);
            const std::optional<Reason> expectedReason = reasonFromCode(reason);
            REQUIRE(expectedReason.has_value());
            if (answer) {
                problems.append(u"SQL API: %1, expected deny %2"_s.arg(outcomeText(answer), reason));
            } else {
                if (answer.error().reason != reason)
                    problems.append(u"SQL API: %1, expected deny %2"_s.arg(outcomeText(answer), reason));
                else if (answer.error().code != reasonErrorCode(*expectedReason))
                    problems.append(u"SQL API: %1 with error code %2, expected %3"_s.arg(
                        reason, QString::number(static_cast<int>(answer.error().code)),
                        QString::number(static_cast<int>(reasonErrorCode(*expectedReason)))));
                else if (answer.error().message.isEmpty())
                    problems.append(u"SQL API: %1 without a message"_s.arg(reason));
            }
            // A refusal leaves nothing behind: the case row as it was, no new case.
            const Result<QString> storedAfter = run.storedState();
            if (caseBefore != run.caseId() || !storedAfter || *storedAfter != *storedBefore)
                problems.append(u"a refused action changed the database"_s);
            if (caseCount(connection) != casesBefore)
                problems.append(u"a refused action created a case"_s);
            if (engineEvent || engineEvent.error().reason != reason)
                tally.engineMismatches.append(where);
        }
    }

    INFO(where.toStdString());
    INFO(problems.join(u"\n"_s).toStdString());
    CHECK(problems.isEmpty());
    if (problems.isEmpty())
        ++tally.matched;
    else
        tally.mismatches.append(where + u": "_s + problems.join(u"; "_s));
}

void report(const QString& table, const Tally& tally) {
    WARN(table.toStdString() << " against the SQL API: " << tally.run << " rows run, " << tally.matched << " matched, "
                             << tally.mismatches.size() << " mismatched; " << tally.replayed << " of " << tally.allowed
                             << " allowed rows replayed and compared with the engine");
    INFO(tally.mismatches.join(u"\n"_s).toStdString());
    CHECK(tally.mismatches.isEmpty());
    CHECK(tally.replayed == tally.allowed);
    // The engine answers the same rows in the same way (RuleTableTests.cpp holds it to them); a
    // difference here would mean the two programs were not asked the same question.
    INFO("engine: " << tally.engineMismatches.join(u", "_s).toStdString());
    CHECK(tally.engineMismatches.isEmpty());
}

} // namespace

TEST_CASE("The SQL API follows rules.csv", "[store][rules][postgres]") {
    const RuleTable table = readRuleTable(u"rules.csv"_s);
    REQUIRE(table.rows.size() == 5 * 8 * 9);
    SqlRuleConnection connection(u"sql-rules"_s);
    Tally tally;
    for (qsizetype i = 0; i < table.rows.size(); ++i) {
        const auto& row = table.rows.at(i);
        const QString where =
            u"rules.csv:%1 %2 %3 %4"_s.arg(QString::number(table.lineNumbers.at(i)), row.value(u"role"_s),
                                           row.value(u"state"_s), row.value(u"action"_s));
        const std::optional<Role> role = roleFromName(row.value(u"role"_s));
        REQUIRE(role.has_value());
        checkRow(connection.name(), where, u"P"_s, Channel::StateCorporation, row.value(u"state"_s),
                 defaultActorName(*role), row.value(u"action"_s), u"default"_s, row, tally);
    }
    CHECK(tally.run == 360);
    report(u"rules.csv"_s, tally);
}

TEST_CASE("The SQL API follows preconditions.csv", "[store][rules][postgres]") {
    const RuleTable table = readRuleTable(u"preconditions.csv"_s);
    REQUIRE(table.rows.size() >= 90);
    SqlRuleConnection connection(u"sql-preconditions"_s);
    Tally tally;
    for (qsizetype i = 0; i < table.rows.size(); ++i) {
        const auto& row = table.rows.at(i);
        const QString where = u"preconditions.csv:%1 %2 %3 %4 %5 at %6"_s.arg(
            QString::number(table.lineNumbers.at(i)), row.value(u"service"_s), row.value(u"actor"_s),
            row.value(u"action"_s), row.value(u"variant"_s), row.value(u"state"_s));
        const std::optional<Channel> channel = channelFromName(row.value(u"channel"_s));
        REQUIRE(channel.has_value());
        checkRow(connection.name(), where, row.value(u"service"_s), *channel, row.value(u"state"_s),
                 row.value(u"actor"_s), row.value(u"action"_s), row.value(u"variant"_s), row, tally);
    }
    CHECK(tally.run == table.rows.size());
    report(u"preconditions.csv"_s, tally);
}
