#pragma once

#include "common/Session.h"
#include "services/Role.h"
#include "store/CaseQueues.h"

#include <QList>
#include <QWidget>

class QPushButton;
class QTabWidget;

namespace ruqsat::ui {

class ActionDialog;
class OverdueReportWidget;
class QueueWidget;

// The screen of one role the user holds: its work queues (CaseQueues::forRole) as tabs, each titled
// with its count, and above them the role's actions (issue 6), each enabled on the queue it belongs
// to: the clerk's "Register an application" (always) and "Register" / "Send" on the selected case;
// the head's "Write resolution" (Incoming), "Sign or return" (Signing), "Reassign" (In preparation);
// the specialist's "Prepare result" (My cases). Each opens its form on the selected case. The clerk's
// "Register" opens the registration form on the received case: attach its files, register it, or
// refuse the package at intake (State Corporation channel) naming the missing documents.
class RoleScreen : public QWidget {
    Q_OBJECT
public:
    RoleScreen(const Session& session, core::Role role, QWidget* parent = nullptr);

    core::Role role() const { return m_role; }
    const QList<QueueWidget*>& queues() const { return m_queues; }
    QueueWidget* currentQueue() const;
    QueueWidget* queue(core::QueueKind kind) const;
    // The supervisor's overdue report (a tab after the queues); null on other roles' screens.
    OverdueReportWidget* report() const { return m_report; }
    // Shows a queue's tab.
    bool showQueue(core::QueueKind kind);
    // The action buttons, by object name ("newApplicationButton", "resolveButton", ...).
    QPushButton* actionButton(const QString& objectName) const;

public Q_SLOTS:
    // Every queue and the report read the database again.
    void reloadAll();
    // The report alone (after news of a change: the queues refresh case by case); when hidden, only
    // marked stale, and read again when its tab is shown.
    void reloadReport();
    // Opens the form of an action button on the selected case (window-modal, deleted on close); the
    // form, or null when the button is not available or the case cannot be read (after saying why).
    ActionDialog* openForm(const QString& buttonName);

Q_SIGNALS:
    void openCaseRequested(qint64 caseId);
    // An action of this screen's forms was committed.
    void caseChanged(qint64 caseId);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct ActionButton {
        QPushButton* button;
        std::optional<core::QueueKind> queue; // none: always available
        const char* text;                     // QT_TR_NOOP
    };
    void addAction(const QString& objectName, const char* text, std::optional<core::QueueKind> queue);
    void retranslate();
    void updateActions();
    ActionDialog* createForm(const QString& buttonName, qint64 caseId);

    Session m_session;
    core::Role m_role;
    QTabWidget* m_tabs = nullptr;
    QList<QueueWidget*> m_queues;
    OverdueReportWidget* m_report = nullptr;
    bool m_reportStale = false; // news arrived while the report was hidden
    QList<ActionButton> m_actions;
};

} // namespace ruqsat::ui
