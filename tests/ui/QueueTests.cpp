// Issue 6, point 5: the work queues -- what they hold, their deadline column, filtering, sorting, and
// opening a case from the keyboard or the mouse.
#include "FakeClock.h"
#include "UiTestSupport.h"

#include "calendar/WorkingCalendar.h"
#include "casecard/CaseCardDialog.h"
#include "mainwindow/MainWindow.h"
#include "queue/CaseQueueModel.h"
#include "queue/CaseQueueProxyModel.h"
#include "queue/QueueWidget.h"
#include "report/OverdueReportModel.h"
#include "report/OverdueReportWidget.h"
#include "roles/RoleScreen.h"
#include "store/CaseStore.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPointer>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include <algorithm>

using namespace ruqsat;
using namespace Qt::StringLiterals;

using Column = ui::CaseQueueModel::Column;
using State = core::DeadlineStatus::State;

namespace {

const ui::MainWindow::DatabaseInfo testDatabase{u"test database"_s, 0, false};

QModelIndex cell(const QAbstractItemModel* model, int row, Column column) {
    return model->index(row, static_cast<int>(column));
}

QList<qint64> loadedIds(const ui::CaseQueueModel* model) {
    QList<qint64> ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids.append(model->caseRow(row).id);
    std::sort(ids.begin(), ids.end());
    return ids;
}

ui::QueueWidget* findQueue(const ui::MainWindow& window, core::QueueKind kind) {
    for (const ui::RoleScreen* screen : window.screens()) {
        for (ui::QueueWidget* queue : screen->queues()) {
            if (queue->spec().kind == kind)
                return queue;
        }
    }
    FAIL("no such queue");
    return nullptr;
}

} // namespace

TEST_CASE("Every queue holds exactly the cases the SQL says and its models pass the model tester", "[ui][queue]") {
    struct Row {
        QString login;
        core::QueueKind kind;
        QString where; // over ruqsat.cases, as the superuser; ? is the user's login
    };
    using K = core::QueueKind;
    const QList<Row> rows{
        {u"clerk"_s, K::MyRegistrations, u"state = 'registration' AND office_id = 'vko'"_s},
        {u"clerk"_s, K::Dispatch, u"state = 'dispatch' AND office_id = 'vko'"_s},
        {u"head"_s, K::Incoming, u"state = 'resolution' AND office_id = 'vko'"_s},
        {u"head"_s, K::Signing, u"state = 'signing' AND office_id = 'vko'"_s},
        {u"head"_s, K::InPreparation, u"state = 'preparation' AND office_id = 'vko'"_s},
        {u"specialist"_s, K::MyCases, u"state = 'preparation' AND office_id = 'vko' AND assignee = ?"_s},
        {u"specialist2"_s, K::MyCases, u"state = 'preparation' AND office_id = 'vko' AND assignee = ?"_s},
        {u"zyryan_head"_s, K::MyRegistrations, u"state = 'registration' AND office_id = 'vko-zyryan'"_s},
        {u"zyryan_head"_s, K::Incoming, u"state = 'resolution' AND office_id = 'vko-zyryan'"_s},
        {u"glubokoe_specialist"_s, K::MyCases,
         u"state = 'preparation' AND office_id = 'vko-glubokoe' AND assignee = ?"_s},
        {u"supervisor"_s, K::AllOpen, u"closed_at IS NULL"_s},
    };
    qint64 longest = 0;
    for (const Row& row : rows) {
        INFO(row.login.toStdString() << " " << core::queueKindName(row.kind).toStdString());
        const test::SignedIn user(row.login);
        ui::MainWindow window(testDatabase, user.session());
        ui::QueueWidget* queue = findQueue(window, row.kind);
        ui::CaseQueueModel* model = queue->model();

        const test::ModelChecker checker{model, queue->proxy()};
        model->setPageSize(4); // small pages: the list is read in several round trips
        queue->reload();
        test::fetchAll(model);

        const QString sql = u"SELECT id FROM ruqsat.cases WHERE "_s + row.where + u" ORDER BY id"_s;
        const QList<qint64> expected = row.where.contains(u'?')
                                           ? test::adminNumbers(sql, {user.session().workspace->actor().login})
                                           : test::adminNumbers(sql);
        longest = std::max<qint64>(longest, expected.size());
        CHECK(loadedIds(model) == expected);
        CHECK(model->totalCount() == expected.size());
        CHECK(queue->proxy()->rowCount() == expected.size());
        CHECK(queue->title().endsWith(u"(%1)"_s.arg(expected.size())));
        CHECK_FALSE(model->lastError().has_value());
        INFO(checker.problems().join(u'\n').toStdString());
        CHECK(checker.problems().isEmpty());
    }
    CHECK(longest > 8); // at least one queue took several pages
}

TEST_CASE("The deadline column shows working time left or overdue, coloured, and moves on by itself",
          "[ui][queue][deadline]") {
    const test::SignedIn head(u"head"_s);
    const auto specs = core::CaseQueues::forRole(head.session().workspace->actor(), core::Role::Head);
    REQUIRE(specs.first().kind == core::QueueKind::Incoming);
    ui::QueueWidget queue(head.session(), specs.first());
    queue.reload();
    ui::CaseQueueModel* model = queue.model();
    REQUIRE(model->rowCount() > 0);
    const core::CaseRow& row = model->caseRow(0);
    REQUIRE(row.stepStartedAt.has_value());
    REQUIRE(row.stepDueAt.has_value());
    const core::Instant start = *row.stepStartedAt;
    const core::Instant due = *row.stepDueAt;
    const auto calendar = head.session().workspace->calendar(row.officeId);
    REQUIRE(calendar != nullptr);
    // The resolution step: 3 working hours (domain.md, step 2).
    REQUIRE(calendar->workingSecondsBetween(start, due).value() == 3 * 3600);

    auto at = [&](core::Instant from, qint64 minutes) { return calendar->addWorkingMinutes(from, minutes).value(); };
    struct Moment {
        core::Instant now;
        QString text;
        State state;
    };
    const QList<Moment> moments{
        {start, u"3 h left"_s, State::OnTime},
        {at(start, 60), u"2 h left"_s, State::OnTime},
        {at(start, 150), u"30 min left"_s, State::AtRisk},
        {at(due, 135), u"2 h 15 min overdue"_s, State::Overdue},
        {at(due, (3 * 8 + 4) * 60), u"3 d 4 h overdue"_s, State::Overdue},
    };
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    for (const Moment& moment : moments) {
        INFO(moment.text.toStdString());
        head.clock().set(moment.now);
        changed.clear();
        queue.refreshDeadlines();
        const QModelIndex index = cell(model, 0, Column::Deadline);
        CHECK(index.data().toString() == moment.text);
        CHECK(index.data(ui::CaseQueueModel::DeadlineStateRole).toInt() == static_cast<int>(moment.state));
        const QColor color = index.data(Qt::ForegroundRole).value<QColor>();
        CHECK(color == ui::CaseQueueModel::deadlineColor(moment.state));
        // Only the deadline column changed.
        REQUIRE_FALSE(changed.isEmpty());
        for (const QList<QVariant>& signal : std::as_const(changed)) {
            CHECK(signal.at(0).toModelIndex().column() == static_cast<int>(Column::Deadline));
            CHECK(signal.at(1).toModelIndex().column() == static_cast<int>(Column::Deadline));
        }
    }
    // Red for overdue, green for on time, and the at-risk amber between them.
    const QColor overdue = ui::CaseQueueModel::deadlineColor(State::Overdue);
    const QColor onTime = ui::CaseQueueModel::deadlineColor(State::OnTime);
    const QColor atRisk = ui::CaseQueueModel::deadlineColor(State::AtRisk);
    CHECK(overdue.red() > 2 * overdue.green());
    CHECK(onTime.green() > 2 * onTime.red());
    CHECK((atRisk.red() > atRisk.blue() && atRisk.green() > atRisk.blue()));

    // The minute timer re-measures without anyone asking.
    CHECK(queue.deadlineTimer()->isActive());
    CHECK(queue.deadlineTimer()->interval() == 60 * 1000);
    head.clock().set(start);
    queue.refreshDeadlines();
    REQUIRE(cell(model, 0, Column::Deadline).data().toString() == u"3 h left"_s);
    queue.deadlineTimer()->setInterval(20);
    head.clock().set(at(due, 135));
    CHECK(QTest::qWaitFor([&] { return cell(model, 0, Column::Deadline).data().toString() == u"2 h 15 min overdue"_s; },
                          3000));
}

TEST_CASE("Queues filter by words and deadline, and sort by urgency", "[ui][queue]") {
    const test::SignedIn supervisor(u"supervisor"_s);
    ui::QueueWidget queue(
        supervisor.session(),
        core::CaseQueues::forRole(supervisor.session().workspace->actor(), core::Role::Supervisor).first());
    queue.reload();
    test::fetchAll(queue.model());
    ui::CaseQueueProxyModel* proxy = queue.proxy();
    const int all = queue.model()->rowCount();
    REQUIRE(all > 10);
    const test::ModelChecker checker{proxy};

    // Most urgent first by default.
    for (int row = 1; row < proxy->rowCount(); ++row) {
        CHECK(cell(proxy, row - 1, Column::Deadline).data(ui::CaseQueueModel::SortRole).toLongLong() <=
              cell(proxy, row, Column::Deadline).data(ui::CaseQueueModel::SortRole).toLongLong());
    }
    // A click on a header sorts by that column.
    queue.view()->sortByColumn(static_cast<int>(Column::Id), Qt::DescendingOrder);
    for (int row = 1; row < proxy->rowCount(); ++row)
        CHECK(cell(proxy, row - 1, Column::Id).data().toLongLong() > cell(proxy, row, Column::Id).data().toLongLong());

    // Words, as typed.
    const QString word = u"Самал"_s;
    int containing = 0;
    for (int row = 0; row < all; ++row) {
        const core::CaseRow& data = queue.model()->caseRow(row);
        containing +=
            data.objectName.contains(word, Qt::CaseInsensitive) || data.applicants.contains(word, Qt::CaseInsensitive);
    }
    REQUIRE(containing > 0);
    REQUIRE(containing < all);
    test::typeText(queue.filterEdit(), u"самал"_s);
    CHECK(queue.filterEdit()->text() == u"самал"_s);
    CHECK(proxy->rowCount() == containing);
    for (int row = 0; row < proxy->rowCount(); ++row) {
        CHECK((cell(proxy, row, Column::Object).data().toString().contains(word) ||
               cell(proxy, row, Column::Applicants).data().toString().contains(word)));
    }
    // Escape in the filter clears it.
    QTest::keyClick(queue.filterEdit(), Qt::Key_Escape);
    CHECK(queue.filterEdit()->text().isEmpty());
    CHECK(proxy->rowCount() == all);

    // Overdue only.
    int overdue = 0;
    for (int row = 0; row < all; ++row)
        overdue += queue.model()->deadline(row) && queue.model()->deadline(row)->state == State::Overdue;
    REQUIRE(overdue > 0);
    queue.deadlineFilter()->setCurrentIndex(
        queue.deadlineFilter()->findData(static_cast<int>(core::CaseQueueFilter::Deadline::Overdue)));
    CHECK(proxy->rowCount() == overdue);
    for (int row = 0; row < proxy->rowCount(); ++row)
        CHECK(cell(proxy, row, Column::Deadline).data(ui::CaseQueueModel::DeadlineStateRole).toInt() ==
              static_cast<int>(State::Overdue));
    INFO(checker.problems().join(u'\n').toStdString());
    CHECK(checker.problems().isEmpty());
}

TEST_CASE("The supervisor's screen has the overdue report next to the queue; the others do not", "[ui][queue]") {
    const test::SignedIn supervisor(u"supervisor"_s);
    ui::MainWindow window(testDatabase, supervisor.session());
    REQUIRE(window.screens().size() == 1);
    const ui::RoleScreen* screen = window.screens().constFirst();
    REQUIRE(screen->report() != nullptr);
    CHECK(screen->report()->model()->rowCount() > 0);
    auto* tabs = screen->findChild<QTabWidget*>(u"queueTabs"_s);
    REQUIRE(tabs != nullptr);
    CHECK(tabs->tabText(tabs->indexOf(screen->report())) == u"Overdue report"_s);

    // News while the report is hidden only marks it stale; showing its tab reads it again.
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(tabs->currentWidget() != screen->report());
    QSignalSpy resets(screen->report()->model(), &QAbstractItemModel::modelReset);
    window.screens().constFirst()->reloadReport();
    CHECK(resets.count() == 0);
    tabs->setCurrentWidget(screen->report());
    CHECK(resets.count() == 1);
    window.screens().constFirst()->reloadReport();
    CHECK(resets.count() == 2);

    const test::SignedIn head(u"head"_s);
    ui::MainWindow headWindow(testDatabase, head.session());
    for (const ui::RoleScreen* other : headWindow.screens())
        CHECK(other->report() == nullptr);
}

TEST_CASE("Enter or a double-click on a queue row opens the case card; Escape closes it", "[ui][queue][keyboard]") {
    const test::SignedIn supervisor(u"supervisor"_s);
    ui::MainWindow window(testDatabase, supervisor.session());
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    ui::QueueWidget* queue = window.currentQueue();
    REQUIRE(queue != nullptr);
    CHECK(queue->spec().kind == core::QueueKind::AllOpen);
    QTableView* view = queue->view();
    REQUIRE(queue->proxy()->rowCount() > 1);

    // Ctrl+F goes to the filter, Enter there to the list.
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    CHECK(QApplication::focusWidget() == queue->filterEdit());
    QTest::keyClick(queue->filterEdit(), Qt::Key_Return);
    CHECK(QApplication::focusWidget() == view);
    REQUIRE(view->currentIndex().isValid());

    const qint64 first = view->currentIndex().data(ui::CaseQueueModel::CaseIdRole).toLongLong();
    QTest::keyClick(view, Qt::Key_Return);
    QPointer<ui::CaseCardDialog> card = window.findChild<ui::CaseCardDialog*>();
    REQUIRE(card);
    CHECK(card->caseId() == first);
    CHECK(card->isVisible());
    QTest::keyClick(card, Qt::Key_Escape);
    CHECK(QTest::qWaitFor([&] { return card.isNull(); }, 2000));

    const QModelIndex second = queue->proxy()->index(1, static_cast<int>(Column::Applicants));
    const QPoint where = view->visualRect(second).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, where);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, where);
    card = window.findChild<ui::CaseCardDialog*>();
    REQUIRE(card);
    CHECK(card->caseId() == second.data(ui::CaseQueueModel::CaseIdRole).toLongLong());
    card->reject();
}

TEST_CASE("After an action the queues update that case alone: it leaves one queue and joins the next", "[ui][queue]") {
    const test::SignedIn clerk(u"clerk"_s);
    const test::SignedIn head(u"head"_s);
    ui::CaseQueueModel registrations(
        clerk.session(),
        core::CaseQueues::forRole(clerk.session().workspace->actor(), core::Role::Clerk).first().selection);
    ui::CaseQueueModel incoming(
        head.session(),
        core::CaseQueues::forRole(head.session().workspace->actor(), core::Role::Head).first().selection);
    REQUIRE(registrations.reload().ok());
    REQUIRE(incoming.reload().ok());
    test::fetchAll(&registrations);
    test::fetchAll(&incoming);
    const test::ModelChecker checker{&registrations, &incoming};
    REQUIRE(registrations.rowCount() > 0);
    const int registrationsBefore = registrations.rowCount();
    const int incomingBefore = incoming.rowCount();
    const core::CaseRow row = registrations.caseRow(0);

    // The clerk registers the case (what the clerk's form will do).
    auto done = core::CaseStore(clerk.connection())
                    .perform(row.id, core::Action::registerCase(row.rowVersion), QUuid::createUuid());
    INFO((done ? QString() : done.error().message).toStdString());
    REQUIRE(done.ok());

    REQUIRE(registrations.refreshCase(row.id).ok());
    CHECK(registrations.rowOfCase(row.id) == -1);
    CHECK(registrations.rowCount() == registrationsBefore - 1);
    CHECK(registrations.totalCount() == registrationsBefore - 1);

    REQUIRE(incoming.refreshCase(row.id).ok());
    const int joined = incoming.rowOfCase(row.id);
    REQUIRE(joined >= 0);
    CHECK(incoming.rowCount() == incomingBefore + 1);
    CHECK(incoming.totalCount() == incomingBefore + 1);
    CHECK(incoming.caseRow(joined).state == core::CaseState::Resolution);
    CHECK(incoming.caseRow(joined).rowVersion == row.rowVersion + 1);
    for (int i = 1; i < incoming.rowCount(); ++i) {
        CHECK(std::pair(incoming.caseRow(i - 1).sortDue(), incoming.caseRow(i - 1).id) <
              std::pair(incoming.caseRow(i).sortDue(), incoming.caseRow(i).id));
    }
    // The same as reading the whole queue again.
    QList<qint64> refreshed;
    for (int i = 0; i < incoming.rowCount(); ++i)
        refreshed.append(incoming.caseRow(i).id);
    REQUIRE(incoming.reload().ok());
    test::fetchAll(&incoming);
    QList<qint64> reloaded;
    for (int i = 0; i < incoming.rowCount(); ++i)
        reloaded.append(incoming.caseRow(i).id);
    CHECK(refreshed == reloaded);

    // Reading a case again that did not change only signals its row.
    QSignalSpy changed(&incoming, &QAbstractItemModel::dataChanged);
    REQUIRE(incoming.refreshCase(row.id).ok());
    CHECK(changed.size() == 1);
    CHECK(incoming.rowCount() == incomingBefore + 1);
    INFO(checker.problems().join(u'\n').toStdString());
    CHECK(checker.problems().isEmpty());
}

TEST_CASE("The main window passes a changed case to every queue, and their titles follow", "[ui][queue]") {
    const test::SignedIn zyryanHead(u"zyryan_head"_s); // clerk and head of one office: both screens
    ui::MainWindow window(testDatabase, zyryanHead.session());
    ui::QueueWidget* registrations = findQueue(window, core::QueueKind::MyRegistrations);
    ui::QueueWidget* incoming = findQueue(window, core::QueueKind::Incoming);
    REQUIRE(registrations->model()->rowCount() > 0);
    const qint64 registrationsBefore = registrations->model()->totalCount();
    const qint64 incomingBefore = incoming->model()->totalCount();
    QSignalSpy titles(incoming, &ui::QueueWidget::titleChanged);
    const core::CaseRow row = registrations->model()->caseRow(0);
    auto done = core::CaseStore(zyryanHead.connection())
                    .perform(row.id, core::Action::registerCase(row.rowVersion), QUuid::createUuid());
    REQUIRE(done.ok());

    window.caseChanged(row.id);
    CHECK(registrations->model()->totalCount() == registrationsBefore - 1);
    CHECK(incoming->model()->totalCount() == incomingBefore + 1);
    CHECK(incoming->model()->rowOfCase(row.id) >= 0);
    REQUIRE_FALSE(titles.isEmpty());
    CHECK(titles.last().first().toString() == u"Incoming (%1)"_s.arg(incomingBefore + 1));
    const QTabWidget* roleTabs = window.roleTabs();
    const auto* headScreen = qobject_cast<const ui::RoleScreen*>(roleTabs->widget(1));
    REQUIRE(headScreen != nullptr);
    const auto* queueTabs = headScreen->findChild<const QTabWidget*>(u"queueTabs"_s);
    REQUIRE(queueTabs != nullptr);
    CHECK(queueTabs->tabText(0) == u"Incoming (%1)"_s.arg(incomingBefore + 1));
}
