#include "actions/SignDialog.h"

#include "ui_SignDialog.h"

#include "actions/ResultFields.h"
#include "common/Labels.h"
#include "common/MessageBox.h"
#include "documents/DocumentData.h"
#include "documents/DocumentPreviewDialog.h"

#include <QEvent>

using namespace Qt::StringLiterals;

namespace ruqsat::ui {

SignDialog::SignDialog(Session session, qint64 caseId, QWidget* parent)
    : ActionDialog(std::move(session), caseId, parent)
    , m_ui(std::make_unique<Ui::SignDialog>()) {
    m_ui->setupUi(this);
    setObjectName(u"signDialog"_s);
    // Russian is the default language of an office's documents (style.md); the head may choose Kazakh.
    m_ui->languageCombo->addItem(QString(), u"ru"_s);
    m_ui->languageCombo->addItem(QString(), u"kk"_s);
    m_ui->commentMessage->setProperty("field", u"commentEdit"_s);
    setUpForm(m_ui->formMessage, m_ui->submitButton, {m_ui->commentMessage});
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &ActionDialog::reject);
    connect(m_ui->previewButton, &QPushButton::clicked, this, &SignDialog::preview);
    connect(m_ui->signRadio, &QRadioButton::toggled, this, [this] {
        updateMode();
        inputChanged();
    });
    connect(m_ui->commentEdit, &QPlainTextEdit::textChanged, this, [this] { inputChanged(); });
    connect(m_ui->languageCombo, &QComboBox::currentIndexChanged, this, [this] { inputChanged(); });
    retranslate();
}

SignDialog::~SignDialog() = default;

void SignDialog::retranslate() {
    setWindowTitle(tr("Sign or return · case %1").arg(caseId()));
    m_ui->languageCombo->setItemText(0, tr("Russian"));
    m_ui->languageCombo->setItemText(1, tr("Kazakh"));
    updateMode();
    if (caseData().version > 0)
        fill();
}

void SignDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    ActionDialog::changeEvent(event);
}

void SignDialog::updateMode() {
    const bool signing = m_ui->signRadio->isChecked();
    m_ui->commentEdit->setEnabled(!signing);
    m_ui->commentLabel->setEnabled(!signing);
    m_ui->languageCombo->setEnabled(signing);
    m_ui->previewButton->setEnabled(signing);
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

QString SignDialog::documentLanguage() const {
    return m_ui->languageCombo->currentData().toString();
}

DocumentPreviewDialog* SignDialog::preview() {
    auto caseDocumentData = core::DocumentIssuer(session().connectionName).caseData(caseId());
    if (!caseDocumentData) {
        MessageBox::error(this, windowTitle(), caseDocumentData.error().message);
        return nullptr;
    }
    // The signer is known before signing: the head looking at it.
    QJsonObject draft = caseDocumentData.value();
    draft.insert(u"signer"_s, QJsonObject{{u"full_name"_s, workspace().fullName()}});
    auto* dialog =
        new DocumentPreviewDialog({core::DocumentData::resultKind(draft), draft, documentLanguage(), true}, {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
    return dialog;
}

core::Result<ActionDialog::Prepared> SignDialog::prepare() const {
    const core::Case& state = caseData();
    if (m_ui->signRadio->isChecked())
        return Prepared{state, core::Action::sign(state.version)};
    return Prepared{state, core::Action::returnForRework(state.version, m_ui->commentEdit->toPlainText().trimmed())};
}

core::Status SignDialog::submit(const Prepared& prepared) {
    if (prepared.action.kind != core::ActionKind::Sign)
        return ActionDialog::submit(prepared);
    if (auto checked = checkLocally(prepared.state, prepared.action); !checked)
        return checked.error();
    QUuid& clientId = pendingId();
    if (clientId.isNull())
        clientId = QUuid::createUuid();
    auto signedResult = core::DocumentIssuer(session().connectionName)
                            .sign(caseId(), prepared.action.expectedVersion, clientId, documentLanguage());
    if (!signedResult)
        return signedResult.error();
    m_issued = signedResult->document;
    markClean();
    Q_EMIT caseChanged(signedResult->performed.caseId);
    accept();
    return {};
}

QLabel* SignDialog::messageLabelFor(const QString& reason) const {
    return reason == u"missing_comment"_s ? m_ui->commentMessage : nullptr;
}

} // namespace ruqsat::ui
