// The database as the security boundary (issue 5), tested as the demo users themselves.
#include "CaseReplay.h"
#include "DemoDatabase.h"
#include "TestCluster.h"
#include "TestConnection.h"

#include "store/CaseStore.h"
#include "store/Database.h"
#include "workflow/CaseProjection.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSemaphore>
#include <QThread>
#include <QUuid>

#include <catch2/catch.hpp>

#include <atomic>

using namespace ruqsat;
using namespace Qt::StringLiterals;

namespace {

using test::Connection;

// The demo database is made once for this file: seeding takes a moment and the tests only read it or
// add to it.
const test::DemoDatabase& demo() {
    static const test::DemoDatabase database = test::DemoDatabase::create();
    return database;
}

// The demo logins of an office's crew are prefixed by the office: "" for vko, "glubokoe_", "zyryan_".
QString crewPrefix(const QString& office) {
    if (office == u"vko-glubokoe"_s)
        return u"glubokoe_"_s;
    if (office == u"vko-zyryan"_s)
        return u"zyryan_"_s;
    return {};
}

// A case at `state` in any office, latest first, with its office.
struct FoundCase {
    qint64 id = 0;
    qint64 version = 0;
    QString office;
};
FoundCase anyCaseAt(const QString& state) {
    Connection admin(demo().superuser, u"find-any-case"_s);
    auto query = admin.run(u"SELECT id, row_version, office_id FROM ruqsat.cases WHERE state = ? ORDER BY id DESC "
                           "LIMIT 1"_s,
                           {state});
    REQUIRE(query.ok());
    REQUIRE(query->next());
    return {query->value(0).toLongLong(), query->value(1).toLongLong(), query->value(2).toString()};
}

// A case of `office` at `state`, with its row version.
std::pair<qint64, qint64> caseAt(const QString& office, const QString& state) {
    Connection admin(demo().superuser, u"find-case"_s);
    auto query = admin.run(u"SELECT id, row_version FROM ruqsat.cases WHERE office_id = ? AND state = ? ORDER BY id "
                           "LIMIT 1"_s,
                           {office, state});
    REQUIRE(query.ok());
    REQUIRE(query->next());
    return {query->value(0).toLongLong(), query->value(1).toLongLong()};
}

} // namespace

TEST_CASE("Staff roles cannot write any table directly", "[security]") {
    Connection admin(demo().superuser, u"tables"_s);
    auto tables =
        admin.run(u"SELECT c.relname, a.attname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                  "JOIN LATERAL (SELECT attname FROM pg_attribute WHERE attrelid = c.oid AND attnum > 0 "
                  "AND NOT attisdropped AND attidentity = '' AND attgenerated = '' ORDER BY attnum LIMIT 1) a "
                  "ON true WHERE n.nspname = 'ruqsat' AND c.relkind = 'r' ORDER BY 1"_s);
    REQUIRE(tables.ok());
    QList<std::pair<QString, QString>> names;
    while (tables->next())
        names.append({tables->value(0).toString(), tables->value(1).toString()});
    REQUIRE(names.size() >= 10);

    for (const QString& login : {u"clerk"_s, u"head"_s, u"specialist"_s, u"supervisor"_s, u"admin"_s}) {
        Connection staff(demo().as(login), u"writer-"_s + login);
        for (const auto& [table, column] : names) {
            const QStringList statements{
                u"INSERT INTO ruqsat.%1 DEFAULT VALUES"_s.arg(table),
                u"UPDATE ruqsat.%1 SET %2 = %2"_s.arg(table, column),
                u"DELETE FROM ruqsat.%1"_s.arg(table),
                u"TRUNCATE ruqsat.%1"_s.arg(table),
            };
            for (const QString& statement : statements) {
                INFO(login.toStdString() << ": " << statement.toStdString());
                const core::Status result = staff.script(statement);
                REQUIRE_FALSE(result.ok());
                CHECK(result.error().reason == u"insufficient_privilege"_s);
            }
        }
    }
    // The API's internals are not theirs either.
    Connection clerk(demo().as(u"clerk"_s), u"internal"_s);
    auto internal = clerk.run(u"SELECT ruqsat.act(session_user, now(), NULL, NULL, 0, 'receive', '{}')"_s);
    REQUIRE_FALSE(internal.ok());
    CHECK(internal.error().reason == u"insufficient_privilege"_s);
}

TEST_CASE("Each office sees its own cases; a supervisor also the offices below", "[security]") {
    Connection admin(demo().superuser, u"counts"_s);
    const qint64 all = admin.scalar(u"SELECT count(*) FROM ruqsat.cases"_s);
    const qint64 glubokoe = admin.scalar(u"SELECT count(*) FROM ruqsat.cases WHERE office_id = 'vko-glubokoe'"_s);
    const qint64 oblast = admin.scalar(u"SELECT count(*) FROM ruqsat.cases WHERE office_id = 'vko'"_s);
    REQUIRE(glubokoe > 0);
    REQUIRE(oblast > 0);

    Connection districtClerk(demo().as(u"glubokoe_clerk"_s), u"district-clerk"_s);
    CHECK(districtClerk.scalar(u"SELECT count(*) FROM ruqsat.cases"_s) == glubokoe);
    CHECK(districtClerk.scalar(u"SELECT count(*) FROM ruqsat.cases WHERE office_id <> 'vko-glubokoe'"_s) == 0);
    CHECK(districtClerk.scalar(u"SELECT count(DISTINCT case_id) FROM ruqsat.audit_event"_s) == glubokoe);
    CHECK(districtClerk.scalar(u"SELECT count(*) FROM ruqsat.case_applicant a JOIN ruqsat.cases c ON c.id = a.case_id "
                               "WHERE c.office_id <> 'vko-glubokoe'"_s) == 0);

    Connection head(demo().as(u"head"_s), u"oblast-head"_s);
    CHECK(head.scalar(u"SELECT count(*) FROM ruqsat.cases"_s) == oblast);

    Connection supervisor(demo().as(u"supervisor"_s), u"supervisor"_s);
    CHECK(supervisor.scalar(u"SELECT count(*) FROM ruqsat.cases"_s) == all);

    // A specialist sees the cases assigned to them or that they acted on, not the office's whole queue.
    const QString specialist = demo().login(u"specialist2"_s);
    const qint64 theirs = admin.scalar(
        u"SELECT count(*) FROM ruqsat.cases c WHERE c.assignee = ? OR EXISTS (SELECT FROM ruqsat.audit_event e "
        "WHERE e.case_id = c.id AND e.actor = ?)"_s,
        {specialist, specialist});
    Connection spec(demo().as(u"specialist2"_s), u"specialist"_s);
    CHECK(spec.scalar(u"SELECT count(*) FROM ruqsat.cases"_s) == theirs);
    CHECK(theirs < oblast);

    // Loading a case of another office fails as if it did not exist.
    const auto [otherCase, version] = caseAt(u"vko"_s, u"preparation"_s);
    core::CaseStore store(districtClerk.name());
    auto loaded = store.load(otherCase);
    REQUIRE_FALSE(loaded.ok());
    CHECK(loaded.error().reason == u"unknown_case"_s);
}

TEST_CASE("Actions by the wrong role or office are refused by the database", "[security]") {
    const auto [registered, registeredVersion] = caseAt(u"vko"_s, u"registration"_s);
    struct Attempt {
        QString login;
        QString sql;
        QString reason;
    };
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QList<Attempt> attempts{
        {u"head"_s, u"SELECT ruqsat.register_case(?::uuid, ?, ?)"_s, u"wrong_role"_s},
        {u"specialist"_s, u"SELECT ruqsat.register_case(?::uuid, ?, ?)"_s, u"wrong_role"_s},
        {u"supervisor"_s, u"SELECT ruqsat.register_case(?::uuid, ?, ?)"_s, u"wrong_role"_s},
        {u"admin"_s, u"SELECT ruqsat.register_case(?::uuid, ?, ?)"_s, u"wrong_role"_s},
        {u"glubokoe_clerk"_s, u"SELECT ruqsat.register_case(?::uuid, ?, ?)"_s, u"wrong_office"_s},
        {u"clerk"_s, u"SELECT ruqsat.sign_result(?::uuid, ?, ?, '', '')"_s, u"wrong_role"_s},
        {u"clerk"_s, u"SELECT ruqsat.dispatch_result(?::uuid, ?, ?)"_s, u"wrong_step"_s},
    };
    for (const Attempt& attempt : attempts) {
        INFO(attempt.login.toStdString() << ": " << attempt.sql.toStdString());
        Connection staff(demo().as(attempt.login), u"attempt"_s);
        auto result = staff.run(attempt.sql, {id, registered, registeredVersion});
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().reason == attempt.reason);
    }
    Connection admin(demo().superuser, u"unchanged"_s);
    CHECK(admin.scalar(u"SELECT row_version FROM ruqsat.cases WHERE id = ?"_s, {registered}) == registeredVersion);
}

TEST_CASE("The audit log cannot be changed, not even by its owner", "[security][audit]") {
    Connection admin(demo().superuser, u"audit-owner"_s);
    const qint64 before = admin.scalar(u"SELECT count(*) FROM ruqsat.audit_event"_s);
    const QStringList statements{u"UPDATE ruqsat.audit_event SET actor = 'nobody' WHERE id = 1"_s,
                                 u"DELETE FROM ruqsat.audit_event WHERE id = 1"_s,
                                 u"TRUNCATE ruqsat.audit_event CASCADE"_s};
    for (const bool asOwner : {false, true}) {
        if (asOwner)
            REQUIRE(admin.script(u"SET ROLE ruqsat_owner"_s).ok());
        for (const QString& statement : statements) {
            INFO((asOwner ? "as ruqsat_owner: " : "as superuser: ") << statement.toStdString());
            const core::Status result = admin.script(statement);
            REQUIRE_FALSE(result.ok());
            CHECK(result.error().reason == u"audit_append_only"_s);
        }
    }
    REQUIRE(admin.script(u"RESET ROLE"_s).ok());
    CHECK(admin.scalar(u"SELECT count(*) FROM ruqsat.audit_event"_s) == before);
}

TEST_CASE("Text that looks like SQL is stored verbatim", "[security]") {
    const auto [caseId, version] = caseAt(u"vko"_s, u"resolution"_s);
    const QString hostile = u"'); DROP TABLE ruqsat.cases; -- \" \\ $$ ; SELECT pg_sleep(10); Қазақ тілі"_s;
    Connection head(demo().as(u"head"_s), u"hostile"_s);
    core::CaseStore store(head.name());
    auto assignee = store.actor(demo().login(u"specialist"_s));
    REQUIRE(assignee.ok());
    auto done = store.perform(caseId, core::Action::resolve(version, assignee.value(), hostile), QUuid::createUuid());
    INFO((done ? QString() : done.error().message).toStdString());
    REQUIRE(done.ok());
    auto loaded = store.load(caseId);
    REQUIRE(loaded.ok());
    CHECK(loaded->resolutionText == hostile);
    Connection admin(demo().superuser, u"hostile-check"_s);
    CHECK(admin.scalar(u"SELECT count(*) FROM ruqsat.cases WHERE resolution = ?"_s, {hostile}) == 1);
}

TEST_CASE("Two heads resolving one case at the same moment: exactly one wins", "[security][concurrency]") {
    const FoundCase found = anyCaseAt(u"resolution"_s);
    const qint64 caseId = found.id;
    const qint64 version = found.version;
    const QString crew = crewPrefix(found.office);
    Connection admin(demo().superuser, u"race-admin"_s);
    const qint64 eventsBefore = admin.scalar(u"SELECT count(*) FROM ruqsat.audit_event WHERE case_id = ?"_s, {caseId});

    QSemaphore ready;
    QSemaphore go;
    std::atomic<int> succeeded{0};
    std::atomic<int> conflicted{0};
    QStringList errors;
    QMutex errorsMutex;
    auto race = [&](int n) {
        const QString name = u"racer-%1"_s.arg(n);
        {
            auto db = core::Database::open(demo().as(crew + u"head"_s), name);
            if (!db) {
                ready.release();
                return;
            }
            core::CaseStore store(name);
            auto assignee = store.actor(demo().login(crew + u"specialist"_s));
            ready.release();
            go.acquire();
            auto done = store.perform(caseId, core::Action::resolve(version, assignee.value(), u"Racer %1"_s.arg(n)),
                                      QUuid::createUuid());
            if (done)
                ++succeeded;
            else if (done.error().reason == u"stale_version"_s)
                ++conflicted;
            else {
                QMutexLocker lock(&errorsMutex);
                errors.append(done.error().message);
            }
        }
        core::Database::close(name);
    };
    QThread* first = QThread::create(race, 1);
    QThread* second = QThread::create(race, 2);
    first->start();
    second->start();
    ready.acquire(2);
    go.release(2);
    first->wait();
    second->wait();
    delete first;
    delete second;

    INFO(errors.join(u"; "_s).toStdString());
    CHECK(succeeded == 1);
    CHECK(conflicted == 1);
    CHECK(admin.scalar(u"SELECT count(*) FROM ruqsat.audit_event WHERE case_id = ?"_s, {caseId}) == eventsBefore + 1);
    CHECK(admin.scalar(u"SELECT row_version FROM ruqsat.cases WHERE id = ?"_s, {caseId}) == version + 1);
    CHECK(admin.scalar(u"SELECT count(*) FROM ruqsat.case_step WHERE case_id = ? AND finished_at IS NULL"_s,
                       {caseId}) == 1);
}

TEST_CASE("A retried action is applied once; a lost connection leaves nothing behind", "[security][retry]") {
    Connection admin(demo().superuser, u"retry-admin"_s);
    const FoundCase found = anyCaseAt(u"registration"_s);
    const qint64 caseId = found.id;
    const qint64 version = found.version;
    const QString clerkLogin = crewPrefix(found.office) + u"clerk"_s;
    const QUuid actionId = QUuid::createUuid();

    SECTION("the reply was lost after the commit") {
        Connection clerk(demo().as(clerkLogin), u"retry-clerk"_s);
        core::CaseStore store(clerk.name());
        auto first = store.perform(caseId, core::Action::registerCase(version), actionId);
        REQUIRE(first.ok());
        auto again = store.perform(caseId, core::Action::registerCase(version), actionId);
        REQUIRE(again.ok());
        CHECK(again->event == first->event);
        CHECK(admin.scalar(u"SELECT count(*) FROM ruqsat.audit_event WHERE client_action_id = ?::uuid"_s,
                           {actionId.toString(QUuid::WithoutBraces)}) == 1);
        CHECK(admin.scalar(u"SELECT row_version FROM ruqsat.cases WHERE id = ?"_s, {caseId}) == version + 1);

        // The same id for another action is a client bug, refused.
        auto reused = store.perform(caseId, core::Action::dispatch(version + 1), actionId);
        REQUIRE_FALSE(reused.ok());
        CHECK(reused.error().reason == u"client_action_reused"_s);
    }
    SECTION("the connection died before the commit") {
        {
            Connection clerk(demo().as(clerkLogin), u"doomed-clerk"_s);
            REQUIRE(clerk.script(u"BEGIN"_s).ok());
            const qint64 pid = clerk.scalar(u"SELECT pg_backend_pid()"_s);
            REQUIRE(clerk
                        .run(u"SELECT ruqsat.register_case(?::uuid, ?, ?)"_s,
                             {actionId.toString(QUuid::WithoutBraces), caseId, version})
                        .ok());
            REQUIRE(admin.scalar(u"SELECT pg_terminate_backend(?::integer)::int"_s, {pid}) == 1);
            CHECK_FALSE(clerk.script(u"COMMIT"_s).ok());
        }
        CHECK(admin.scalar(u"SELECT row_version FROM ruqsat.cases WHERE id = ?"_s, {caseId}) == version);
        CHECK(admin.scalar(u"SELECT count(*) FROM ruqsat.audit_event WHERE client_action_id = ?::uuid"_s,
                           {actionId.toString(QUuid::WithoutBraces)}) == 0);
        CHECK(admin.scalar(u"SELECT count(*) FROM ruqsat.case_step WHERE case_id = ?"_s, {caseId}) == 1);

        // The user's retry, on a new connection, goes through once.
        Connection clerk(demo().as(clerkLogin), u"retry-after-loss"_s);
        core::CaseStore store(clerk.name());
        REQUIRE(store.perform(caseId, core::Action::registerCase(version), actionId).ok());
        CHECK(admin.scalar(u"SELECT row_version FROM ruqsat.cases WHERE id = ?"_s, {caseId}) == version + 1);
    }
}

TEST_CASE("Cases recorded through the SQL API replay into the same state core computes", "[security][replay]") {
    Connection admin(demo().superuser, u"replay-admin"_s);
    CHECK(test::checkEveryCaseReplays(admin) == demo().summary.cases);
}

TEST_CASE("A loaded case shows the due moments as recorded now, after an explicit recompute", "[replay]") {
    const FoundCase found = anyCaseAt(u"preparation"_s);
    Connection admin(demo().superuser, u"recompute-admin"_s);
    core::CaseStore store(admin.name());
    auto before = store.load(found.id);
    REQUIRE(before.ok());
    REQUIRE(before->currentStep() != nullptr);
    // What `calendar recompute --apply` does to the rows (the events keep what was communicated).
    REQUIRE(admin
                .run(u"UPDATE ruqsat.case_step SET due_at = due_at + interval '1 day' WHERE case_id = ? AND "
                     "finished_at IS NULL"_s,
                     {found.id})
                .ok());
    REQUIRE(
        admin.run(u"UPDATE ruqsat.cases SET case_due = case_due + interval '1 day' WHERE id = ?"_s, {found.id}).ok());
    auto after = store.load(found.id);
    REQUIRE(after.ok());
    CHECK(after->currentStep()->due == before->currentStep()->due + std::chrono::hours(24));
    CHECK(after->caseDue == before->caseDue + std::chrono::hours(24));
    CHECK(after->steps.first().due == before->steps.first().due);
    auto events = store.events(found.id);
    REQUIRE(events.ok());
    CHECK(core::CaseProjection::replay(events.value())->caseDue == before->caseDue);
}
