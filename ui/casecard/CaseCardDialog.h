#pragma once

#include "common/Session.h"
#include "workflow/Case.h"
#include "workflow/Event.h"

#include <QDialog>

class QAbstractItemModel;
class QFormLayout;
class QLabel;
class QTabWidget;
class QTableView;

namespace ruqsat::ui {

class ApplicantsModel;
class ChecklistModel;
class EventTimelineModel;
class StepStrip;

// Everything about one case, read-only: its data (applicants, object, the checklist with what is
// provided and what is missing, resolution, decision, signature), the strip of its service's five
// steps, and the timeline of its events. Built from the case's events (CaseStore), so it shows what
// the audit log says. The actions on the case come with their forms (issue 6, later).
class CaseCardDialog : public QDialog {
    Q_OBJECT
public:
    CaseCardDialog(Session session, qint64 caseId, QWidget* parent = nullptr);
    ~CaseCardDialog() override;

    // Reads the case and fills the card; on failure the card stays empty and the error is returned.
    core::Status load();

    qint64 caseId() const { return m_caseId; }
    const core::Case& caseData() const { return m_case; }
    StepStrip* stepStrip() const { return m_stepStrip; }
    EventTimelineModel* timelineModel() const { return m_timeline; }
    ChecklistModel* checklistModel() const { return m_checklist; }
    ApplicantsModel* applicantsModel() const { return m_applicants; }
    QTabWidget* tabs() const { return m_tabs; }
    // The text of a field label by its object name ("stateValue", "resolutionValue", ...).
    QString fieldText(const QString& objectName) const;

private:
    void buildLayout();
    QLabel* addField(QFormLayout* form, const QString& label, const QString& objectName);
    QTableView* addTable(QAbstractItemModel* model, const QString& objectName);
    void fillSummary();
    void fillObject();
    void fillResult(const core::ServiceDefinitionPtr& definition);

    Session m_session;
    qint64 m_caseId = 0;
    core::Case m_case;
    QLabel* m_title = nullptr;
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
