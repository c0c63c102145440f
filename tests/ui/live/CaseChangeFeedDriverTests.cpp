// Issue 8, part 3: the live-update feed's pace, kept by ui's CaseChangeFeedDriver (the feed in core runs no
// timer). A lost connection is noticed within one health-check interval and tried again after the pauses
// the feed's backoff gives; a timing set while running is adopted at once; stop() stops everything.
#include "LiveTestSupport.h"
#include "UiTestSupport.h"

#include "mainwindow/CaseChangeFeedDriver.h"
#include "notifications/CaseChangeFeed.h"

#include <QElapsedTimer>
#include <QSqlDatabase>

#include <vector>

using namespace ruqsat;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

QStringList visibleOffices(const test::SignedIn& user) {
    QStringList ids;
    for (const core::OfficeInfo& office : user.session().workspace->visibleOffices())
        ids.append(office.id);
    return ids;
}

struct Events {
    int lost = 0;
    int reconnected = 0;
    std::vector<qint64> scheduled;             // the pauses the driver scheduled, in ms
    std::vector<qint64> scheduledAt;           // when, in ms since `clock` started
    std::vector<qint64> lostAt, reconnectedAt; // ditto
    QElapsedTimer clock;
    Events(core::CaseChangeFeed& feed, ui::CaseChangeFeedDriver& driver) {
        clock.start();
        QObject::connect(&feed, &core::CaseChangeFeed::connectionLost, &feed, [this] {
            ++lost;
            lostAt.push_back(clock.elapsed());
        });
        QObject::connect(&feed, &core::CaseChangeFeed::reconnected, &feed, [this] {
            ++reconnected;
            reconnectedAt.push_back(clock.elapsed());
        });
        QObject::connect(&driver, &ui::CaseChangeFeedDriver::retryScheduled, &driver,
                         [this](std::chrono::milliseconds delay) {
                             scheduled.push_back(delay.count());
                             scheduledAt.push_back(clock.elapsed());
                         });
    }
};

} // namespace

TEST_CASE("The driver notices a lost connection by itself and reconnects after the first pause", "[live]") {
    const test::SignedIn head(u"head"_s);
    core::CaseChangeFeed feed(head.connection(), visibleOffices(head));
    ui::CaseChangeFeedDriver driver(feed);
    Events events(feed, driver);
    REQUIRE(driver.start().ok());
    CHECK(feed.isConnected());
    CHECK(driver.isCheckingConnection());
    CHECK_FALSE(driver.scheduledRetry().has_value());

    // Checked often, and a noticeable pause before the first attempt; adopted by the running driver.
    feed.setTiming({100ms, 300ms, 2000ms});
    CHECK(driver.isCheckingConnection());
    const qint64 firstPid = feed.backendPid();
    const qint64 killedAt = events.clock.elapsed();
    REQUIRE(test::adminNumber(u"SELECT CASE WHEN pg_terminate_backend(?, 5000) THEN 1 ELSE 0 END"_s, {firstPid}) == 1);

    // Noticed within a health-check interval (and some slack for a loaded machine), not the default 3 s.
    REQUIRE(test::waitUntil([&] { return events.lost == 1; }, 1500) >= 0);
    WARN("loss noticed " << events.lostAt.front() - killedAt << " ms after the backend was killed");
    CHECK(events.lostAt.front() - killedAt < 1500);
    CHECK_FALSE(driver.isCheckingConnection());
    REQUIRE(driver.scheduledRetry().has_value());
    CHECK(*driver.scheduledRetry() == 300ms);
    CHECK(events.scheduled == std::vector<qint64>{300});

    // The server is up: the first attempt, after the first pause, succeeds.
    REQUIRE(test::waitUntil([&] { return events.reconnected == 1; }, 3000) >= 0);
    const qint64 paused = events.reconnectedAt.front() - events.lostAt.front();
    WARN("reconnected " << paused << " ms after the loss was noticed");
    CHECK(paused >= 280); // QTimer may fire a little early (Qt::CoarseTimer: 5 %)
    CHECK(paused < 2000);
    CHECK(feed.isConnected());
    CHECK(feed.backendPid() != firstPid);
    CHECK(driver.isCheckingConnection());
    CHECK_FALSE(driver.scheduledRetry().has_value());
    CHECK(events.lost == 1);
    CHECK(events.scheduled.size() == 1);

    // Healthy: the checks go on without saying anything.
    test::waitUntil([] { return false; }, 350);
    CHECK(events.lost == 1);
    CHECK(events.reconnected == 1);

    driver.stop();
    CHECK_FALSE(feed.isStarted());
    CHECK_FALSE(driver.isCheckingConnection());
}

TEST_CASE("Without a server the driver tries again after ever longer pauses until stopped", "[live]") {
    const QString unreachable = u"driver-test-unreachable"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, unreachable);
        db.setHostName(u"127.0.0.1"_s);
        db.setPort(1); // nothing listens there
        db.setDatabaseName(u"nothing"_s);
    }
    {
        core::CaseChangeFeed feed(unreachable, {u"vko"_s});
        feed.setTiming({100ms, 40ms, 160ms});
        ui::CaseChangeFeedDriver driver(feed);
        Events events(feed, driver);
        const core::Status started = driver.start();
        CHECK_FALSE(started.ok());
        CHECK(events.lost == 1);
        CHECK(feed.isReconnecting());
        CHECK_FALSE(driver.isCheckingConnection());
        CHECK(driver.scheduledRetry() == std::optional<std::chrono::milliseconds>(40ms));

        // 40, 80, 160, then 160 again and again.
        REQUIRE(test::waitUntil([&] { return events.scheduled.size() >= 6; }, 3000) >= 0);
        CHECK(std::vector<qint64>(events.scheduled.begin(), events.scheduled.begin() + 6) ==
              std::vector<qint64>{40, 80, 160, 160, 160, 160});
        // Each attempt came no sooner than the pause scheduled before it (a coarse timer may fire up to 5 %
        // early; whole milliseconds).
        for (std::size_t i = 1; i < 6; ++i) {
            INFO("attempt " << i);
            CHECK(events.scheduledAt[i] - events.scheduledAt[i - 1] >= events.scheduled[i - 1] * 9 / 10 - 1);
        }
        WARN("six pauses scheduled within " << events.scheduledAt[5] - events.scheduledAt[0] << " ms");
        CHECK(events.lost == 1);
        CHECK(events.reconnected == 0);

        driver.stop();
        CHECK_FALSE(feed.isStarted());
        CHECK_FALSE(driver.scheduledRetry().has_value());
        const std::size_t attempts = events.scheduled.size();
        test::waitUntil([] { return false; }, 400);
        CHECK(events.scheduled.size() == attempts);
        CHECK(events.lost == 1);
    }
    QSqlDatabase::removeDatabase(unreachable);
}
