#pragma once

#include "actions/ActionDialog.h"

#include <QHash>

#include <memory>

class QCheckBox;
class QLineEdit;

namespace Ui {
class PrepareResultDialog;
}

namespace ruqsat::ui {

class DocumentPreviewDialog;

// The assigned specialist at preparation (step 3): the result to issue, as the fields of the permit
// or the extract (ResultFields, started from what the case knows), or a motivated refusal citing at
// least one ground of the case's own service version with a motivation. "Send for signing" performs
// prepare_result. "Preview" shows the document as the form would make it (a draft: no number, not signed).
class PrepareResultDialog : public ActionDialog {
    Q_OBJECT
public:
    PrepareResultDialog(Session session, qint64 caseId, QWidget* parent = nullptr);
    ~PrepareResultDialog() override;

    Ui::PrepareResultDialog* form() const { return m_ui.get(); }
    // The editor of a result field by its key; null for a key the service's form lacks.
    QLineEdit* fieldEdit(const QString& key) const { return m_fields.value(key); }
    // The checkbox of a refusal ground by its code.
    QCheckBox* groundBox(const QString& code) const { return m_grounds.value(code); }
    // The draft document of what the form holds now, window-modal, deleted on close; null after saying
    // why it could not be rendered.
    DocumentPreviewDialog* preview();
    // The document data of the draft: the case's data with the form's decision in it.
    core::Result<QJsonObject> draftData() const;

protected:
    core::Result<Prepared> prepare() const override;
    QLabel* messageLabelFor(const QString& reason) const override;
    void fill() override;
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateSummary();

    std::unique_ptr<Ui::PrepareResultDialog> m_ui;
    QHash<QString, QLineEdit*> m_fields;
    QList<QString> m_fieldOrder;
    QHash<QString, QCheckBox*> m_grounds;
    QList<QString> m_groundOrder;
};

} // namespace ruqsat::ui
