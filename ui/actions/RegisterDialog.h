#pragma once

#include "actions/ActionDialog.h"
#include "actions/ChecklistFiles.h"
#include "services/ServiceCatalogue.h"

#include <memory>
#include <optional>

class QLineEdit;

namespace Ui {
class RegisterDialog;
}

namespace ruqsat::ui {

// The clerk's "Register an application" (step 1): what the applicant handed in -- the service and
// channel, when it was submitted and received (office time), the applicants of the service's slots with
// their IIN/BIN checked as typed, the object, the checklist variant with the documents provided.
//
// "Register" performs two actions, in order, each its own transaction: receive (the case is recorded
// from the form) then register (to the head). "Refuse at intake" (State Corporation only) performs
// receive then refuse_at_intake, naming the missing documents (those not ticked as provided are
// preselected) with a comment. Both are checked locally first, the second against the case as receive
// would leave it, so neither starts when the second would be refused. Should the second be refused by
// the server all the same, the case stays received (in My registrations), the form says so and keeps
// its input read-only; pressing the button again sends only the second action, under the same id.
//
// Files: each checklist document can get files ("Attach file..." on the chosen document, or files
// dropped onto it). A file is checked at once with core's rules (AttachmentValidator: PDF, JPEG, PNG or
// TIFF by its bytes, not empty, at most 20 MiB); a refused one stays listed with the problem next to it
// and must be removed before sending. The files are uploaded after receive and before the second
// action (ruqsat.attach_document allows it at the registration step only); each file once, so pressing
// the button again after a refusal uploads only what is left. A file the server refuses is marked
// with the server's reason and the form says which file it was; the second action is then not sent
// (every file is uploaded before it). Problems and the last refusal are kept by their reason codes and
// worded when shown, so a language change re-words them and does not clear them.
//
// Opened on a case already received (My registrations, "Register"), the form shows what was recorded,
// read-only, with its files, and offers the same choice: attach more files, register, or refuse the
// package at intake (State Corporation only) naming the missing documents.
class RegisterDialog : public ActionDialog {
    Q_OBJECT
public:
    struct ApplicantFields {
        QString role;
        QLineEdit* id = nullptr;
        QLabel* idMessage = nullptr;
        QLineEdit* name = nullptr;
        QLineEdit* phone = nullptr;
        QLineEdit* email = nullptr;
        QLineEdit* address = nullptr;
        core::ApplicantIdKind idKind = core::ApplicantIdKind::IinOrBin;
    };

    // A file of the form's list: waiting, refused (problem) or uploaded (attachmentId).
    using AttachedFile = ChecklistFiles::File;

    // A new application.
    explicit RegisterDialog(Session session, QWidget* parent = nullptr);
    // A case already received (state registration), to register or refuse at intake.
    RegisterDialog(Session session, qint64 receivedCaseId, QWidget* parent = nullptr);
    ~RegisterDialog() override;

    Ui::RegisterDialog* form() const { return m_ui.get(); }
    const QList<ApplicantFields>& applicantFields() const { return m_applicants; }
    // Ticks a document as provided (or not) by its checklist code.
    bool setDocumentProvided(const QString& code, bool provided);
    // The case the form received, 0 before.
    qint64 receivedCaseId() const { return m_receivedCaseId; }

    // Adds a file from disk to a checklist document (what "Attach file..." and a drop do, without the
    // file dialog); false when the code is not in the checklist. A refused file is listed with its
    // problem (see files()).
    bool addAttachment(const QString& documentCode, const QString& filePath);
    // Removes the file on `index` of files() (an uploaded one through the server, before registration).
    core::Status removeAttachment(int index);
    const QList<AttachedFile>& files() const;
    // The problem shown next to a file, by its name (empty when none or no such file).
    QString fileProblem(const QString& fileName) const;

protected:
    void changeEvent(QEvent* event) override;

    core::Result<Prepared> prepare() const override;
    QLabel* messageLabelFor(const QString& reason) const override;
    core::Status submit(const Prepared& prepared) override;
    void revalidated() override;
    void fill() override;

private:
    // The last refusal of a submission (or a removal) shown on the form, kept so that a language change
    // shows it again, in the new language; forgotten when the input changes.
    struct Refusal {
        enum class Context {
            Plain,    // nothing was recorded
            Received, // the case was received; the second action was refused
            File,     // the case was received; the file `fileName` was refused
        };
        ChecklistFiles::Problem problem;
        QString reason;
        Context context = Context::Plain;
        QString fileName;
        qint64 caseId = 0;
    };

    void setUp();
    void retranslate();
    // The user changed the input: the last refusal no longer applies.
    void edited();
    core::Status send(const Prepared& prepared, Refusal::Context& context, QString& refusedFile);
    // The refusal as an error to show, worded in the current language.
    core::Error refusalError(const Refusal& refusal) const;
    core::ServiceDefinitionPtr definition() const;
    core::CaseOpening opening() const;
    // The case as receive would leave it, for checking the second action before anything is sent.
    core::Result<core::Case> projectedCase(const core::Action& receive) const;
    core::Action secondAction(const core::Case& received, bool refusing) const;
    void serviceChanged();
    void channelChanged();
    void variantChanged();
    void rebuildApplicants();
    void rebuildMissing();
    void lockInput();

    std::unique_ptr<Ui::RegisterDialog> m_ui;
    QList<ApplicantFields> m_applicants;
    bool m_refusing = false;
    qint64 m_receivedCaseId = 0;
    core::Case m_received;
    QUuid m_secondId;
    std::optional<bool> m_secondWasRefusal; // the kind of the last attempt of the second action
    ChecklistFiles* m_files = nullptr;
    std::optional<Refusal> m_refusal;
};

} // namespace ruqsat::ui
