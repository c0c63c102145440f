#include "actions/ActionDialog.h"

#include "common/MessageBox.h"
#include "workflow/Reason.h"

#include <QAbstractButton>
#include <QLabel>
#include <QPushButton>

namespace ruqsat::ui {

ActionDialog::ActionDialog(Session session, qint64 caseId, QWidget* parent)
    : QDialog(parent)
    , m_session(std::move(session))
    , m_caseId(caseId) {}

core::Status ActionDialog::load() {
    if (m_caseId != 0) {
        auto loaded = core::CaseStore(m_session.connectionName).load(m_caseId);
        if (!loaded)
            return loaded.error();
        m_case = std::move(loaded).value();
    }
    fill();
    m_dirty = false;
    revalidate();
    return {};
}

ActionDialog::~ActionDialog() = default;

void ActionDialog::setUpForm(QLabel* topMessage, QAbstractButton* submitButton, const QList<QLabel*>& fieldMessages) {
    m_topMessage = topMessage;
    m_submit = submitButton;
    m_fieldMessages = fieldMessages;
    if (auto* push = qobject_cast<QPushButton*>(m_submit)) {
        push->setDefault(true);
        push->setAutoDefault(true);
    }
    connect(m_submit, &QAbstractButton::clicked, this, &ActionDialog::onSubmitClicked);
    for (QLabel* label : std::as_const(m_fieldMessages)) {
        label->setWordWrap(true);
        label->setStyleSheet(QStringLiteral("color: #b00020;"));
        label->hide();
    }
    m_topMessage->setWordWrap(true);
    m_topMessage->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_topMessage->hide();
}

QString ActionDialog::formMessage() const {
    return m_topMessage && m_topMessage->isVisibleTo(this) ? m_topMessage->text() : QString();
}

QString ActionDialog::fieldMessage(const QString& fieldName) const {
    for (QLabel* label : m_fieldMessages) {
        if (label->property("field").toString() == fieldName || label->objectName() == fieldName)
            return label->isVisibleTo(this) ? label->text() : QString();
    }
    return {};
}

QLabel* ActionDialog::messageLabelFor(const QString& /*reason*/) const {
    return nullptr;
}

void ActionDialog::clearMessages() {
    for (QLabel* label : std::as_const(m_fieldMessages)) {
        label->clear();
        label->hide();
    }
    if (m_topMessage) {
        m_topMessage->clear();
        m_topMessage->hide();
    }
}

void ActionDialog::showError(const core::Error& error) {
    QLabel* label = messageLabelFor(error.reason);
    if (label == nullptr)
        label = m_topMessage;
    label->setText(error.message);
    label->show();
}

core::Status ActionDialog::checkLocally(const core::Case& state, const core::Action& action) const {
    auto decided = workspace().engine().decide(state, workspace().actor(), action, m_session.clock->now());
    if (!decided)
        return decided.error();
    return {};
}

void ActionDialog::revalidate() {
    if (m_submitting)
        return;
    clearMessages();
    auto prepared = prepare();
    core::Status checked = prepared ? checkLocally(prepared->state, prepared->action) : core::Status(prepared.error());
    if (!checked)
        showError(checked.error());
    if (m_submit)
        m_submit->setEnabled(checked.ok());
    revalidated();
}

void ActionDialog::inputChanged() {
    // Different input is a different submission: it gets its own client action id.
    m_pendingId = QUuid();
    m_dirty = true;
    revalidate();
}

void ActionDialog::markClean() {
    m_dirty = false;
    m_pendingId = QUuid();
}

core::Result<core::CaseStore::Performed> ActionDialog::perform(qint64 caseId, const core::Case& state,
                                                               const core::Action& action, QUuid& clientId) {
    if (auto checked = checkLocally(state, action); !checked)
        return checked.error();
    if (clientId.isNull())
        clientId = QUuid::createUuid();
    return core::CaseStore(m_session.connectionName).perform(caseId, action, clientId);
}

core::Status ActionDialog::submit(const Prepared& prepared) {
    auto performed = perform(m_caseId, prepared.state, prepared.action, m_pendingId);
    if (!performed)
        return performed.error();
    markClean();
    Q_EMIT caseChanged(performed->caseId);
    accept();
    return {};
}

void ActionDialog::onSubmitClicked() {
    if (m_submitting)
        return;
    clearMessages();
    auto prepared = prepare();
    if (!prepared) {
        showError(prepared.error());
        return;
    }
    m_submitting = true;
    const core::Status done = submit(prepared.value());
    m_submitting = false;
    // A refusal leaves every field as the user left it: only the message is new.
    if (!done)
        showError(done.error());
}

void ActionDialog::reject() {
    if (m_dirty && !MessageBox::confirm(this, windowTitle(), tr("Discard what you have entered in this form?")))
        return;
    QDialog::reject();
}

} // namespace ruqsat::ui
