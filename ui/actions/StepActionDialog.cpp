#include "actions/StepActionDialog.h"

#include "ui_StepActionDialog.h"

#include "common/Labels.h"

#include <QEvent>

using namespace Qt::StringLiterals;

namespace ruqsat::ui {

StepActionDialog::StepActionDialog(Session session, qint64 caseId, Kind kind, QWidget* parent)
    : ActionDialog(std::move(session), caseId, parent)
    , m_ui(std::make_unique<Ui::StepActionDialog>())
    , m_kind(kind) {
    m_ui->setupUi(this);
    setObjectName(kind == Kind::Register ? u"registerCaseDialog"_s : u"dispatchDialog"_s);
    retranslate();
    setUpForm(m_ui->formMessage, m_ui->submitButton, {});
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &ActionDialog::reject);
}

StepActionDialog::~StepActionDialog() = default;

void StepActionDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        if (caseData().version > 0)
            fill();
    }
    ActionDialog::changeEvent(event);
}

void StepActionDialog::retranslate() {
    if (m_kind == Kind::Register) {
        setWindowTitle(tr("Register · case %1").arg(caseId()));
        m_ui->submitButton->setText(tr("&Register"));
    } else {
        setWindowTitle(tr("Send the result · case %1").arg(caseId()));
        m_ui->submitButton->setText(tr("&Send"));
    }
}

void StepActionDialog::fill() {
    const core::Case& state = caseData();
    QStringList names;
    for (const core::Applicant& applicant : state.applicants)
        names.append(applicant.name);
    m_ui->caseSummary->setText(
        tr("Case %1 · %2 · %3 · %4")
            .arg(caseId())
            .arg(state.serviceCode, Labels::channel(state.channel), names.join(QStringLiteral("; "))));
    if (m_kind == Kind::Register) {
        m_ui->question->setText(tr("Register the application and pass it to the head?"));
    } else {
        const bool refused = state.decision && state.decision->kind == core::Decision::Kind::Refuse;
        const QString what = refused ? tr("the signed motivated refusal") : tr("the signed result");
        m_ui->question->setText(state.channel == core::Channel::StateCorporation
                                    ? tr("Send %1 to the State Corporation?").arg(what)
                                    : tr("Send %1 to the applicant's cabinet on the portal?").arg(what));
    }
}

core::Result<ActionDialog::Prepared> StepActionDialog::prepare() const {
    const core::Case& state = caseData();
    return Prepared{state, m_kind == Kind::Register ? core::Action::registerCase(state.version)
                                                    : core::Action::dispatch(state.version)};
}

} // namespace ruqsat::ui
