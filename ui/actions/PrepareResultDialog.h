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

// The assigned specialist at preparation (step 3): the result to issue, as the fields of the permit
// or the extract (ResultFields, started from what the case knows), or a motivated refusal citing at
// least one ground of the case's own service version with a motivation. "Send for signing" performs
// prepare_result.
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

protected:
    core::Result<Prepared> prepare() const override;
    QLabel* messageLabelFor(const QString& reason) const override;
    void fill() override;

private:
    std::unique_ptr<Ui::PrepareResultDialog> m_ui;
    QHash<QString, QLineEdit*> m_fields;
    QList<QString> m_fieldOrder;
    QHash<QString, QCheckBox*> m_grounds;
    QList<QString> m_groundOrder;
};

} // namespace ruqsat::ui
