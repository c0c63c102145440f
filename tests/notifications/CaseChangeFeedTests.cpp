// Issue 8, part 3: a change made through one connection reaches a listener on another within 2 seconds;
// a lost listener connection is noticed, re-established and announced. The feed runs no timer: these tests
// ask it themselves (the ui's driver does it in the program, tests/ui/live).
#include "DemoDatabase.h"
#include "TestCluster.h"

#include "notifications/CaseChangeFeed.h"
#include "store/CaseStore.h"
#include "store/Database.h"
#include "store/StaffLogin.h"
#include "store/Workspace.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QUuid>

#include <functional>
#include <vector>

using namespace ruqsat;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

const test::DemoDatabase& demo() {
    static const test::DemoDatabase database = test::DemoDatabase::create(16);
    return database;
}

// Runs the event loop until `done` or `timeoutMs`; the milliseconds it took, or -1.
qint64 waitFor(const std::function<bool()>& done, int timeoutMs) {
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return -1;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return timer.elapsed();
}

// A demo user's own session connection, closed at the end of the test.
struct Login {
    QString connection;
    explicit Login(const QString& name)
        : connection(u"feed-test-"_s + name) {
        auto actor = core::StaffLogin::signIn(demo().superuser, demo().login(name),
                                              QLatin1String(core::DemoSeeder::demoPassword), connection);
        INFO((actor ? QString() : actor.error().message).toStdString());
        REQUIRE(actor.ok());
    }
    ~Login() { core::Database::close(connection); }
    Login(const Login&) = delete;
    Login& operator=(const Login&) = delete;

    QStringList visibleOffices() const {
        auto workspace = core::WorkspaceLoader::load(connection);
        REQUIRE(workspace.ok());
        QStringList ids;
        for (const core::OfficeInfo& office : workspace.value()->visibleOffices())
            ids.append(office.id);
        return ids;
    }
};

struct Received {
    QList<core::CaseChange> changes;
    int lost = 0;
    int reconnected = 0;
    explicit Received(core::CaseChangeFeed& feed) {
        QObject::connect(&feed, &core::CaseChangeFeed::caseChanged, &feed,
                         [this](qint64 caseId, qint64 version, const QString& action) {
                             changes.append(core::CaseChange{caseId, version, action});
                         });
        QObject::connect(&feed, &core::CaseChangeFeed::connectionLost, &feed, [this] { ++lost; });
        QObject::connect(&feed, &core::CaseChangeFeed::reconnected, &feed, [this] { ++reconnected; });
    }
    bool has(qint64 caseId) const {
        return std::any_of(changes.begin(), changes.end(), [&](const auto& c) { return c.caseId == caseId; });
    }
};

// A case waiting for the clerk's registration in the demo's oblast office, with its row version.
std::pair<qint64, qint64> caseToRegister(const QString& officeId) {
    const QString connection = u"feed-test-admin"_s;
    std::pair<qint64, qint64> found{0, 0};
    {
        auto db = core::Database::open(demo().superuser, connection);
        REQUIRE(db.ok());
        auto query = core::Database::execute(db.value(),
                                             u"SELECT id, row_version FROM ruqsat.cases WHERE state = 'registration' "
                                             "AND office_id = ? ORDER BY id LIMIT 1"_s,
                                             {officeId});
        REQUIRE(query.ok());
        REQUIRE(query->next());
        found = {query->value(0).toLongLong(), query->value(1).toLongLong()};
    }
    core::Database::close(connection);
    return found;
}

QString adminText(const QString& sql, const QVariantList& values) {
    const QString connection = u"feed-test-admin"_s;
    QString text;
    {
        auto db = core::Database::open(demo().superuser, connection);
        REQUIRE(db.ok());
        auto query = core::Database::execute(db.value(), sql, values);
        REQUIRE(query.ok());
        REQUIRE(query->next());
        text = query->value(0).toString();
    }
    core::Database::close(connection);
    return text;
}

void adminExec(const QString& sql, const QVariantList& values) {
    const QString connection = u"feed-test-admin"_s;
    {
        auto db = core::Database::open(demo().superuser, connection);
        REQUIRE(db.ok());
        auto query = core::Database::execute(db.value(), sql, values);
        INFO((query ? QString() : query.error().message).toStdString());
        REQUIRE(query.ok());
    }
    core::Database::close(connection);
}

} // namespace

TEST_CASE("The payload of a case notification is read into case, version and action", "[notifications]") {
    struct Row {
        QString payload;
        std::optional<core::CaseChange> expected;
    };
    const QList<Row> rows{
        {uR"({"case_id": 42, "version": 7, "action": "register"})"_s, core::CaseChange{42, 7, u"register"_s}},
        {uR"({"action":"sign","version":3,"case_id":9000000001})"_s, core::CaseChange{9000000001, 3, u"sign"_s}},
        // migration 0006's recomputation names no version
        {uR"({"case_id": 5, "action": "calendar_recompute"})"_s, core::CaseChange{5, 0, u"calendar_recompute"_s}},
        {uR"({"case_id": 0, "version": 1, "action": "x"})"_s, std::nullopt},
        {uR"({"case_id": -3})"_s, std::nullopt},
        {uR"({"version": 1, "action": "register"})"_s, std::nullopt},
        {uR"([42, 1, "register"])"_s, std::nullopt},
        {u"case 42 changed"_s, std::nullopt},
        {QString(), std::nullopt},
    };
    for (const Row& row : rows) {
        INFO(row.payload.toStdString());
        const std::optional<core::CaseChange> parsed = core::CaseChangeFeed::parsePayload(row.payload);
        REQUIRE(parsed.has_value() == row.expected.has_value());
        if (parsed) {
            CHECK(parsed->caseId == row.expected->caseId);
            CHECK(parsed->version == row.expected->version);
            CHECK(parsed->action == row.expected->action);
        }
    }
    CHECK(core::CaseChangeFeed::channelOf(u"vko-glubokoe"_s) == u"ruqsat_office_vko-glubokoe"_s);
}

TEST_CASE("A clerk's action reaches a listener of the office on another connection within 2 seconds",
          "[notifications][postgres]") {
    const Login clerk(u"clerk"_s);
    const Login supervisor(u"supervisor"_s);
    const Login districtClerk(u"glubokoe_clerk"_s);

    // The supervisor listens on the oblast office and the ones below it; the district clerk on theirs.
    core::CaseChangeFeed supervisorFeed(supervisor.connection, supervisor.visibleOffices());
    core::CaseChangeFeed districtFeed(districtClerk.connection, districtClerk.visibleOffices());
    CHECK(supervisorFeed.channels().size() >= 3);
    CHECK(districtFeed.channels() == QStringList{core::CaseChangeFeed::channelOf(u"vko-glubokoe"_s)});
    const Received supervisorNews(supervisorFeed);
    const Received districtNews(districtFeed);
    REQUIRE(supervisorFeed.start().ok());
    REQUIRE(districtFeed.start().ok());
    CHECK(supervisorFeed.isConnected());
    // Its own connection, not the session's.
    CHECK(supervisorFeed.connectionName() != supervisor.connection);
    CHECK(QSqlDatabase::database(supervisorFeed.connectionName(), false).isOpen());
    // Named for the server's activity view.
    CHECK(adminText(u"SELECT application_name FROM pg_stat_activity WHERE pid = ?"_s, {supervisorFeed.backendPid()}) ==
          u"ruqsat-live"_s);

    const auto [caseId, version] = caseToRegister(u"vko"_s);
    QElapsedTimer sent;
    sent.start();
    auto done =
        core::CaseStore(clerk.connection).perform(caseId, core::Action::registerCase(version), QUuid::createUuid());
    INFO((done ? QString() : done.error().message).toStdString());
    REQUIRE(done.ok());

    const qint64 waited = waitFor([&] { return supervisorNews.has(caseId); }, 2000);
    REQUIRE(waited >= 0);
    WARN("notification latency after the commit: " << waited << " ms (commit took " << sent.elapsed() - waited
                                                   << " ms)");
    const core::CaseChange& change = supervisorNews.changes.last();
    CHECK(change.caseId == caseId);
    CHECK(change.version == version + 1);
    CHECK(change.action == u"register"_s);

    // The district office's clerk does not see the oblast office's cases and is not told about them.
    QCoreApplication::processEvents(QEventLoop::AllEvents, 200);
    CHECK(districtNews.changes.isEmpty());
    CHECK(supervisorNews.lost == 0);
}

TEST_CASE("A killed listener connection is noticed, re-established and announced", "[notifications][postgres]") {
    const Login head(u"head"_s);
    core::CaseChangeFeed feed(head.connection, head.visibleOffices());
    const Received news(feed);
    REQUIRE(feed.start().ok());
    const qint64 firstPid = feed.backendPid();
    REQUIRE(firstPid > 0);
    CHECK(feed.checkConnection());
    CHECK(news.lost == 0);
    // While connected an attempt to reconnect changes nothing.
    CHECK(feed.tryReconnect().ok());
    CHECK(feed.backendPid() == firstPid);
    CHECK(news.reconnected == 0);

    // The server ends the feed's backend (as a restart or a network cut would), and waits until it is gone.
    CHECK(adminText(u"SELECT pg_terminate_backend(?, 5000)::text"_s, {firstPid}) == u"true"_s);
    CHECK_FALSE(feed.checkConnection());
    CHECK(news.lost == 1);
    CHECK_FALSE(feed.isConnected());
    CHECK(feed.isReconnecting());
    CHECK(feed.backendPid() == 0);
    CHECK(feed.currentRetryDelay() == 500ms);
    // Said once: asking again while waiting to reconnect neither asks the server nor says it again.
    CHECK_FALSE(feed.checkConnection());
    CHECK(news.lost == 1);

    const core::Status back = feed.tryReconnect();
    INFO((back ? QString() : back.error().message).toStdString());
    REQUIRE(back.ok());
    CHECK(news.reconnected == 1);
    CHECK(feed.isConnected());
    CHECK(feed.checkConnection());
    CHECK(feed.backendPid() > 0);
    CHECK(feed.backendPid() != firstPid);
    CHECK(news.lost == 1);

    // Subscribed again: news arrive as before (by themselves: the driver's socket notifier).
    adminExec(u"SELECT pg_notify('ruqsat_office_vko', '{\"case_id\": 77, \"version\": 2, \"action\": \"sign\"}')"_s,
              {});
    REQUIRE(waitFor([&] { return news.has(77); }, 2000) >= 0);
    // Another office's channel is not listened to.
    adminExec(u"SELECT pg_notify('ruqsat_office_elsewhere', '{\"case_id\": 78}')"_s, {});
    QCoreApplication::processEvents(QEventLoop::AllEvents, 300);
    CHECK_FALSE(news.has(78));

    // Stopped: nothing is checked or tried until it is started again.
    feed.stop();
    CHECK_FALSE(feed.checkConnection());
    const core::Status refused = feed.tryReconnect();
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().reason == u"not_started"_s);
    CHECK(news.lost == 1);
    CHECK(news.reconnected == 1);
    CHECK_FALSE(feed.isStarted());
    REQUIRE(feed.start().ok());
    CHECK(feed.checkConnection());
}

TEST_CASE("A feed that cannot reach its server waits longer after each failed attempt", "[notifications][postgres]") {
    // A connection to a port where nothing listens (never opened; the feed clones its parameters).
    const QString unreachable = u"feed-test-unreachable"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, unreachable);
        db.setHostName(u"127.0.0.1"_s);
        db.setPort(1);
        db.setDatabaseName(u"nothing"_s);
        db.setConnectOptions(u"connect_timeout=2"_s);
    }
    {
        core::CaseChangeFeed feed(unreachable, {u"vko"_s});
        feed.setTiming({200ms, 40ms, 160ms});
        const Received news(feed);
        const core::Status started = feed.start();
        REQUIRE_FALSE(started.ok());
        CHECK(started.error().reason == u"connect_failed"_s);
        CHECK(news.lost == 1);
        CHECK(feed.isStarted());
        CHECK(feed.isReconnecting());
        // 40, then 80, then 160 and no more.
        std::vector<qint64> pauses{feed.currentRetryDelay().count()};
        for (int attempt = 0; attempt < 4; ++attempt) {
            const core::Status tried = feed.tryReconnect();
            REQUIRE_FALSE(tried.ok());
            CHECK(tried.error().code == core::ErrorCode::Unavailable);
            pauses.push_back(feed.currentRetryDelay().count());
        }
        CHECK(pauses == std::vector<qint64>{40, 80, 160, 160, 160});
        CHECK(news.lost == 1);
        CHECK(news.reconnected == 0);
        CHECK(feed.isReconnecting());

        // A new timing starts over with its first pause; so does a new start.
        feed.setTiming({200ms, 25ms, 100ms});
        CHECK(feed.currentRetryDelay() == 25ms);
        CHECK_FALSE(feed.tryReconnect().ok());
        CHECK(feed.currentRetryDelay() == 50ms);
        feed.stop();
        CHECK_FALSE(feed.isStarted());
        CHECK_FALSE(feed.start().ok());
        CHECK(feed.currentRetryDelay() == 25ms);
        CHECK(news.lost == 2);
        feed.stop();
    }
    QSqlDatabase::removeDatabase(unreachable);
}
