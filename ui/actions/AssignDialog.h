#pragma once

#include "actions/ActionDialog.h"
#include "workflow/Actor.h"

#include <memory>

namespace Ui {
class AssignDialog;
}

namespace ruqsat::ui {

// The head gives a case to a specialist of the office (CaseStore::specialists): from Incoming,
// "Write resolution" (resolve: the specialist and the resolution text, step 2); from In preparation,
// "Reassign" (another specialist, with a comment; the step's clock continues).
class AssignDialog : public ActionDialog {
    Q_OBJECT
public:
    enum class Mode { Resolve, Reassign };

    AssignDialog(Session session, qint64 caseId, Mode mode, QWidget* parent = nullptr);
    ~AssignDialog() override;

    Mode mode() const { return m_mode; }
    Ui::AssignDialog* form() const { return m_ui.get(); }
    // Picks a specialist by login; false when the list does not hold them.
    bool selectSpecialist(const QString& login);

protected:
    void changeEvent(QEvent* event) override;
    core::Result<Prepared> prepare() const override;
    QLabel* messageLabelFor(const QString& reason) const override;
    void fill() override;

private:
    // Texts set from code; again after a language change (the choice and the text typed stay).
    void retranslate();
    std::unique_ptr<Ui::AssignDialog> m_ui;
    Mode m_mode;
    QList<core::Actor> m_specialists;
};

} // namespace ruqsat::ui
