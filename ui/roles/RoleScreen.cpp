#include "roles/RoleScreen.h"

#include "queue/QueueWidget.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace ruqsat::ui {

RoleScreen::RoleScreen(const Session& session, core::Role role, QWidget* parent)
    : QWidget(parent)
    , m_role(role) {
    setObjectName(QStringLiteral("screen_") + core::roleName(role));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("queueTabs"));
    m_tabs->setDocumentMode(true);
    for (const core::QueueSpec& spec : core::CaseQueues::forRole(session.workspace->actor(), role)) {
        auto* queue = new QueueWidget(session, spec, m_tabs);
        m_tabs->addTab(queue, queue->title());
        connect(queue, &QueueWidget::titleChanged, m_tabs,
                [this, queue](const QString& title) { m_tabs->setTabText(m_tabs->indexOf(queue), title); });
        connect(queue, &QueueWidget::openCaseRequested, this, &RoleScreen::openCaseRequested);
        m_queues.append(queue);
    }
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    setFocusProxy(m_tabs);
}

QueueWidget* RoleScreen::currentQueue() const {
    return qobject_cast<QueueWidget*>(m_tabs->currentWidget());
}

void RoleScreen::reloadAll() {
    for (QueueWidget* queue : std::as_const(m_queues))
        queue->reload();
}

} // namespace ruqsat::ui
