#include "mainwindow/MainWindow.h"

#include "casecard/CaseCardDialog.h"
#include "common/Labels.h"
#include "common/MessageBox.h"
#include "queue/QueueWidget.h"
#include "roles/RoleScreen.h"

#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QTabWidget>

namespace ruqsat::ui {

MainWindow::MainWindow(const DatabaseInfo& database, Session session, QWidget* parent)
    : QMainWindow(parent)
    , m_session(std::move(session)) {
    const core::Workspace& workspace = *m_session.workspace;
    setWindowTitle(tr("Ruqsat — %1, %2").arg(workspace.fullName(), Labels::localized(workspace.office().names)));
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
        auto* none = new QLabel(tr("Your account holds no role with a work queue (clerk, head, specialist or "
                                   "supervisor). Administration is done with ruqsat-admin."),
                                this);
        none->setObjectName(QStringLiteral("noScreenLabel"));
        none->setWordWrap(true);
        none->setAlignment(Qt::AlignCenter);
        setCentralWidget(none);
    } else {
        setCentralWidget(m_roleTabs);
    }

    buildMenus();
    buildStatusBar(database);
    reloadAllQueues();
}

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* refresh = view->addAction(tr("&Refresh queue"), this, &MainWindow::reloadCurrentQueue);
    refresh->setShortcut(QKeySequence::Refresh);
    QAction* refreshAll = view->addAction(tr("Refresh &all queues"), this, &MainWindow::reloadAllQueues);
    refreshAll->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F5));
    QAction* find = view->addAction(tr("&Filter queue"), this, [this] {
        if (QueueWidget* queue = currentQueue())
            queue->focusFilter();
    });
    find->setShortcut(QKeySequence::Find);
    view->addSeparator();
    // Ctrl+1.. switch the role screens from anywhere.
    for (int i = 0; i < m_screens.size() && i < 9; ++i) {
        QAction* show = view->addAction(Labels::role(m_screens.at(i)->role()), this, [this, i] {
            m_roleTabs->setCurrentIndex(i);
            m_screens.at(i)->setFocus(Qt::ShortcutFocusReason);
        });
        show->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
    }
}

void MainWindow::buildStatusBar(const DatabaseInfo& database) {
    const core::Workspace& workspace = *m_session.workspace;
    auto* user =
        new QLabel(tr("%1 (%2) · %3")
                       .arg(workspace.fullName(), workspace.actor().login, Labels::localized(workspace.office().names)),
                   this);
    user->setObjectName(QStringLiteral("userLabel"));
    statusBar()->addWidget(user);
    auto* where = new QLabel(database.embedded ? tr("Embedded database") : tr("Office server"), this);
    where->setObjectName(QStringLiteral("databaseKindLabel"));
    where->setToolTip(database.description);
    statusBar()->addPermanentWidget(where);
    if (database.schemaVersion > 0)
        statusBar()->addPermanentWidget(new QLabel(tr("Schema %1").arg(database.schemaVersion), this));
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
