#pragma once

#include "common/Result.h"
#include "common/Session.h"
#include "store/CaseStore.h"
#include "workflow/Action.h"
#include "workflow/Case.h"

#include <QDialog>
#include <QUuid>

class QAbstractButton;
class QLabel;

namespace ruqsat::ui {

// What every action form shares (issue 6). A form builds a core::Action from what the user entered;
// this base checks it with the workspace's WorkflowEngine as the user types (the message goes next to
// the field it concerns, or to the form's top for case-level reasons, and the submit button is enabled
// only when the check passes), then sends it with CaseStore::perform under a client action id made
// once per submission attempt: pressing the button again on the same input (after a lost reply) reuses
// it, so the server does not act twice; any edit starts a new attempt. A refusal by the server (a
// colleague acted first: stale_version) is shown and the input stays as it was. The form is clean only
// after the commit; Escape asks before discarding typed input.
class ActionDialog : public QDialog {
    Q_OBJECT
public:
    // `caseId` 0: a form that creates the case (receive).
    ActionDialog(Session session, qint64 caseId, QWidget* parent = nullptr);
    ~ActionDialog() override;

    qint64 caseId() const { return m_caseId; }
    // The case as it stands now, read with the user's rights; the form acts on this version.
    const core::Case& caseData() const { return m_case; }
    // Reads the case (for a case form) and fills the form (fill()); on failure the error is returned.
    core::Status load();

    bool isDirty() const { return m_dirty; }
    // The id the next press of the submit button sends (null until the first attempt of this input).
    const QUuid& pendingActionId() const { return m_pendingId; }
    // The message at the form's top (case-level reasons, the server's refusal).
    QString formMessage() const;
    // The message shown next to a field, by the field's object name (empty when none).
    QString fieldMessage(const QString& fieldName) const;

public Q_SLOTS:
    void reject() override;
    // Checks the input again (after every edit) and updates the messages and the submit button.
    void revalidate();

Q_SIGNALS:
    // An action of this form was committed on the case.
    void caseChanged(qint64 caseId);

protected:
    // The action the input describes, with the case it applies to, or an error to show (an input the
    // form cannot turn into an action at all, e.g. an IIN typed where a BIN belongs).
    struct Prepared {
        core::Case state;
        core::Action action;
    };
    virtual core::Result<Prepared> prepare() const = 0;
    // Fills the widgets from caseData() after load(); the default does nothing.
    virtual void fill() {}
    // Called at the end of every revalidate(), for a form with more than one way to submit.
    virtual void revalidated() {}
    // The label next to the field a refusal reason concerns; null: the form's top.
    virtual QLabel* messageLabelFor(const QString& reason) const;
    // Sends what prepare() gives; the default performs one action and accepts the dialog on success.
    virtual core::Status submit(const Prepared& prepared);

    // Wires the form: its top message label, the button that submits (made the default, so Enter
    // submits), and the labels next to fields that messages may go to.
    void setUpForm(QLabel* topMessage, QAbstractButton* submitButton, const QList<QLabel*>& fieldMessages);
    // Call when the user changed input: a new submission attempt, the form is dirty, check again.
    void inputChanged();
    void markClean();
    // One action: checked locally, then performed under `clientId` (made when null, kept on failure so
    // that pressing the button again on the same input retries the same submission).
    core::Result<core::CaseStore::Performed> perform(qint64 caseId, const core::Case& state, const core::Action& action,
                                                     QUuid& clientId);
    // The form's own attempt id, for forms of one action.
    QUuid& pendingId() { return m_pendingId; }
    // Shows an error where it belongs.
    void showError(const core::Error& error);
    void clearMessages();
    core::Status checkLocally(const core::Case& state, const core::Action& action) const;
    void onSubmitClicked();

    const Session& session() const { return m_session; }
    const core::Workspace& workspace() const { return *m_session.workspace; }

private:
    Session m_session;
    qint64 m_caseId = 0;
    core::Case m_case;
    QLabel* m_topMessage = nullptr;
    QAbstractButton* m_submit = nullptr;
    QList<QLabel*> m_fieldMessages;
    QUuid m_pendingId;
    bool m_dirty = false;
    bool m_submitting = false;
};

} // namespace ruqsat::ui
