#pragma once

#include "services/ServiceCatalogue.h"
#include "store/Workspace.h"
#include "workflow/Case.h"

#include <QMap>
#include <QWidget>

#include <optional>

class QFrame;
class QLabel;

namespace ruqsat::ui {

// The five steps of the case's service in a row (regulation paragraph 5): each with its owner role, its
// normative time, its due moment and when it actually started and finished, and how it stands against
// its deadline; the step the case is at is highlighted. A step passed more than once (a return for
// rework) shows its latest pass.
class StepStrip : public QWidget {
    Q_OBJECT
public:
    explicit StepStrip(QWidget* parent = nullptr);

    // The steps are measured in the working time of the case's office; `now` for the open step.
    void setCase(const core::Case& state, const core::ServiceDefinitionPtr& definition,
                 const core::Workspace& workspace, core::Instant now);

    // The step titles in the user's language again; setCase() refills the rest.
    void retranslate();

    std::optional<core::StepCode> currentStep() const { return m_current; }
    // The frame of one step (object name "step_<code>"; property "current" on the highlighted one).
    QFrame* stepBox(core::StepCode step) const { return m_parts.value(step).frame; }
    // The texts shown for one step, top to bottom.
    QStringList stepTexts(core::StepCode step) const;

private:
    struct Box {
        QFrame* frame = nullptr;
        QLabel* title = nullptr;
        QLabel* owner = nullptr;
        QLabel* due = nullptr;
        QLabel* actual = nullptr;
        QLabel* status = nullptr;
    };

    QMap<core::StepCode, Box> m_parts;
    std::optional<core::StepCode> m_current;
};

} // namespace ruqsat::ui
