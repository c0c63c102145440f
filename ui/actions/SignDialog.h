#pragma once

#include "actions/ActionDialog.h"
#include "documents/DocumentIssuer.h"

#include <memory>
#include <optional>

namespace Ui {
class SignDialog;
}

namespace ruqsat::ui {

class DocumentPreviewDialog;

// The head at Signing (step 4): reads the prepared result, previews the document, then signs it or
// returns it for rework with a comment (a return needs one: the specialist must learn what to change).
// Signing goes through core's DocumentIssuer: the signature, the registration number and the stored PDF
// (in the chosen language) commit in one transaction, so the signed document exists when the case moves on.
class SignDialog : public ActionDialog {
    Q_OBJECT
public:
    SignDialog(Session session, qint64 caseId, QWidget* parent = nullptr);
    ~SignDialog() override;

    Ui::SignDialog* form() const { return m_ui.get(); }
    // The prepared result as the head reads it.
    QString resultText() const;
    // "ru" or "kk": the language of the document signing will issue.
    QString documentLanguage() const;
    // The document the last successful signing issued.
    const std::optional<core::IssuedDocument>& issuedDocument() const { return m_issued; }
    // The draft as it will be issued (without its number), window-modal, deleted on close; null after
    // saying why it could not be rendered.
    DocumentPreviewDialog* preview();

protected:
    core::Result<Prepared> prepare() const override;
    QLabel* messageLabelFor(const QString& reason) const override;
    void fill() override;
    core::Status submit(const Prepared& prepared) override;
    void changeEvent(QEvent* event) override;

private:
    void updateMode();
    void retranslate();

    std::unique_ptr<Ui::SignDialog> m_ui;
    std::optional<core::IssuedDocument> m_issued;
};

} // namespace ruqsat::ui
