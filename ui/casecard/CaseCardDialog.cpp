#include "casecard/CaseCardDialog.h"

#include "casecard/ApplicantsModel.h"
#include "casecard/ChecklistModel.h"
#include "casecard/EventTimelineModel.h"
#include "casecard/StepStrip.h"
#include "common/Labels.h"
#include "store/CaseStore.h"
#include "store/DeadlineText.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace ruqsat::ui {

namespace {

QString jsonText(const QJsonValue& value) {
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isBool())
        return value.toBool() ? CaseCardDialog::tr("yes") : CaseCardDialog::tr("no");
    return value.toString();
}

// Object data and result fields are free key/value data: known keys get words, others show as stored.
QString fieldLabel(const QString& key) {
    static const QList<std::pair<const char*, const char*>> known{
        {"name", QT_TRANSLATE_NOOP("CaseCardDialog", "Name")},
        {"address", QT_TRANSLATE_NOOP("CaseCardDialog", "Address")},
        {"cadastral_number", QT_TRANSLATE_NOOP("CaseCardDialog", "Cadastral number")},
        {"contract_number", QT_TRANSLATE_NOOP("CaseCardDialog", "Contract number")},
        {"object_name", QT_TRANSLATE_NOOP("CaseCardDialog", "Object")},
        {"apartments", QT_TRANSLATE_NOOP("CaseCardDialog", "Apartments")},
        {"apartment", QT_TRANSLATE_NOOP("CaseCardDialog", "Apartment")},
        {"area_m2", QT_TRANSLATE_NOOP("CaseCardDialog", "Area, m²")},
        {"record_number", QT_TRANSLATE_NOOP("CaseCardDialog", "Record number")},
    };
    for (const auto& [name, text] : known) {
        if (key == QLatin1String(name))
            return CaseCardDialog::tr(text);
    }
    return key;
}

} // namespace

CaseCardDialog::CaseCardDialog(Session session, qint64 caseId, QWidget* parent)
    : QDialog(parent)
    , m_session(std::move(session))
    , m_caseId(caseId) {
    setObjectName(QStringLiteral("caseCard"));
    setWindowTitle(tr("Case %1").arg(caseId));
    resize(1100, 760);
    buildLayout();
}

CaseCardDialog::~CaseCardDialog() = default;

QLabel* CaseCardDialog::addField(QFormLayout* form, const QString& label, const QString& objectName) {
    auto* value = new QLabel(this);
    value->setObjectName(objectName);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse); // not a tab stop: Tab goes tab to tab
    form->addRow(label, value);
    return value;
}

QTableView* CaseCardDialog::addTable(QAbstractItemModel* model, const QString& objectName) {
    auto* view = new QTableView(this);
    view->setObjectName(objectName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setTabKeyNavigation(false);
    view->setWordWrap(true);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

void CaseCardDialog::buildLayout() {
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("caseTitle"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_title->setFont(titleFont);

    m_summary = new QFormLayout;
    addField(m_summary, tr("Step:"), QStringLiteral("stateValue"));
    addField(m_summary, tr("Channel:"), QStringLiteral("channelValue"));
    addField(m_summary, tr("Office:"), QStringLiteral("officeValue"));
    addField(m_summary, tr("Submitted:"), QStringLiteral("submittedValue"));
    addField(m_summary, tr("Received:"), QStringLiteral("receivedValue"));
    addField(m_summary, tr("Term:"), QStringLiteral("termValue"));
    addField(m_summary, tr("Specialist:"), QStringLiteral("assigneeValue"));

    m_stepStrip = new StepStrip(this);

    m_applicants = new ApplicantsModel(this);
    m_checklist = new ChecklistModel(this);
    m_timeline = new EventTimelineModel(m_session, this);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("caseTabs"));
    m_tabs->addTab(addTable(m_applicants, QStringLiteral("applicantsTable")), tr("&Applicants"));

    auto* objectPage = new QWidget(this);
    m_object = new QFormLayout(objectPage);
    m_tabs->addTab(objectPage, tr("&Object"));

    auto* documentsPage = new QWidget(this);
    auto* documents = new QVBoxLayout(documentsPage);
    m_variant = new QLabel(documentsPage);
    m_variant->setObjectName(QStringLiteral("variantValue"));
    m_variant->setWordWrap(true);
    documents->addWidget(m_variant);
    documents->addWidget(addTable(m_checklist, QStringLiteral("checklistTable")), 1);
    m_tabs->addTab(documentsPage, tr("&Documents"));

    auto* resultPage = new QWidget(this);
    m_result = new QFormLayout(resultPage);
    addField(m_result, tr("Resolution:"), QStringLiteral("resolutionValue"));
    addField(m_result, tr("Decision:"), QStringLiteral("decisionValue"));
    addField(m_result, tr("Details:"), QStringLiteral("decisionDetailsValue"));
    addField(m_result, tr("Returned for rework:"), QStringLiteral("reworkValue"));
    addField(m_result, tr("Signature:"), QStringLiteral("signatureValue"));
    addField(m_result, tr("Refused at intake:"), QStringLiteral("intakeRefusalValue"));
    auto* resultScroll = new QScrollArea(this);
    resultScroll->setWidgetResizable(true);
    resultScroll->setWidget(resultPage);
    m_tabs->addTab(resultScroll, tr("&Result"));

    m_tabs->addTab(addTable(m_timeline, QStringLiteral("timelineTable")), tr("&History"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(m_summary);
    layout->addWidget(m_stepStrip);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
}

QString CaseCardDialog::fieldText(const QString& objectName) const {
    const auto* label = findChild<QLabel*>(objectName);
    return label ? label->text() : QString();
}

core::Status CaseCardDialog::load() {
    // The case as CaseStore gives it (replayed from its events, with the due moments as recorded now),
    // and the events themselves for the timeline.
    const core::CaseStore store(m_session.connectionName);
    auto loaded = store.load(m_caseId);
    if (!loaded)
        return loaded.error();
    auto events = store.events(m_caseId);
    if (!events)
        return events.error();
    m_case = std::move(loaded).value();

    const core::Workspace& workspace = *m_session.workspace;
    auto found = workspace.catalogue().find(m_case.serviceCode, m_case.serviceVersion);
    const core::ServiceDefinitionPtr definition = found ? found.value() : nullptr;

    const QString service = definition ? Labels::localized(definition->names) : m_case.serviceCode;
    m_title->setText(
        tr("Case %1 · %2 (%3, version %4)").arg(m_caseId).arg(service, m_case.serviceCode).arg(m_case.serviceVersion));
    fillSummary();
    m_stepStrip->setCase(m_case, definition, workspace, m_session.clock->now());
    m_applicants->setApplicants(m_case.applicants, definition);
    fillObject();
    m_checklist->setCase(m_case, definition);
    const core::Checklist* checklist = definition ? definition->checklist(m_case.checklistVariant) : nullptr;
    const QString variant = checklist ? Labels::localized(checklist->names) : m_case.checklistVariant;
    m_variant->setText(m_checklist->missingCount() == 0
                           ? tr("%1: every document provided.").arg(variant)
                           : tr("%1: %2 document(s) missing.").arg(variant).arg(m_checklist->missingCount()));
    fillResult(definition);
    m_timeline->setEvents(std::move(events).value(), definition, workspace.timeZone(m_case.officeId));
    return {};
}

void CaseCardDialog::fillSummary() {
    const core::Workspace& workspace = *m_session.workspace;
    const QTimeZone zone = workspace.timeZone(m_case.officeId);
    auto set = [this](const char* name, const QString& text) {
        if (auto* label = findChild<QLabel*>(QLatin1String(name)))
            label->setText(text);
    };
    set("stateValue", Labels::state(m_case.state));
    set("channelValue", Labels::channel(m_case.channel));
    const core::OfficeInfo* office = workspace.findOffice(m_case.officeId);
    set("officeValue", office ? Labels::localized(office->names) : m_case.officeId);
    set("submittedValue", Labels::dateTime(m_case.submittedAt, zone));
    set("receivedValue", Labels::dateTime(m_case.receivedAt, zone));
    QString term = tr("ends %1").arg(Labels::dateTime(m_case.caseDue, zone));
    const auto evaluator = workspace.evaluator(m_case.officeId);
    const auto calendar = workspace.calendar(m_case.officeId);
    if (evaluator && calendar) {
        if (auto status = evaluator->wholeCase(m_case, m_session.clock->now())) {
            term += QStringLiteral(" · ") +
                    core::DeadlineText::status(status.value(),
                                               core::DeadlineText::minutesPerWorkingDay(calendar->schedule()));
        }
    }
    set("termValue", term);
    set("assigneeValue", m_case.assignee.isEmpty() ? tr("not assigned yet") : workspace.staffName(m_case.assignee));
}

void CaseCardDialog::fillObject() {
    while (m_object->rowCount() > 0)
        m_object->removeRow(0);
    if (m_case.objectData.isEmpty()) {
        m_object->addRow(new QLabel(tr("No object data."), this));
        return;
    }
    for (auto it = m_case.objectData.constBegin(); it != m_case.objectData.constEnd(); ++it)
        addField(m_object, fieldLabel(it.key()) + QLatin1Char(':'), QStringLiteral("object_") + it.key())
            ->setText(jsonText(it.value()));
}

void CaseCardDialog::fillResult(const core::ServiceDefinitionPtr& definition) {
    const core::Workspace& workspace = *m_session.workspace;
    const QTimeZone zone = workspace.timeZone(m_case.officeId);
    auto set = [this](const char* name, const QString& text) {
        if (auto* label = findChild<QLabel*>(QLatin1String(name)))
            label->setText(text);
    };
    set("resolutionValue", m_case.resolutionText.isEmpty() ? tr("none yet") : m_case.resolutionText);
    QString decision = tr("none yet");
    QStringList details;
    if (m_case.decision) {
        if (m_case.decision->kind == core::Decision::Kind::Issue) {
            decision = tr("Issue the result");
            for (auto it = m_case.decision->resultFields.constBegin(); it != m_case.decision->resultFields.constEnd();
                 ++it)
                details.append(tr("%1: %2").arg(fieldLabel(it.key()), jsonText(it.value())));
        } else {
            decision = tr("Motivated refusal");
            for (const QString& code : m_case.decision->groundCodes) {
                const core::RefusalGround* ground = definition ? definition->refusalGround(code) : nullptr;
                details.append(tr("Ground: %1").arg(ground ? Labels::localized(ground->texts) : code));
            }
            details.append(tr("Motivation: %1").arg(m_case.decision->motivation));
        }
    }
    set("decisionValue", decision);
    set("decisionDetailsValue", details.join(QLatin1Char('\n')));
    set("reworkValue", m_case.reworkComment.isEmpty() ? tr("no") : m_case.reworkComment);
    if (m_case.signature) {
        QString text = tr("Signed by %1 on %2")
                           .arg(workspace.staffName(m_case.signature->signerLogin),
                                Labels::dateTime(m_case.signature->signedAt, zone));
        if (!m_case.signature->certificateSerial.isEmpty())
            text += QLatin1Char('\n') + tr("Certificate %1").arg(m_case.signature->certificateSerial);
        set("signatureValue", text);
    } else {
        set("signatureValue", tr("not signed"));
    }
    if (m_case.intakeRefusal) {
        QStringList missing;
        for (const QString& code : m_case.intakeRefusal->missingDocuments) {
            const core::Checklist* checklist = definition ? definition->checklist(m_case.checklistVariant) : nullptr;
            QString name = code;
            if (checklist) {
                for (const core::ChecklistDocument& document : checklist->documents) {
                    if (document.code == code)
                        name = Labels::localized(document.names);
                }
            }
            missing.append(name);
        }
        QString text = tr("Missing: %1").arg(missing.join(QStringLiteral("; ")));
        if (!m_case.intakeRefusal->comment.isEmpty())
            text += QLatin1Char('\n') + m_case.intakeRefusal->comment;
        set("intakeRefusalValue", text);
    } else {
        set("intakeRefusalValue", tr("no"));
    }
}

} // namespace ruqsat::ui
