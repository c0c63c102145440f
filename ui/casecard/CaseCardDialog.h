#pragma once

#include "attachments/AttachmentStore.h"
#include "common/Session.h"
#include "services/ServiceCatalogue.h"
#include "workflow/Case.h"
#include "workflow/Event.h"

#include <QDialog>

#include <memory>

class QAbstractItemModel;
class QPushButton;
class QFormLayout;
class QLabel;
class QTabWidget;
class QTableView;
class QTemporaryDir;

namespace ruqsat::ui {

class ApplicantsModel;
class AttachmentsModel;
class ChecklistModel;
class EventTimelineModel;
class IssuedDocumentsPanel;
class StepStrip;

// Everything about one case, read-only: its data (applicants, object, the checklist with what is
// provided and what is missing, resolution, decision, signature), the strip of its service's five
// steps, and the timeline of its events. Built from the case's events (CaseStore), so it shows what
// the audit log says. The Documents tab also lists the files attached to the checklist (with their
// SHA-256), each to open or save. load() can be called again at any time (the case changed on the
// server): it refills everything and keeps the tab on screen. Texts follow a language change.
class CaseCardDialog : public QDialog {
    Q_OBJECT
public:
    CaseCardDialog(Session session, qint64 caseId, QWidget* parent = nullptr);
    ~CaseCardDialog() override;

    // Reads the case and fills the card; on failure the card stays empty and the error is returned.
    core::Status load();

    qint64 caseId() const;
    const core::Case& caseData() const { return m_case; }
    StepStrip* stepStrip() const { return m_stepStrip; }
    EventTimelineModel* timelineModel() const { return m_timeline; }
    ChecklistModel* checklistModel() const { return m_checklist; }
    ApplicantsModel* applicantsModel() const { return m_applicants; }
    AttachmentsModel* attachmentsModel() const { return m_attachments; }
    QTableView* attachmentsView() const { return m_attachmentsView; }
    // The bytes of the attached file on `row` of attachmentsModel() (checked against its SHA-256),
    // written to `path`; when `path` is empty, to a new file of the card's private folder (see
    // openedCopiesFolder()) named after the stored name's base with the extension of the type its bytes
    // are (core::localFileName), never the applicant's extension. The file's path.
    core::Result<QString> saveAttachment(int row, const QString& path = {}) const;
    // The folder of the copies "Open" writes: made on first use with permissions 0700 (owner only),
    // removed with the card; empty before the first copy.
    QString openedCopiesFolder() const;
    QTabWidget* tabs() const { return m_tabs; }
    IssuedDocumentsPanel* issuedDocuments() const { return m_issuedDocuments; }
    // The text of a field label by its object name ("stateValue", "resolutionValue", ...).
    QString fieldText(const QString& objectName) const;

public Q_SLOTS:
    // "Open": a copy in the card's private folder (saveAttachment() without a path), opened with the
    // desktop's viewer for the type its bytes are.
    void openAttachment();
    // "Save as...": asks where.
    void saveAttachmentAs();

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildLayout();
    void retranslate();
    // Fills every widget from what load() read (again after a language change).
    void fill();
    void updateAttachmentButtons();
    int currentAttachmentRow() const;
    QLabel* addField(QFormLayout* form, const QString& label, const QString& objectName);
    // A field whose label is one of the card's fixed texts (QT_TR_NOOP), kept for retranslate().
    QLabel* addFixedField(QFormLayout* form, const char* label, const QString& objectName);
    QTableView* addTable(QAbstractItemModel* model, const QString& objectName);
    void fillSummary();
    void fillObject();
    void fillResult(const core::ServiceDefinitionPtr& definition);
    core::ServiceDefinitionPtr definition() const;

    Session m_session;
    qint64 m_caseId = 0;
    core::Case m_case;
    bool m_loaded = false;
    QList<core::Event> m_events;
    QList<core::AttachmentInfo> m_attachmentList;
    // Private (0700), so no other local user can read the copies or plant a link in their place.
    mutable std::unique_ptr<QTemporaryDir> m_copies;
    QList<std::pair<QLabel*, const char*>> m_fixedLabels;
    QList<std::pair<QWidget*, const char*>> m_tabTitles;
    QLabel* m_title = nullptr;
    QLabel* m_filesTitle = nullptr;
    QTableView* m_attachmentsView = nullptr;
    QPushButton* m_openButton = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_closeButton = nullptr;
    AttachmentsModel* m_attachments = nullptr;
    IssuedDocumentsPanel* m_issuedDocuments = nullptr;
    QFormLayout* m_summary = nullptr;
    QFormLayout* m_object = nullptr;
    QFormLayout* m_result = nullptr;
    QLabel* m_variant = nullptr;
    StepStrip* m_stepStrip = nullptr;
    QTabWidget* m_tabs = nullptr;
    ApplicantsModel* m_applicants = nullptr;
    ChecklistModel* m_checklist = nullptr;
    EventTimelineModel* m_timeline = nullptr;
};

} // namespace ruqsat::ui
