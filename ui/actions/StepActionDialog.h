#pragma once

#include "actions/ActionDialog.h"

#include <memory>

namespace Ui {
class StepActionDialog;
}

namespace ruqsat::ui {

// The clerk's actions that take no input: "Register" a case received earlier (step 1, to the head)
// and "Send" a signed result to the State Corporation or the portal (dispatch, step 5). The form
// names the case and asks; Enter sends.
class StepActionDialog : public ActionDialog {
    Q_OBJECT
public:
    enum class Kind { Register, Dispatch };

    StepActionDialog(Session session, qint64 caseId, Kind kind, QWidget* parent = nullptr);
    ~StepActionDialog() override;

    Ui::StepActionDialog* form() const { return m_ui.get(); }

protected:
    void changeEvent(QEvent* event) override;
    core::Result<Prepared> prepare() const override;
    void fill() override;

private:
    // Texts set from code (window title, button, summary, question); again after a language change.
    void retranslate();
    std::unique_ptr<Ui::StepActionDialog> m_ui;
    Kind m_kind;
};

} // namespace ruqsat::ui
