#pragma once

#include "common/Session.h"

#include <QList>
#include <QMainWindow>

class QLabel;
class QTabWidget;

namespace ruqsat::ui {

class CaseCardDialog;
class QueueWidget;
class RoleScreen;

// The workstation's main window: one tab per role screen the signed-in user holds (clerk, head,
// specialist, supervisor), each with its work queues; who is signed in and which database it works on
// in the status bar. Opening a case (Enter or a double-click in a queue) shows its card.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    struct DatabaseInfo {
        QString description;   // e.g. "embedded database in /home/a/.local/share/ruqsat"
        int schemaVersion = 0; // 0: not known to this user
        bool embedded = false;
    };

    MainWindow(const DatabaseInfo& database, Session session, QWidget* parent = nullptr);

    const QList<RoleScreen*>& screens() const { return m_screens; }
    QTabWidget* roleTabs() const { return m_roleTabs; }
    // The queue on screen now, if any.
    QueueWidget* currentQueue() const;

public Q_SLOTS:
    // Shows the case card (window-modal, deleted on close); null when the case cannot be read, after
    // saying why.
    CaseCardDialog* openCase(qint64 caseId);
    void reloadCurrentQueue();
    void reloadAllQueues();
    // A case changed (an action of this user, or news from the server): every queue reads it again.
    void caseChanged(qint64 caseId);

private:
    void buildMenus();
    void buildStatusBar(const DatabaseInfo& database);

    Session m_session;
    QTabWidget* m_roleTabs = nullptr;
    QList<RoleScreen*> m_screens;
};

} // namespace ruqsat::ui
