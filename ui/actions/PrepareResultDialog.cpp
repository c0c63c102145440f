#include "actions/PrepareResultDialog.h"

#include "ui_PrepareResultDialog.h"

#include "actions/ResultFields.h"
#include "common/Labels.h"
#include "common/MessageBox.h"
#include "documents/DocumentData.h"
#include "documents/DocumentIssuer.h"
#include "documents/DocumentPreviewDialog.h"

#include <QCheckBox>
#include <QEvent>
#include <QJsonArray>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace ruqsat::ui {

PrepareResultDialog::PrepareResultDialog(Session session, qint64 caseId, QWidget* parent)
    : ActionDialog(std::move(session), caseId, parent)
    , m_ui(std::make_unique<Ui::PrepareResultDialog>()) {
    m_ui->setupUi(this);
    setObjectName(u"prepareResultDialog"_s);
    setWindowTitle(tr("Prepare result · case %1").arg(caseId));
    connect(m_ui->previewButton, &QPushButton::clicked, this, &PrepareResultDialog::preview);
    m_ui->issueMessage->setProperty("field", u"issueFields"_s);
    m_ui->groundsMessage->setProperty("field", u"grounds"_s);
    m_ui->motivationMessage->setProperty("field", u"motivationEdit"_s);
    setUpForm(m_ui->formMessage, m_ui->submitButton,
              {m_ui->issueMessage, m_ui->groundsMessage, m_ui->motivationMessage});
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &ActionDialog::reject);
    connect(m_ui->issueRadio, &QRadioButton::toggled, this, [this](bool issue) {
        m_ui->decisionPages->setCurrentWidget(issue ? m_ui->issuePage : m_ui->refusePage);
        inputChanged();
    });
    connect(m_ui->motivationEdit, &QPlainTextEdit::textChanged, this, [this] { inputChanged(); });
}

PrepareResultDialog::~PrepareResultDialog() = default;

void PrepareResultDialog::updateSummary() {
    const core::Case& state = caseData();
    m_ui->caseSummary->setText(tr("Case %1 · %2").arg(caseId()).arg(state.serviceCode));
    if (!state.resolutionText.isEmpty())
        m_ui->caseSummary->setText(m_ui->caseSummary->text() + u'\n' + tr("Resolution: %1").arg(state.resolutionText));
    if (!state.reworkComment.isEmpty())
        m_ui->caseSummary->setText(m_ui->caseSummary->text() + u'\n' +
                                   tr("Returned for rework: %1").arg(state.reworkComment));
}

void PrepareResultDialog::retranslate() {
    setWindowTitle(tr("Prepare result · case %1").arg(caseId()));
    updateSummary();
    for (const ResultFields::Field& field : ResultFields::forService(caseData().serviceCode)) {
        if (QLineEdit* edit = m_fields.value(field.key)) {
            if (auto* label = qobject_cast<QLabel*>(m_ui->issueFields->labelForField(edit)))
                label->setText(field.label + u':');
        }
    }
    if (auto definition = workspace().catalogue().find(caseData().serviceCode, caseData().serviceVersion)) {
        for (const core::RefusalGround& ground : (*definition)->refusalGrounds) {
            if (QCheckBox* box = m_grounds.value(ground.code))
                box->setText(Labels::localized(ground.texts));
        }
    }
}

void PrepareResultDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    ActionDialog::changeEvent(event);
}

core::Result<QJsonObject> PrepareResultDialog::draftData() const {
    auto caseDocumentData = core::DocumentIssuer(session().connectionName).caseData(caseId());
    if (!caseDocumentData)
        return caseDocumentData.error();
    QJsonObject draft = caseDocumentData.value();
    auto prepared = prepare();
    if (!prepared)
        return prepared.error();
    const core::Decision& decision = prepared->action.decision;
    const bool refuse = decision.kind == core::Decision::Kind::Refuse;
    draft.insert(u"kind"_s, core::documentKindName(core::resultKindFor(refuse, caseData().serviceCode)));
    draft.insert(u"result_fields"_s, refuse ? QJsonObject() : decision.resultFields);
    QJsonArray grounds;
    if (auto definition = workspace().catalogue().find(caseData().serviceCode, caseData().serviceVersion)) {
        for (const core::RefusalGround& ground : (*definition)->refusalGrounds) {
            if (!refuse || !decision.groundCodes.contains(ground.code))
                continue;
            grounds.append(
                QJsonObject{{u"code"_s, ground.code},
                            {u"texts"_s, QJsonObject{{u"ru"_s, ground.texts.ru}, {u"kk"_s, ground.texts.kk}}},
                            {u"legal_source"_s, ground.legalSource}});
        }
    }
    draft.insert(u"grounds"_s, grounds);
    draft.insert(u"motivation"_s, refuse ? decision.motivation : QString());
    return draft;
}

DocumentPreviewDialog* PrepareResultDialog::preview() {
    auto draft = draftData();
    if (!draft) {
        MessageBox::error(this, windowTitle(), draft.error().message);
        return nullptr;
    }
    // The draft in the language of the screen, switchable in the preview.
    const QString language = QLocale().language() == QLocale::Kazakh ? u"kk"_s : u"ru"_s;
    auto* dialog = new DocumentPreviewDialog(
        {core::DocumentData::resultKind(draft.value()), draft.value(), language, true}, {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
    return dialog;
}

void PrepareResultDialog::fill() {
    const core::Case& state = caseData();
    updateSummary();

    // A draft returned for rework starts from what was prepared before.
    const std::optional<core::Decision>& previous = state.decision;
    QWidget* previousWidget = m_ui->refuseRadio;
    for (const ResultFields::Field& field : ResultFields::forService(state.serviceCode)) {
        auto* edit = new QLineEdit(m_ui->issueFieldsWidget);
        edit->setObjectName(u"field_"_s + field.key);
        const QString value = previous && previous->kind == core::Decision::Kind::Issue
                                  ? previous->resultFields.value(field.key).toVariant().toString()
                                  : ResultFields::suggestion(state, field.key);
        edit->setText(value);
        m_ui->issueFields->addRow(field.label + u':', edit);
        connect(edit, &QLineEdit::textEdited, this, [this] { inputChanged(); });
        setTabOrder(previousWidget, edit);
        previousWidget = edit;
        m_fields.insert(field.key, edit);
        m_fieldOrder.append(field.key);
    }
    auto definition = workspace().catalogue().find(state.serviceCode, state.serviceVersion);
    if (definition) {
        for (const core::RefusalGround& ground : (*definition)->refusalGrounds) {
            auto* box = new QCheckBox(Labels::localized(ground.texts), m_ui->groundsGroup);
            box->setObjectName(u"ground_"_s + ground.code);
            box->setToolTip(ground.legalSource);
            box->setChecked(previous && previous->kind == core::Decision::Kind::Refuse &&
                            previous->groundCodes.contains(ground.code));
            m_ui->groundsLayout->addWidget(box);
            connect(box, &QCheckBox::toggled, this, [this] { inputChanged(); });
            setTabOrder(previousWidget, box);
            previousWidget = box;
            m_grounds.insert(ground.code, box);
            m_groundOrder.append(ground.code);
        }
    }
    setTabOrder(previousWidget, m_ui->motivationEdit);
    setTabOrder(m_ui->motivationEdit, m_ui->submitButton);
    setTabOrder(m_ui->submitButton, m_ui->cancelButton);
    if (previous && previous->kind == core::Decision::Kind::Refuse) {
        const QSignalBlocker blocker(m_ui->motivationEdit);
        m_ui->motivationEdit->setPlainText(previous->motivation);
        m_ui->refuseRadio->setChecked(true);
    }
}

core::Result<ActionDialog::Prepared> PrepareResultDialog::prepare() const {
    const core::Case& state = caseData();
    core::Decision decision;
    if (m_ui->issueRadio->isChecked()) {
        decision.kind = core::Decision::Kind::Issue;
        for (const QString& key : m_fieldOrder) {
            const QString value = m_fields.value(key)->text().trimmed();
            if (!value.isEmpty())
                decision.resultFields.insert(key, value);
        }
    } else {
        decision.kind = core::Decision::Kind::Refuse;
        for (const QString& code : m_groundOrder) {
            if (m_grounds.value(code)->isChecked())
                decision.groundCodes.append(code);
        }
        decision.motivation = m_ui->motivationEdit->toPlainText().trimmed();
    }
    return Prepared{state, core::Action::prepareResult(state.version, decision)};
}

QLabel* PrepareResultDialog::messageLabelFor(const QString& reason) const {
    if (reason == u"missing_result_fields"_s)
        return m_ui->issueMessage;
    if (reason == u"missing_grounds"_s || reason == u"unknown_ground"_s)
        return m_ui->groundsMessage;
    if (reason == u"missing_motivation"_s)
        return m_ui->motivationMessage;
    return nullptr;
}

} // namespace ruqsat::ui
