#include "actions/AssignDialog.h"

#include "ui_AssignDialog.h"

#include "common/Labels.h"

#include <QEvent>

using namespace Qt::StringLiterals;

namespace ruqsat::ui {

AssignDialog::AssignDialog(Session session, qint64 caseId, Mode mode, QWidget* parent)
    : ActionDialog(std::move(session), caseId, parent)
    , m_ui(std::make_unique<Ui::AssignDialog>())
    , m_mode(mode) {
    m_ui->setupUi(this);
    setObjectName(mode == Mode::Resolve ? u"resolveDialog"_s : u"reassignDialog"_s);
    retranslate();
    m_ui->specialistMessage->setProperty("field", u"specialistCombo"_s);
    m_ui->textMessage->setProperty("field", u"textEdit"_s);
    setUpForm(m_ui->formMessage, m_ui->submitButton, {m_ui->specialistMessage, m_ui->textMessage});
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &ActionDialog::reject);
    connect(m_ui->specialistCombo, &QComboBox::currentIndexChanged, this, [this] { inputChanged(); });
    connect(m_ui->textEdit, &QPlainTextEdit::textChanged, this, [this] { inputChanged(); });
}

AssignDialog::~AssignDialog() = default;

void AssignDialog::retranslate() {
    if (m_mode == Mode::Resolve) {
        setWindowTitle(tr("Write resolution · case %1").arg(caseId()));
        m_ui->textLabel->setText(tr("&Resolution:"));
        m_ui->submitButton->setText(tr("&Write resolution"));
    } else {
        setWindowTitle(tr("Reassign · case %1").arg(caseId()));
        m_ui->textLabel->setText(tr("&Comment:"));
        m_ui->submitButton->setText(tr("Re&assign"));
    }
    const core::Case& state = caseData();
    if (state.version == 0)
        return; // not loaded yet: fill() sets the rest
    m_ui->caseSummary->setText(
        tr("Case %1 · %2 · %3").arg(caseId()).arg(state.serviceCode, Labels::state(state.state)));
    if (m_ui->specialistCombo->count() > 0)
        m_ui->specialistCombo->setItemText(0, tr("(choose a specialist)"));
    for (int row = 1; row < m_ui->specialistCombo->count(); ++row) {
        const QString login = m_ui->specialistCombo->itemData(row).toString();
        QString text = workspace().staffName(login);
        if (login == state.assignee)
            text = tr("%1 (assigned now)").arg(text);
        m_ui->specialistCombo->setItemText(row, text);
    }
}

void AssignDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    ActionDialog::changeEvent(event);
}

void AssignDialog::fill() {
    const core::Case& state = caseData();
    m_ui->caseSummary->setText(
        tr("Case %1 · %2 · %3").arg(caseId()).arg(state.serviceCode, Labels::state(state.state)));
    auto specialists = core::CaseStore(session().connectionName).specialists(state.officeId);
    const QSignalBlocker blocker(m_ui->specialistCombo);
    m_ui->specialistCombo->clear();
    m_specialists.clear();
    m_ui->specialistCombo->addItem(tr("(choose a specialist)"));
    if (!specialists) {
        showError(specialists.error());
        return;
    }
    m_specialists = std::move(specialists).value();
    for (const core::Actor& specialist : std::as_const(m_specialists)) {
        QString text = workspace().staffName(specialist.login);
        if (specialist.login == state.assignee)
            text = tr("%1 (assigned now)").arg(text);
        m_ui->specialistCombo->addItem(text, specialist.login);
    }
}

bool AssignDialog::selectSpecialist(const QString& login) {
    const int index = m_ui->specialistCombo->findData(login);
    if (index < 0)
        return false;
    m_ui->specialistCombo->setCurrentIndex(index);
    return true;
}

core::Result<ActionDialog::Prepared> AssignDialog::prepare() const {
    const int index = m_ui->specialistCombo->currentIndex() - 1;
    std::optional<core::Actor> assignee;
    if (index >= 0 && index < m_specialists.size())
        assignee = m_specialists.at(index);
    const QString text = m_ui->textEdit->toPlainText().trimmed();
    const core::Case& state = caseData();
    if (m_mode == Mode::Resolve) {
        return Prepared{state, core::Action::resolve(state.version, assignee.value_or(core::Actor{}), text)};
    }
    return Prepared{state, core::Action::reassign(state.version, assignee.value_or(core::Actor{}), text)};
}

QLabel* AssignDialog::messageLabelFor(const QString& reason) const {
    if (reason == u"invalid_assignee"_s)
        return m_ui->specialistMessage;
    if (reason == u"missing_resolution_text"_s)
        return m_ui->textMessage;
    return nullptr;
}

} // namespace ruqsat::ui
