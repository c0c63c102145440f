#include "actions/RegisterDialog.h"

#include "ui_RegisterDialog.h"

#include "common/Labels.h"
#include "identity/IdentityNumber.h"
#include "workflow/CaseProjection.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QListWidget>

using namespace Qt::StringLiterals;

namespace ruqsat::ui {

namespace {

QString idKindText(core::ApplicantIdKind kind) {
    switch (kind) {
    case core::ApplicantIdKind::Iin:
        return RegisterDialog::tr("IIN");
    case core::ApplicantIdKind::Bin:
        return RegisterDialog::tr("BIN");
    case core::ApplicantIdKind::IinOrBin:
        break;
    }
    return RegisterDialog::tr("IIN or BIN");
}

core::Result<core::IdentityNumber> validateApplicantId(core::ApplicantIdKind kind, const QString& text) {
    switch (kind) {
    case core::ApplicantIdKind::Iin:
        return core::validateIin(text);
    case core::ApplicantIdKind::Bin:
        return core::validateBin(text);
    case core::ApplicantIdKind::IinOrBin:
        break;
    }
    return core::validateIinOrBin(text);
}

// The date-time editors show the office's wall clock (domain.md: compute in the office zone), whatever
// the zone of the computer.
void setOfficeTime(QDateTimeEdit* edit, core::Instant instant, const QTimeZone& zone) {
    const QDateTime office = core::toDateTime(instant, zone);
    edit->setDateTime(QDateTime(office.date(), QTime(office.time().hour(), office.time().minute())));
}

core::Instant officeTime(const QDateTimeEdit* edit, const QTimeZone& zone) {
    return core::instantFromDateTime(QDateTime(edit->date(), edit->time(), zone));
}

QStringList checkedCodes(const QListWidget* list) {
    QStringList codes;
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->checkState() == Qt::Checked)
            codes.append(list->item(row)->data(Qt::UserRole).toString());
    }
    return codes;
}

} // namespace

RegisterDialog::RegisterDialog(Session session, QWidget* parent)
    : ActionDialog(std::move(session), 0, parent)
    , m_ui(std::make_unique<Ui::RegisterDialog>()) {
    m_ui->setupUi(this);
    setObjectName(u"registerDialog"_s);
    setWindowTitle(tr("Register an application"));
    const QString zone = QString::fromUtf8(workspace().office().timeZone);
    m_ui->submittedLabel->setToolTip(tr("Office time (%1)").arg(zone));
    m_ui->receivedLabel->setToolTip(tr("Office time (%1)").arg(zone));
    m_ui->channelMessage->setProperty("field", u"channelCombo"_s);
    m_ui->datesMessage->setProperty("field", u"receivedEdit"_s);
    m_ui->applicantsMessage->setProperty("field", u"applicants"_s);
    m_ui->documentsMessage->setProperty("field", u"documentsList"_s);
    setUpForm(m_ui->formMessage, m_ui->submitButton,
              {m_ui->channelMessage, m_ui->datesMessage, m_ui->applicantsMessage, m_ui->documentsMessage});
    m_ui->intakeMessage->setWordWrap(true);
    m_ui->intakeMessage->setStyleSheet(u"color: #b00020;"_s);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &ActionDialog::reject);
    connect(m_ui->refuseButton, &QPushButton::clicked, this, [this] {
        m_refusing = true;
        onSubmitClicked();
        m_refusing = false;
    });

    for (const core::ServiceDefinitionPtr& definition : workspace().catalogue().definitions()) {
        if (m_ui->serviceCombo->findData(definition->code) < 0)
            m_ui->serviceCombo->addItem(tr("%1 (%2)").arg(Labels::localized(definition->names), definition->code),
                                        definition->code);
    }
    const QTimeZone officeZone = workspace().timeZone(workspace().office().id);
    const core::Instant now = ActionDialog::session().clock->now();
    setOfficeTime(m_ui->submittedEdit, now, officeZone);
    setOfficeTime(m_ui->receivedEdit, now, officeZone);

    connect(m_ui->serviceCombo, &QComboBox::currentIndexChanged, this, [this] {
        serviceChanged();
        inputChanged();
    });
    connect(m_ui->channelCombo, &QComboBox::currentIndexChanged, this, [this] {
        channelChanged();
        inputChanged();
    });
    connect(m_ui->variantCombo, &QComboBox::currentIndexChanged, this, [this] {
        variantChanged();
        inputChanged();
    });
    connect(m_ui->submittedEdit, &QDateTimeEdit::dateTimeChanged, this, [this] {
        serviceChanged();
        inputChanged();
    });
    connect(m_ui->receivedEdit, &QDateTimeEdit::dateTimeChanged, this, [this] { inputChanged(); });
    for (QLineEdit* edit : {m_ui->objectNameEdit, m_ui->objectAddressEdit, m_ui->cadastralEdit, m_ui->contractEdit})
        connect(edit, &QLineEdit::textEdited, this, [this] { inputChanged(); });
    connect(m_ui->documentsList, &QListWidget::itemChanged, this, [this] {
        rebuildMissing();
        inputChanged();
    });
    connect(m_ui->missingList, &QListWidget::itemChanged, this, [this] {
        m_secondId = QUuid();
        inputChanged();
    });
    connect(m_ui->intakeCommentEdit, &QLineEdit::textEdited, this, [this] {
        m_secondId = QUuid();
        inputChanged();
    });
    serviceChanged();
}

RegisterDialog::~RegisterDialog() = default;

core::ServiceDefinitionPtr RegisterDialog::definition() const {
    const QTimeZone zone = workspace().timeZone(workspace().office().id);
    auto found = workspace().catalogue().inForce(m_ui->serviceCombo->currentData().toString(),
                                                 core::toDateTime(officeTime(m_ui->submittedEdit, zone), zone).date());
    return found ? found.value() : nullptr;
}

void RegisterDialog::serviceChanged() {
    const core::ServiceDefinitionPtr service = definition();
    const QString code = m_ui->serviceCombo->currentData().toString();
    if (service && service->code == m_ui->serviceVersion->property("code").toString() &&
        service->version == m_ui->serviceVersion->property("version").toInt())
        return; // the same version: keep what was typed
    m_ui->serviceVersion->setProperty("code", service ? service->code : QString());
    m_ui->serviceVersion->setProperty("version", service ? service->version : 0);
    m_ui->serviceVersion->setText(service ? tr("Version %1, in force since %2")
                                                .arg(service->version)
                                                .arg(QLocale().toString(service->effectiveFrom, QLocale::ShortFormat))
                                          : tr("No version of this service is in force on the submission date."));
    {
        const QSignalBlocker blocker(m_ui->channelCombo);
        const QVariant previous = m_ui->channelCombo->currentData();
        m_ui->channelCombo->clear();
        for (core::Channel channel : service ? service->channels : QList<core::Channel>{})
            m_ui->channelCombo->addItem(Labels::channel(channel), static_cast<int>(channel));
        const int keep = m_ui->channelCombo->findData(previous);
        m_ui->channelCombo->setCurrentIndex(keep >= 0 ? keep : 0);
    }
    {
        const QSignalBlocker blocker(m_ui->variantCombo);
        m_ui->variantCombo->clear();
        for (const core::Checklist& checklist : service ? service->checklists : QList<core::Checklist>{})
            m_ui->variantCombo->addItem(Labels::localized(checklist.names), checklist.variant);
    }
    // The object is described by what the result will name: the permit's object, or the contract of
    // the extract (domain.md, suggested fields).
    const bool permit = code == u"P"_s;
    m_ui->objectLayout->setRowVisible(m_ui->objectNameEdit, permit);
    m_ui->objectLayout->setRowVisible(m_ui->objectAddressEdit, permit);
    m_ui->objectLayout->setRowVisible(m_ui->cadastralEdit, permit);
    m_ui->objectLayout->setRowVisible(m_ui->contractEdit, !permit);
    rebuildApplicants();
    channelChanged();
    variantChanged();
}

void RegisterDialog::channelChanged() {
    m_ui->intakeGroup->setVisible(m_ui->channelCombo->currentData().toInt() ==
                                  static_cast<int>(core::Channel::StateCorporation));
}

void RegisterDialog::variantChanged() {
    const core::ServiceDefinitionPtr service = definition();
    const core::Checklist* checklist =
        service ? service->checklist(m_ui->variantCombo->currentData().toString()) : nullptr;
    const QSignalBlocker blocker(m_ui->documentsList);
    m_ui->documentsList->clear();
    if (checklist) {
        for (const core::ChecklistDocument& document : checklist->documents) {
            auto* item = new QListWidgetItem(Labels::localized(document.names), m_ui->documentsList);
            item->setData(Qt::UserRole, document.code);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setCheckState(Qt::Unchecked);
        }
    }
    rebuildMissing();
}

void RegisterDialog::rebuildMissing() {
    // The receipt of refusal lists what is missing: the documents not ticked as provided.
    const QSignalBlocker blocker(m_ui->missingList);
    m_ui->missingList->clear();
    for (int row = 0; row < m_ui->documentsList->count(); ++row) {
        const QListWidgetItem* document = m_ui->documentsList->item(row);
        if (document->checkState() == Qt::Checked)
            continue;
        auto* item = new QListWidgetItem(document->text(), m_ui->missingList);
        item->setData(Qt::UserRole, document->data(Qt::UserRole));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Checked);
    }
}

bool RegisterDialog::setDocumentProvided(const QString& code, bool provided) {
    for (int row = 0; row < m_ui->documentsList->count(); ++row) {
        QListWidgetItem* item = m_ui->documentsList->item(row);
        if (item->data(Qt::UserRole).toString() == code) {
            item->setCheckState(provided ? Qt::Checked : Qt::Unchecked);
            return true;
        }
    }
    return false;
}

void RegisterDialog::rebuildApplicants() {
    for (const ApplicantFields& fields : std::as_const(m_applicants))
        delete fields.id->parentWidget(); // the slot's group box
    m_applicants.clear();
    const core::ServiceDefinitionPtr service = definition();
    QWidget* previous = m_ui->receivedEdit;
    const auto chain = [&](QWidget* next) {
        setTabOrder(previous, next);
        previous = next;
    };
    for (const core::ApplicantSlot& slot : service ? service->applicants : QList<core::ApplicantSlot>{}) {
        auto* group = new QGroupBox(Labels::localized(slot.names), m_ui->applicantsGroup);
        group->setObjectName(u"applicant_"_s + slot.role);
        auto* layout = new QFormLayout(group);
        ApplicantFields fields;
        fields.role = slot.role;
        const auto line = [&](const QString& name, const QString& label) {
            auto* edit = new QLineEdit(group);
            edit->setObjectName(name + u'_' + slot.role);
            layout->addRow(label, edit);
            connect(edit, &QLineEdit::textEdited, this, [this] { inputChanged(); });
            chain(edit);
            return edit;
        };
        fields.id = line(u"id"_s, idKindText(slot.idKind) + u':');
        fields.id->setMaxLength(12);
        fields.idMessage = new QLabel(group);
        fields.idMessage->setObjectName(u"idMessage_"_s + slot.role);
        fields.idMessage->setWordWrap(true);
        fields.idMessage->setStyleSheet(u"color: #b00020;"_s);
        fields.idMessage->hide();
        layout->addRow(QString(), fields.idMessage);
        fields.name = line(u"name"_s, tr("Name:"));
        fields.phone = line(u"phone"_s, tr("Phone:"));
        fields.email = line(u"email"_s, tr("Email:"));
        fields.address = line(u"address"_s, tr("Address:"));
        const core::ApplicantIdKind kind = slot.idKind;
        QLineEdit* id = fields.id;
        QLabel* message = fields.idMessage;
        // The message says what is wrong with the number as it is typed (core/identity).
        connect(id, &QLineEdit::textChanged, this, [id, message, kind] {
            const QString text = id->text();
            const auto valid = text.isEmpty() ? core::Result<core::IdentityNumber>(core::IdentityNumber{})
                                              : validateApplicantId(kind, text);
            message->setText(valid ? QString() : valid.error().message);
            message->setVisible(!valid);
        });
        m_ui->applicantsLayout->insertWidget(m_ui->applicantsLayout->count() - 1, group);
        group->show(); // at once, not from the event loop: the form may be on screen already
        m_applicants.append(fields);
    }
    for (QWidget* next :
         QList<QWidget*>{m_ui->objectNameEdit, m_ui->objectAddressEdit, m_ui->cadastralEdit, m_ui->contractEdit,
                         m_ui->variantCombo, m_ui->documentsList, m_ui->missingList, m_ui->intakeCommentEdit,
                         m_ui->refuseButton, m_ui->submitButton, m_ui->cancelButton})
        chain(next);
}

core::CaseOpening RegisterDialog::opening() const {
    const QTimeZone zone = workspace().timeZone(workspace().office().id);
    core::CaseOpening opening;
    opening.serviceCode = m_ui->serviceCombo->currentData().toString();
    opening.officeId = workspace().office().id;
    opening.channel = static_cast<core::Channel>(m_ui->channelCombo->currentData().toInt());
    opening.submittedAt = officeTime(m_ui->submittedEdit, zone);
    opening.receivedAt = officeTime(m_ui->receivedEdit, zone);
    for (const ApplicantFields& fields : m_applicants) {
        opening.applicants.append(core::Applicant{fields.role, fields.id->text().trimmed(),
                                                  fields.name->text().trimmed(), fields.phone->text().trimmed(),
                                                  fields.email->text().trimmed(), fields.address->text().trimmed()});
    }
    const auto put = [&](const QString& key, const QLineEdit* edit) {
        if (edit->isVisibleTo(this) && !edit->text().trimmed().isEmpty())
            opening.objectData.insert(key, edit->text().trimmed());
    };
    const bool permit = opening.serviceCode == u"P"_s;
    if (permit) {
        put(u"name"_s, m_ui->objectNameEdit);
        put(u"address"_s, m_ui->objectAddressEdit);
        put(u"cadastral_number"_s, m_ui->cadastralEdit);
    } else {
        put(u"contract_number"_s, m_ui->contractEdit);
    }
    opening.checklistVariant = m_ui->variantCombo->currentData().toString();
    for (int row = 0; row < m_ui->documentsList->count(); ++row) {
        const QListWidgetItem* item = m_ui->documentsList->item(row);
        opening.checklist.insert(item->data(Qt::UserRole).toString(), item->checkState() == Qt::Checked);
    }
    return opening;
}

core::Result<core::Case> RegisterDialog::projectedCase(const core::Action& receive) const {
    auto event = workspace().engine().decide(core::Case{}, workspace().actor(), receive, session().clock->now());
    if (!event)
        return event.error();
    return core::CaseProjection::apply(core::Case{}, event.value());
}

core::Action RegisterDialog::secondAction(const core::Case& received, bool refusing) const {
    if (refusing)
        return core::Action::refuseAtIntake(received.version, checkedCodes(m_ui->missingList),
                                            m_ui->intakeCommentEdit->text().trimmed());
    return core::Action::registerCase(received.version);
}

core::Result<ActionDialog::Prepared> RegisterDialog::prepare() const {
    if (m_receivedCaseId != 0)
        return Prepared{m_received, secondAction(m_received, m_refusing)};
    return Prepared{core::Case{}, core::Action::receive(opening())};
}

void RegisterDialog::revalidated() {
    m_ui->intakeMessage->clear();
    m_ui->intakeMessage->hide();
    if (!m_ui->intakeGroup->isVisibleTo(this))
        return;
    core::Status checked;
    if (m_receivedCaseId != 0) {
        checked = checkLocally(m_received, secondAction(m_received, true));
    } else {
        auto projected = projectedCase(core::Action::receive(opening()));
        checked =
            projected ? checkLocally(*projected, secondAction(*projected, true)) : core::Status(projected.error());
        if (!projected) {
            m_ui->refuseButton->setEnabled(false);
            return; // the message about the input is shown already
        }
    }
    if (!checked) {
        m_ui->intakeMessage->setText(checked.error().message);
        m_ui->intakeMessage->show();
    }
    m_ui->refuseButton->setEnabled(checked.ok());
}

QLabel* RegisterDialog::messageLabelFor(const QString& reason) const {
    if (reason == u"wrong_channel"_s)
        return m_refusing ? m_ui->intakeMessage : m_ui->channelMessage;
    if (reason == u"invalid_dates"_s)
        return m_ui->datesMessage;
    if (reason == u"invalid_applicant"_s)
        return m_ui->applicantsMessage;
    if (reason == u"unknown_checklist"_s || reason == u"unknown_document"_s)
        return m_refusing ? m_ui->intakeMessage : m_ui->documentsMessage;
    if (reason == u"missing_documents"_s)
        return m_ui->intakeMessage;
    return nullptr;
}

void RegisterDialog::lockInput() {
    // What was received is recorded: only the choice of the second action remains.
    for (QWidget* widget :
         QList<QWidget*>{m_ui->serviceCombo, m_ui->channelCombo, m_ui->submittedEdit, m_ui->receivedEdit,
                         m_ui->applicantsGroup, m_ui->objectGroup, m_ui->documentsGroup})
        widget->setEnabled(false);
}

core::Status RegisterDialog::submit(const Prepared& prepared) {
    if (m_receivedCaseId == 0) {
        // Check the second action against the case as receive would leave it: nothing is sent when it
        // would be refused.
        auto projected = projectedCase(prepared.action);
        if (!projected)
            return projected.error();
        if (auto second = checkLocally(*projected, secondAction(*projected, m_refusing)); !second)
            return second.error();
        auto received = perform(0, prepared.state, prepared.action, pendingId());
        if (!received)
            return received.error();
        m_receivedCaseId = received->caseId;
        auto loaded = core::CaseStore(session().connectionName).load(m_receivedCaseId);
        if (loaded)
            m_received = std::move(loaded).value();
        else if (auto applied = core::CaseProjection::apply(core::Case{}, received->event))
            m_received = std::move(applied).value();
        lockInput();
        Q_EMIT caseChanged(m_receivedCaseId);
    }
    // Pressing the other button is another submission.
    if (m_secondWasRefusal != m_refusing)
        m_secondId = QUuid();
    m_secondWasRefusal = m_refusing;
    const core::Action second = secondAction(m_received, m_refusing);
    auto done = perform(m_receivedCaseId, m_received, second, m_secondId);
    if (!done) {
        core::Error error = done.error();
        error.message = tr("The application was received as case %1 and waits in My registrations, but: %2")
                            .arg(m_receivedCaseId)
                            .arg(error.message);
        return error;
    }
    markClean();
    m_secondId = QUuid();
    Q_EMIT caseChanged(m_receivedCaseId);
    accept();
    return {};
}

} // namespace ruqsat::ui
