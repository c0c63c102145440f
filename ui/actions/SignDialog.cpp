#include "actions/SignDialog.h"

#include "ui_SignDialog.h"

#include "actions/ResultFields.h"
#include "common/Labels.h"

using namespace Qt::StringLiterals;

namespace ruqsat::ui {

SignDialog::SignDialog(Session session, qint64 caseId, QWidget* parent)
    : ActionDialog(std::move(session), caseId, parent)
    , m_ui(std::make_unique<Ui::SignDialog>()) {
    m_ui->setupUi(this);
    setObjectName(u"signDialog"_s);
    setWindowTitle(tr("Sign or return · case %1").arg(caseId));
    m_ui->commentMessage->setProperty("field", u"commentEdit"_s);
    setUpForm(m_ui->formMessage, m_ui->submitButton, {m_ui->commentMessage});
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &ActionDialog::reject);
    connect(m_ui->signRadio, &QRadioButton::toggled, this, [this] {
        updateMode();
        inputChanged();
    });
    connect(m_ui->commentEdit, &QPlainTextEdit::textChanged, this, [this] { inputChanged(); });
    updateMode();
}

SignDialog::~SignDialog() = default;

void SignDialog::updateMode() {
    const bool signing = m_ui->signRadio->isChecked();
    m_ui->commentEdit->setEnabled(!signing);
    m_ui->commentLabel->setEnabled(!signing);
    m_ui->submitButton->setText(signing ? tr("&Sign") : tr("&Return for rework"));
}

void SignDialog::fill() {
    const core::Case& state = caseData();
    m_ui->caseSummary->setText(tr("Case %1 · %2 · prepared by %3")
                                   .arg(caseId())
                                   .arg(state.serviceCode, workspace().staffName(state.assignee)));
    QList<std::pair<QString, QString>> grounds;
    if (auto definition = workspace().catalogue().find(state.serviceCode, state.serviceVersion)) {
        for (const core::RefusalGround& ground : (*definition)->refusalGrounds)
            grounds.append({ground.code, Labels::localized(ground.texts)});
    }
    m_ui->resultView->setPlainText(
        state.decision ? ResultFields::describe(*state.decision, state.serviceCode, grounds).join(QLatin1Char('\n'))
                       : tr("No result has been prepared."));
}

QString SignDialog::resultText() const {
    return m_ui->resultView->toPlainText();
}

core::Result<ActionDialog::Prepared> SignDialog::prepare() const {
    const core::Case& state = caseData();
    if (m_ui->signRadio->isChecked())
        return Prepared{state, core::Action::sign(state.version)};
    return Prepared{state, core::Action::returnForRework(state.version, m_ui->commentEdit->toPlainText().trimmed())};
}

QLabel* SignDialog::messageLabelFor(const QString& reason) const {
    return reason == u"missing_comment"_s ? m_ui->commentMessage : nullptr;
}

} // namespace ruqsat::ui
