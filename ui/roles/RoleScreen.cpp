#include "roles/RoleScreen.h"

#include "actions/AssignDialog.h"
#include "actions/PrepareResultDialog.h"
#include "actions/RegisterDialog.h"
#include "actions/SignDialog.h"
#include "actions/StepActionDialog.h"
#include "common/MessageBox.h"
#include "queue/CaseQueueProxyModel.h"
#include "queue/QueueWidget.h"
#include "report/OverdueReportWidget.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ruqsat::ui {

using core::QueueKind;

RoleScreen::RoleScreen(const Session& session, core::Role role, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
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
        connect(queue, &QueueWidget::currentCaseChanged, this, &RoleScreen::updateActions);
        // A reload or an action elsewhere can take the selected row away without a new current row.
        connect(queue->proxy(), &QAbstractItemModel::modelReset, this, &RoleScreen::updateActions);
        connect(queue->proxy(), &QAbstractItemModel::rowsRemoved, this, &RoleScreen::updateActions);
        m_queues.append(queue);
    }
    // The supervisor answers for deadlines across offices: the overdue report sits next to the queue.
    if (role == core::Role::Supervisor) {
        m_report = new OverdueReportWidget(session, m_tabs);
        m_report->setObjectName(u"overdueReport"_s);
        m_tabs->addTab(m_report, QString());
    }
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* actions = new QHBoxLayout;
    layout->addLayout(actions);
    layout->addWidget(m_tabs);
    setFocusProxy(m_tabs);

    switch (role) {
    case core::Role::Clerk:
        addAction(u"newApplicationButton"_s, QT_TR_NOOP("&New application…"), std::nullopt);
        addAction(u"registerButton"_s, QT_TR_NOOP("Re&gister…"), QueueKind::MyRegistrations);
        addAction(u"dispatchButton"_s, QT_TR_NOOP("Se&nd…"), QueueKind::Dispatch);
        break;
    case core::Role::Head:
        addAction(u"resolveButton"_s, QT_TR_NOOP("Write &resolution…"), QueueKind::Incoming);
        addAction(u"signButton"_s, QT_TR_NOOP("Si&gn or return…"), QueueKind::Signing);
        addAction(u"reassignButton"_s, QT_TR_NOOP("Re&assign…"), QueueKind::InPreparation);
        break;
    case core::Role::Specialist:
        addAction(u"prepareButton"_s, QT_TR_NOOP("&Prepare result…"), QueueKind::MyCases);
        break;
    default:
        break;
    }
    for (const ActionButton& action : std::as_const(m_actions))
        actions->addWidget(action.button);
    actions->addStretch(1);
    connect(m_tabs, &QTabWidget::currentChanged, this, &RoleScreen::updateActions);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_report != nullptr && m_reportStale && m_tabs->currentWidget() == m_report)
            reloadReport();
    });
    updateActions();
    retranslate();
}

void RoleScreen::retranslate() {
    for (const ActionButton& action : std::as_const(m_actions))
        action.button->setText(tr(action.text));
    for (QueueWidget* queue : std::as_const(m_queues))
        m_tabs->setTabText(m_tabs->indexOf(queue), queue->title());
    if (m_report != nullptr)
        m_tabs->setTabText(m_tabs->indexOf(m_report), tr("Overdue report"));
}

void RoleScreen::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RoleScreen::addAction(const QString& objectName, const char* text, std::optional<QueueKind> queue) {
    auto* button = new QPushButton(this);
    button->setObjectName(objectName);
    button->setAutoDefault(false);
    connect(button, &QPushButton::clicked, this, [this, objectName] { openForm(objectName); });
    m_actions.append({button, queue, text});
}

void RoleScreen::updateActions() {
    const QueueWidget* current = currentQueue();
    for (const ActionButton& action : std::as_const(m_actions)) {
        action.button->setEnabled(!action.queue ||
                                  (current && current->spec().kind == *action.queue && current->currentCaseId() != 0));
    }
}

QPushButton* RoleScreen::actionButton(const QString& objectName) const {
    for (const ActionButton& action : m_actions) {
        if (action.button->objectName() == objectName)
            return action.button;
    }
    return nullptr;
}

QueueWidget* RoleScreen::currentQueue() const {
    return qobject_cast<QueueWidget*>(m_tabs->currentWidget());
}

QueueWidget* RoleScreen::queue(QueueKind kind) const {
    for (QueueWidget* queue : m_queues) {
        if (queue->spec().kind == kind)
            return queue;
    }
    return nullptr;
}

bool RoleScreen::showQueue(QueueKind kind) {
    QueueWidget* found = queue(kind);
    if (found == nullptr)
        return false;
    m_tabs->setCurrentWidget(found);
    return true;
}

void RoleScreen::reloadAll() {
    for (QueueWidget* queue : std::as_const(m_queues))
        queue->reload();
    reloadReport();
}

void RoleScreen::reloadReport() {
    if (m_report == nullptr)
        return;
    // The report reads many cases: a hidden one is only marked stale and reads again when shown.
    if (!m_report->isVisible()) {
        m_reportStale = true;
        return;
    }
    m_reportStale = false;
    // A failure is shown inside the report itself (its error line); nothing else to do here.
    [[maybe_unused]] const core::Status status = m_report->refresh();
}

ActionDialog* RoleScreen::createForm(const QString& buttonName, qint64 caseId) {
    if (buttonName == u"newApplicationButton"_s)
        return new RegisterDialog(m_session, this);
    if (buttonName == u"registerButton"_s)
        return new RegisterDialog(m_session, caseId, this);
    if (buttonName == u"dispatchButton"_s)
        return new StepActionDialog(m_session, caseId, StepActionDialog::Kind::Dispatch, this);
    if (buttonName == u"resolveButton"_s)
        return new AssignDialog(m_session, caseId, AssignDialog::Mode::Resolve, this);
    if (buttonName == u"reassignButton"_s)
        return new AssignDialog(m_session, caseId, AssignDialog::Mode::Reassign, this);
    if (buttonName == u"signButton"_s)
        return new SignDialog(m_session, caseId, this);
    if (buttonName == u"prepareButton"_s)
        return new PrepareResultDialog(m_session, caseId, this);
    return nullptr;
}

ActionDialog* RoleScreen::openForm(const QString& buttonName) {
    QPushButton* button = actionButton(buttonName);
    if (button == nullptr || !button->isEnabled())
        return nullptr;
    const QueueWidget* current = currentQueue();
    const qint64 caseId = current ? current->currentCaseId() : 0;
    const bool onCase = buttonName != u"newApplicationButton"_s;
    if (onCase && caseId == 0)
        return nullptr;
    ActionDialog* form = createForm(buttonName, caseId);
    if (form == nullptr)
        return nullptr;
    form->setAttribute(Qt::WA_DeleteOnClose);
    if (auto loaded = form->load(); !loaded) {
        MessageBox::error(this, form->windowTitle(), loaded.error().message);
        delete form;
        return nullptr;
    }
    connect(form, &ActionDialog::caseChanged, this, &RoleScreen::caseChanged);
    form->open();
    return form;
}

} // namespace ruqsat::ui
