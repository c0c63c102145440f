#pragma once

#include "common/Session.h"
#include "services/Role.h"

#include <QList>
#include <QWidget>

class QTabWidget;

namespace ruqsat::ui {

class QueueWidget;

// The screen of one role the user holds: its work queues (CaseQueues::forRole) as tabs, each titled
// with its count. The actions of the role come with their forms (issue 6, later).
class RoleScreen : public QWidget {
    Q_OBJECT
public:
    RoleScreen(const Session& session, core::Role role, QWidget* parent = nullptr);

    core::Role role() const { return m_role; }
    const QList<QueueWidget*>& queues() const { return m_queues; }
    QueueWidget* currentQueue() const;

public Q_SLOTS:
    void reloadAll();

Q_SIGNALS:
    void openCaseRequested(qint64 caseId);

private:
    core::Role m_role;
    QTabWidget* m_tabs = nullptr;
    QList<QueueWidget*> m_queues;
};

} // namespace ruqsat::ui
