// Issue 8, part 3: what a colleague does shows on every open screen within 2 seconds, without a refresh;
// a lost connection is said in the status bar, and once back everything is read again.
#include "FakeClock.h"
#include "LiveTestSupport.h"
#include "UiTestSupport.h"

#include "casecard/CaseCardDialog.h"
#include "common/LanguageManager.h"
#include "mainwindow/CaseChangeFeedDriver.h"
#include "mainwindow/MainWindow.h"
#include "notifications/CaseChangeFeed.h"
#include "queue/CaseQueueModel.h"
#include "queue/CaseQueueProxyModel.h"
#include "queue/QueueWidget.h"
#include "roles/RoleScreen.h"
#include "store/CaseStore.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QUuid>

using namespace ruqsat;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

const ui::MainWindow::DatabaseInfo testDatabase{u"test database"_s, 0, false};

ui::QueueWidget* findQueue(const ui::MainWindow& window, core::QueueKind kind) {
    for (ui::RoleScreen* screen : window.screens()) {
        if (ui::QueueWidget* queue = screen->queue(kind)) {
            screen->showQueue(kind);
            return queue;
        }
    }
    FAIL("no such queue");
    return nullptr;
}

// The clerk registers a case (step 1 -> 2) on their own connection, as their workstation would.
void registerCase(const test::SignedIn& clerk, qint64 caseId, qint64 version) {
    auto done =
        core::CaseStore(clerk.connection()).perform(caseId, core::Action::registerCase(version), QUuid::createUuid());
    INFO((done ? QString() : done.error().message).toStdString());
    REQUIRE(done.ok());
}

void beginInEnglish() {
    test::useTemporarySettings();
    test::useTestCatalogues();
    ui::LanguageManager::instance().setLanguage(ui::LanguageManager::Language::English);
}

} // namespace

TEST_CASE("A colleague's action appears in the open queues of other users within 2 seconds", "[live]") {
    beginInEnglish();
    const test::SignedIn clerk(u"clerk"_s);
    const test::SignedIn head(u"head"_s);
    const test::SignedIn supervisor(u"supervisor"_s);
    ui::MainWindow headWindow(testDatabase, head.session());
    ui::MainWindow supervisorWindow(testDatabase, supervisor.session());
    headWindow.show();
    supervisorWindow.show();
    REQUIRE(headWindow.changeFeed() != nullptr);
    REQUIRE(headWindow.changeFeed()->isConnected());
    REQUIRE(supervisorWindow.changeFeed()->isConnected());
    // Its health is checked by the window's driver (the feed itself runs no timer).
    REQUIRE(headWindow.changeFeedDriver() != nullptr);
    CHECK(headWindow.changeFeedDriver()->isCheckingConnection());
    CHECK(headWindow.connectionLabel()->text().isEmpty());

    ui::QueueWidget* incoming = findQueue(headWindow, core::QueueKind::Incoming);
    ui::QueueWidget* allOpen = findQueue(supervisorWindow, core::QueueKind::AllOpen);
    test::fetchAll(incoming->model());
    test::fetchAll(allOpen->model());
    REQUIRE(incoming->proxy()->rowCount() > 0);
    // The head is looking at a case; the news must not take it away.
    incoming->view()->setCurrentIndex(incoming->proxy()->index(0, 0));
    const qint64 selected = incoming->currentCaseId();
    REQUIRE(selected != 0);

    const auto [caseId, version] = test::demoCaseIn(u"registration"_s, u"vko"_s);
    REQUIRE(incoming->model()->rowOfCase(caseId) == -1);
    const int openRow = allOpen->model()->rowOfCase(caseId);
    REQUIRE(openRow >= 0);
    REQUIRE(allOpen->model()->caseRow(openRow).state == core::CaseState::Registration);

    QElapsedTimer clock;
    clock.start();
    registerCase(clerk, caseId, version);
    const qint64 committedAfter = clock.elapsed();
    const qint64 shownAfter = test::waitUntil(
        [&] {
            const int row = allOpen->model()->rowOfCase(caseId);
            return incoming->model()->rowOfCase(caseId) >= 0 && row >= 0 &&
                   allOpen->model()->caseRow(row).state == core::CaseState::Resolution;
        },
        2000);
    REQUIRE(shownAfter >= 0);
    WARN("a colleague's action reached two other screens " << shownAfter << " ms after its commit (the action took "
                                                           << committedAfter << " ms)");
    CHECK(incoming->currentCaseId() == selected);
    CHECK(incoming->title().contains(QString::number(incoming->model()->totalCount())));
}

TEST_CASE("An open case card shows a colleague's change by itself", "[live]") {
    beginInEnglish();
    // Another office, so that every test has cases of its own to act on.
    const test::SignedIn clerk(u"glubokoe_clerk"_s);
    const test::SignedIn head(u"glubokoe_head"_s);
    ui::MainWindow window(testDatabase, head.session());
    window.show();
    const auto [caseId, version] = test::demoCaseIn(u"registration"_s, u"vko-glubokoe"_s);
    ui::CaseCardDialog* card = window.openCase(caseId);
    REQUIRE(card != nullptr);
    REQUIRE(card->caseData().version == version);

    registerCase(clerk, caseId, version);
    REQUIRE(test::waitUntil([&] { return card->caseData().version == version + 1; }, 2000) >= 0);
    CHECK(card->caseData().state == core::CaseState::Resolution);
    card->close();
}

TEST_CASE("A burst of news is one refresh that keeps the selection and the scroll position", "[live]") {
    beginInEnglish();
    const test::SignedIn supervisor(u"supervisor"_s);
    ui::MainWindow window(testDatabase, supervisor.session());
    window.resize(900, 420);
    window.show();
    ui::QueueWidget* allOpen = findQueue(window, core::QueueKind::AllOpen);
    // Small pages: the reload must bring back every page the user had scrolled through.
    allOpen->model()->setPageSize(10);
    allOpen->reload();
    test::fetchAll(allOpen->model());
    QCoreApplication::processEvents();
    const int loaded = allOpen->model()->rowCount();
    REQUIRE(loaded > 30);
    QScrollBar* scroll = allOpen->view()->verticalScrollBar();
    REQUIRE(scroll->maximum() > 10);
    allOpen->view()->setCurrentIndex(allOpen->proxy()->index(loaded / 2, 0));
    scroll->setValue(scroll->maximum() / 2 + 3);
    const int scrolledTo = scroll->value();
    const qint64 selected = allOpen->currentCaseId();
    const int batchesBefore = window.appliedBatches();
    const QSignalSpy resets(allOpen->model(), &QAbstractItemModel::modelReset);

    // Fifty cases change in one transaction (as a calendar recomputation does).
    CHECK(test::adminNumber(u"SELECT count(*) FROM (SELECT pg_notify('ruqsat_office_' || office_id, "
                            "json_build_object('case_id', id, 'version', row_version, 'action', 'test')::text) "
                            "FROM (SELECT id, office_id, row_version FROM ruqsat.cases ORDER BY id LIMIT 50) c) n"_s) ==
          50);
    REQUIRE(test::waitUntil([&] { return window.appliedBatches() > batchesBefore; }, 2000) >= 0);
    test::waitUntil([] { return false; }, ui::MainWindow::coalesceMs * 3);
    CHECK(window.appliedBatches() == batchesBefore + 1);
    CHECK(resets.count() == 1);
    CHECK(allOpen->model()->rowCount() >= loaded);
    CHECK(allOpen->currentCaseId() == selected);
    CHECK(scroll->value() == scrolledTo);
}

TEST_CASE("A lost connection is shown in the status bar; once back, the screens are read again", "[live]") {
    beginInEnglish();
    const test::SignedIn clerk(u"zyryan_clerk"_s);
    const test::SignedIn head(u"zyryan_head"_s);
    ui::MainWindow window(testDatabase, head.session());
    window.show();
    core::CaseChangeFeed* feed = window.changeFeed();
    REQUIRE(feed != nullptr);
    // Checked often, and a second's pause before the first attempt to reconnect.
    feed->setTiming({200ms, 1000ms, 4000ms});
    ui::QueueWidget* incoming = findQueue(window, core::QueueKind::Incoming);
    test::fetchAll(incoming->model());

    CHECK(test::adminNumber(u"SELECT CASE WHEN pg_terminate_backend(?) THEN 1 ELSE 0 END"_s, {feed->backendPid()}) ==
          1);
    REQUIRE(test::waitUntil([&] { return !feed->isConnected(); }, 2000) >= 0);
    CHECK(window.connectionLabel()->text() == u"Connection to the server lost; reconnecting…"_s);
    CHECK(window.changeFeedDriver()->scheduledRetry() == std::optional<std::chrono::milliseconds>(1000ms));

    // Meanwhile a colleague acts: nobody can tell this screen, the connection is down.
    const auto [caseId, version] = test::demoCaseIn(u"registration"_s, u"vko-zyryan"_s);
    registerCase(clerk, caseId, version);
    QCoreApplication::processEvents();
    REQUIRE(!feed->isConnected());
    CHECK(incoming->model()->rowOfCase(caseId) == -1);

    REQUIRE(test::waitUntil([&] { return feed->isConnected(); }, 4000) >= 0);
    QCoreApplication::processEvents();
    const QString time =
        core::toDateTime(head.clock().now(), head.session().workspace->timeZone(u"vko-zyryan"_s)).toString(u"HH:mm"_s);
    CHECK(window.connectionLabel()->text() == u"Reconnected at %1; reloaded"_s.arg(time));
    CHECK(incoming->model()->rowOfCase(caseId) >= 0);

    // The status bar follows the language too.
    ui::LanguageManager::instance().setLanguage(ui::LanguageManager::Language::Russian);
    QCoreApplication::processEvents();
    CHECK(window.connectionLabel()->text() == u"Связь восстановлена в %1; данные перечитаны"_s.arg(time));
    ui::LanguageManager::instance().setLanguage(ui::LanguageManager::Language::English);
}
