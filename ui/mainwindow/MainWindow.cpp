#include "mainwindow/MainWindow.h"

#include "casecard/CaseCardDialog.h"
#include "common/Labels.h"
#include "common/MessageBox.h"
#include "documents/DocumentDropVerifier.h"
#include "mainwindow/CaseChangeFeedDriver.h"
#include "notifications/CaseChangeFeed.h"
#include "queue/QueueWidget.h"
#include "roles/RoleScreen.h"
#include "settings/SettingsDialog.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QMenuBar>
#include <QPointer>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>

namespace ruqsat::ui {

MainWindow::MainWindow(const DatabaseInfo& database, Session session, QWidget* parent)
    : QMainWindow(parent)
    , m_session(std::move(session))
    , m_database(database) {
    const core::Workspace& workspace = *m_session.workspace;
    setObjectName(QStringLiteral("mainWindow"));
    resize(1280, 800);

    m_roleTabs = new QTabWidget(this);
    m_roleTabs->setObjectName(QStringLiteral("roleTabs"));
    for (core::Role role : core::CaseQueues::screens(workspace.actor())) {
        auto* screen = new RoleScreen(m_session, role, m_roleTabs);
        m_roleTabs->addTab(screen, Labels::roleScreen(role));
        connect(screen, &RoleScreen::openCaseRequested, this, &MainWindow::openCase);
        connect(screen, &RoleScreen::caseChanged, this, &MainWindow::caseChanged);
        m_screens.append(screen);
    }
    if (m_screens.isEmpty()) {
        m_noScreenLabel = new QLabel(this);
        m_noScreenLabel->setObjectName(QStringLiteral("noScreenLabel"));
        m_noScreenLabel->setWordWrap(true);
        m_noScreenLabel->setAlignment(Qt::AlignCenter);
        setCentralWidget(m_noScreenLabel);
    } else {
        setCentralWidget(m_roleTabs);
    }

    buildMenus();
    buildStatusBar(database);
    retranslate();
    // Listening first, then reading: a change committed in between is announced, not lost.
    startFeed();
    reloadAllQueues();
    // A PDF dropped on the window is looked up among the documents issued here (issue 7).
    new DocumentDropVerifier(this, m_session.connectionName);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus() {
    m_fileMenu = menuBar()->addMenu(QString());
    m_quitAction = m_fileMenu->addAction(QString(), qApp, &QApplication::quit);
    m_quitAction->setShortcut(QKeySequence::Quit);

    m_viewMenu = menuBar()->addMenu(QString());
    m_refreshAction = m_viewMenu->addAction(QString(), this, &MainWindow::reloadCurrentQueue);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAllAction = m_viewMenu->addAction(QString(), this, &MainWindow::reloadAllQueues);
    m_refreshAllAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F5));
    m_filterAction = m_viewMenu->addAction(QString(), this, [this] {
        if (QueueWidget* queue = currentQueue())
            queue->focusFilter();
    });
    m_filterAction->setShortcut(QKeySequence::Find);
    m_viewMenu->addSeparator();
    // Ctrl+1.. switch the role screens from anywhere.
    for (int i = 0; i < m_screens.size() && i < 9; ++i) {
        QAction* show = m_viewMenu->addAction(QString(), this, [this, i] {
            m_roleTabs->setCurrentIndex(i);
            m_screens.at(i)->setFocus(Qt::ShortcutFocusReason);
        });
        show->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        m_showScreenActions.append(show);
    }

    m_settingsMenu = menuBar()->addMenu(QString());
    m_settingsMenu->setObjectName(QStringLiteral("settingsMenu"));
    m_settingsAction = m_settingsMenu->addAction(QString(), this, &MainWindow::openSettings);
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
}

void MainWindow::buildStatusBar(const DatabaseInfo& database) {
    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    statusBar()->addWidget(m_userLabel);
    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    statusBar()->addWidget(m_connectionLabel, 1);
    m_databaseKindLabel = new QLabel(this);
    m_databaseKindLabel->setObjectName(QStringLiteral("databaseKindLabel"));
    m_databaseKindLabel->setToolTip(database.description);
    statusBar()->addPermanentWidget(m_databaseKindLabel);
    if (database.schemaVersion > 0) {
        m_schemaLabel = new QLabel(this);
        m_schemaLabel->setObjectName(QStringLiteral("schemaLabel"));
        statusBar()->addPermanentWidget(m_schemaLabel);
    }
}

void MainWindow::startFeed() {
    QStringList offices;
    for (const core::OfficeInfo& office : m_session.workspace->visibleOffices())
        offices.append(office.id);
    if (offices.isEmpty())
        return;
    m_newsTimer = new QTimer(this);
    m_newsTimer->setSingleShot(true);
    m_newsTimer->setInterval(coalesceMs);
    connect(m_newsTimer, &QTimer::timeout, this, &MainWindow::applyNews);

    m_feed = new core::CaseChangeFeed(m_session.connectionName, offices, this);
    // Created first so that its timers are set before the screens hear of a loss or a reconnection (a
    // reload may show a message box with an event loop of its own).
    m_feedDriver = new CaseChangeFeedDriver(*m_feed, this);
    connect(m_feed, &core::CaseChangeFeed::caseChanged, this, &MainWindow::caseChangedElsewhere);
    connect(m_feed, &core::CaseChangeFeed::connectionLost, this, &MainWindow::onConnectionLost);
    connect(m_feed, &core::CaseChangeFeed::reconnected, this, &MainWindow::onReconnected);
    // A failure to start is a lost connection: the feed says so and the driver keeps trying.
    (void)m_feedDriver->start();
}

void MainWindow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate() {
    const core::Workspace& workspace = *m_session.workspace;
    setWindowTitle(tr("Ruqsat — %1, %2").arg(workspace.fullName(), Labels::localized(workspace.office().names)));
    for (int i = 0; i < m_screens.size(); ++i)
        m_roleTabs->setTabText(i, Labels::roleScreen(m_screens.at(i)->role()));
    if (m_noScreenLabel != nullptr) {
        m_noScreenLabel->setText(tr("Your account holds no role with a work queue (clerk, head, specialist or "
                                    "supervisor). Administration is done with ruqsat-admin."));
    }

    m_fileMenu->setTitle(tr("&File"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_refreshAction->setText(tr("&Refresh queue"));
    m_refreshAllAction->setText(tr("Refresh &all queues"));
    m_filterAction->setText(tr("&Filter queue"));
    for (int i = 0; i < m_showScreenActions.size(); ++i)
        m_showScreenActions.at(i)->setText(Labels::role(m_screens.at(i)->role()));
    m_settingsMenu->setTitle(tr("&Settings"));
    m_settingsAction->setText(tr("&Language and settings…"));

    m_userLabel->setText(
        tr("%1 (%2) · %3")
            .arg(workspace.fullName(), workspace.actor().login, Labels::localized(workspace.office().names)));
    m_databaseKindLabel->setText(m_database.embedded ? tr("Embedded database") : tr("Office server"));
    if (m_schemaLabel != nullptr)
        m_schemaLabel->setText(tr("Schema %1").arg(m_database.schemaVersion));
    switch (m_link) {
    case Link::Live:
        m_connectionLabel->clear();
        break;
    case Link::Lost:
        m_connectionLabel->setText(tr("Connection to the server lost; reconnecting…"));
        break;
    case Link::Reconnected: {
        const QString time =
            m_reconnectedAt ? core::toDateTime(*m_reconnectedAt, m_session.workspace->timeZone(workspace.office().id))
                                  .toString(QStringLiteral("HH:mm"))
                            : QString();
        m_connectionLabel->setText(tr("Reconnected at %1; reloaded").arg(time));
        break;
    }
    }
}

QueueWidget* MainWindow::currentQueue() const {
    auto* screen = qobject_cast<RoleScreen*>(m_roleTabs->currentWidget());
    return screen ? screen->currentQueue() : nullptr;
}

void MainWindow::reloadCurrentQueue() {
    if (QueueWidget* queue = currentQueue())
        queue->reload();
}

void MainWindow::reloadAllQueues() {
    for (RoleScreen* screen : std::as_const(m_screens))
        screen->reloadAll();
}

void MainWindow::caseChanged(qint64 caseId) {
    for (RoleScreen* screen : std::as_const(m_screens)) {
        for (QueueWidget* queue : screen->queues())
            queue->refreshCase(caseId);
    }
}

void MainWindow::caseChangedElsewhere(qint64 caseId) {
    m_changedCases.insert(caseId);
    // Not restarted by later news: the first one waits coalesceMs at most, however long the burst.
    if (m_newsTimer != nullptr && !m_newsTimer->isActive())
        m_newsTimer->start();
}

void MainWindow::applyNews() {
    const QSet<qint64> changed = std::exchange(m_changedCases, {});
    const bool everything = std::exchange(m_reloadEverything, false) || changed.size() > caseByCaseLimit;
    if (changed.isEmpty() && !everything)
        return;
    ++m_appliedBatches;
    if (everything) {
        reloadAllQueues();
    } else {
        for (qint64 caseId : changed)
            caseChanged(caseId);
        // The report's figures span many cases: read once per batch of news.
        for (RoleScreen* screen : std::as_const(m_screens))
            screen->reloadReport();
    }
    reloadOpenCards(changed, everything);
}

void MainWindow::reloadOpenCards(const QSet<qint64>& caseIds, bool all) {
    // Guarded: loading one card may end in a message box whose event loop closes (deletes) another.
    QList<QPointer<CaseCardDialog>> cards;
    for (CaseCardDialog* card : findChildren<CaseCardDialog*>()) {
        if (all || caseIds.contains(card->caseId()))
            cards.append(card);
    }
    for (const QPointer<CaseCardDialog>& card : std::as_const(cards)) {
        if (CaseCardDialog* open = card.data())
            (void)open->load(); // a card that cannot be read says so itself
    }
}

void MainWindow::onConnectionLost() {
    m_link = Link::Lost;
    retranslate();
}

void MainWindow::onReconnected() {
    m_link = Link::Reconnected;
    m_reconnectedAt = m_session.clock->now();
    // Whatever changed while the connection was down was announced to nobody: read everything again.
    m_reloadEverything = true;
    applyNews();
    retranslate();
}

SettingsDialog* MainWindow::openSettings() {
    auto* dialog = new SettingsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

CaseCardDialog* MainWindow::openCase(qint64 caseId) {
    auto* card = new CaseCardDialog(m_session, caseId, this);
    card->setAttribute(Qt::WA_DeleteOnClose);
    if (auto loaded = card->load(); !loaded) {
        MessageBox::error(this, tr("Case %1").arg(caseId), loaded.error().message);
        delete card;
        return nullptr;
    }
    card->open();
    return card;
}

} // namespace ruqsat::ui
