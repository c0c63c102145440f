#pragma once

// The fixture of tests/data/workflow/README.md in a real database, and cases driven through the SQL
// API (ruqsat.act) next to the C++ engine's run of the same actions at the same moments. With them
// SqlRuleTableTests.cpp holds the SQL API to the same rule tables as the engine (issue 5: same rules
// on both sides).

#include "WorkflowFixture.h"

#include "store/ConnectionSettings.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace ruqsat::test {

// A migrated database with the offices office-1 and office-9 (Asia/Almaty, the standard schedule)
// and every fixture person as a staff login holding the fixture's roles (WorkflowFixture's actor()).
// Logins are cluster-wide, so each fixture name carries the world's prefix ("clerk1" ->
// "r1_clerk1"); login() and fixtureName() translate.
class SqlRuleWorld {
public:
    // Made once per process, on first use.
    static const SqlRuleWorld& get();

    const core::ConnectionSettings& superuser() const { return m_superuser; }
    QString login(const QString& fixtureName) const { return m_prefix + fixtureName; }
    // The fixture name of one of this world's logins; any other text unchanged.
    QString fixtureName(const QString& login) const;

    // The people of the README's fixture table.
    static const QStringList& people();

private:
    SqlRuleWorld() = default;

    core::ConnectionSettings m_superuser;
    QString m_prefix;
};

// A superuser connection to the world's database for the current scope.
class SqlRuleConnection {
public:
    explicit SqlRuleConnection(QString name);
    ~SqlRuleConnection();
    SqlRuleConnection(const SqlRuleConnection&) = delete;
    SqlRuleConnection& operator=(const SqlRuleConnection&) = delete;

    const QString& name() const { return m_name; }

private:
    QString m_name;
};

// The arguments ruqsat.act takes for an action (resources/migrations/API.md): the opening for
// receive, else what the action's wrapper function passes. Assignees become the world's logins.
QJsonObject sqlActArguments(const core::Action& action, const SqlRuleWorld& world);

// One case of the world, moved forward through ruqsat.act as the superuser (so that the moments are
// the fixture's, not the server's clock), with the engine's CaseRun of the same actions beside it.
class SqlCaseRun {
public:
    SqlCaseRun(QString connectionName, const QString& service, core::Channel channel);

    // Brings both sides to a state of the README by the default path. The engine's side must end
    // equal to WorkflowFixture's reachState(). Fails with the SQL API's refusal (or a description of
    // how its case differs) when the SQL side does not follow.
    core::Status reach(const QString& state);

    // The attempt through ruqsat.act by the fixture person `actorName`: on this case once it exists,
    // else with case_id NULL. The event the API returned as JSON, or its refusal as
    // core::Database::toError reads it. Changes nothing on the engine's side.
    core::Result<QJsonObject> act(const QString& actorName, const Attempt& attempt);

    CaseRun& engine() { return m_engine; }
    const CaseRun& engine() const { return m_engine; }
    // 0 until the SQL API received the case.
    qint64 caseId() const { return m_caseId; }

    // The case's row as the SQL API keeps it: "state/row_version", or "none/0" before receipt.
    core::Result<QString> storedState() const;

private:
    QString m_connectionName;
    CaseRun m_engine;
    qint64 m_caseId = 0;
};

// The SQL API's event translated back to fixture names (actor, assignee, previous_assignee), so
// that it compares with the engine's.
core::Result<core::Event> fixtureEvent(const QJsonObject& json, const SqlRuleWorld& world);
// A case loaded from the database with its logins translated back to fixture names.
core::Case fixtureCase(core::Case loaded, const SqlRuleWorld& world);

// A few lines on the parts of a case the two sides compute: state, version, assignee, due moments
// and step records (moments in Asia/Almaty), for failure messages and comparisons.
QString describeCase(const core::Case& state);

} // namespace ruqsat::test
