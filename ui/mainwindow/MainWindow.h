#pragma once

#include "common/Instant.h"
#include "common/Session.h"

#include <QList>
#include <QMainWindow>
#include <QSet>

#include <optional>

class QAction;
class QLabel;
class QMenu;
class QTabWidget;
class QTimer;

namespace ruqsat::core {
class CaseChangeFeed;
}

namespace ruqsat::ui {

class CaseCardDialog;
class CaseChangeFeedDriver;
class QueueWidget;
class RoleScreen;
class SettingsDialog;

// The workstation's main window: one tab per role screen the signed-in user holds (clerk, head,
// specialist, supervisor), each with its work queues; who is signed in and which database it works on
// in the status bar. Opening a case (Enter or a double-click in a queue) shows its card.
//
// Live updates (issue 8, part 3): the window owns a CaseChangeFeed on the offices the user sees, paced by a
// CaseChangeFeedDriver (health checks, reconnection attempts). News of
// changed cases are gathered for coalesceMs and then applied at once (a burst of fifty notifications is
// one refresh, and a large one a single reload of every queue), to the queues and to any open case card
// of those cases. A lost connection is said in the status bar; once back, everything is read again
// (what changed meanwhile was announced to nobody) and the status bar says so.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    struct DatabaseInfo {
        QString description;   // e.g. "embedded database in /home/a/.local/share/ruqsat"
        int schemaVersion = 0; // 0: not known to this user
        bool embedded = false;
    };
    // How long news are gathered before the screens are refreshed.
    static constexpr int coalesceMs = 200;
    // More changed cases than this in one batch: every queue is read again rather than case by case.
    static constexpr int caseByCaseLimit = 20;

    MainWindow(const DatabaseInfo& database, Session session, QWidget* parent = nullptr);
    ~MainWindow() override;

    const QList<RoleScreen*>& screens() const { return m_screens; }
    QTabWidget* roleTabs() const { return m_roleTabs; }
    // The queue on screen now, if any.
    QueueWidget* currentQueue() const;
    // The live-update feed (null when the user sees no office).
    core::CaseChangeFeed* changeFeed() const { return m_feed; }
    // The timers of the live-update feed (null when the user sees no office).
    CaseChangeFeedDriver* changeFeedDriver() const { return m_feedDriver; }
    // The status bar's word on the live-update connection; empty while all is well.
    QLabel* connectionLabel() const { return m_connectionLabel; }
    // How many times the news were applied (a batch counts once); for tests and diagnostics.
    int appliedBatches() const { return m_appliedBatches; }

public Q_SLOTS:
    // Shows the case card (window-modal, deleted on close); null when the case cannot be read, after
    // saying why.
    CaseCardDialog* openCase(qint64 caseId);
    void reloadCurrentQueue();
    void reloadAllQueues();
    // A case changed (an action of this user): every queue reads it again, at once.
    void caseChanged(qint64 caseId);
    // News from the server that a case changed: applied with the others of the next coalesceMs.
    void caseChangedElsewhere(qint64 caseId);
    // Opens the settings (language), window-modal, deleted on close.
    SettingsDialog* openSettings();

protected:
    void changeEvent(QEvent* event) override;

private:
    enum class Link { Live, Lost, Reconnected };

    void buildMenus();
    void buildStatusBar(const DatabaseInfo& database);
    void startFeed();
    void applyNews();
    void reloadOpenCards(const QSet<qint64>& caseIds, bool all);
    void onConnectionLost();
    void onReconnected();
    void retranslate();

    Session m_session;
    DatabaseInfo m_database;
    QTabWidget* m_roleTabs = nullptr;
    QList<RoleScreen*> m_screens;
    QLabel* m_noScreenLabel = nullptr;

    QMenu* m_fileMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_settingsMenu = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_refreshAction = nullptr;
    QAction* m_refreshAllAction = nullptr;
    QAction* m_filterAction = nullptr;
    QAction* m_settingsAction = nullptr;
    QList<QAction*> m_showScreenActions;

    QLabel* m_userLabel = nullptr;
    QLabel* m_databaseKindLabel = nullptr;
    QLabel* m_schemaLabel = nullptr;
    QLabel* m_connectionLabel = nullptr;

    core::CaseChangeFeed* m_feed = nullptr;
    CaseChangeFeedDriver* m_feedDriver = nullptr;
    QTimer* m_newsTimer = nullptr;
    QSet<qint64> m_changedCases;
    bool m_reloadEverything = false;
    int m_appliedBatches = 0;
    Link m_link = Link::Live;
    std::optional<core::Instant> m_reconnectedAt;
};

} // namespace ruqsat::ui
