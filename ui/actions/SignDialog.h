#pragma once

#include "actions/ActionDialog.h"

#include <memory>

namespace Ui {
class SignDialog;
}

namespace ruqsat::ui {

// The head at Signing (step 4): reads the prepared result, then signs it or returns it for rework
// with a comment (a return needs one: the specialist must learn what to change).
class SignDialog : public ActionDialog {
    Q_OBJECT
public:
    SignDialog(Session session, qint64 caseId, QWidget* parent = nullptr);
    ~SignDialog() override;

    Ui::SignDialog* form() const { return m_ui.get(); }
    // The prepared result as the head reads it.
    QString resultText() const;

protected:
    core::Result<Prepared> prepare() const override;
    QLabel* messageLabelFor(const QString& reason) const override;
    void fill() override;

private:
    void updateMode();

    std::unique_ptr<Ui::SignDialog> m_ui;
};

} // namespace ruqsat::ui
