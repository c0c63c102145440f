#include "casecard/CaseCardDialog.h"

#include "casecard/ApplicantsModel.h"
#include "casecard/AttachmentsModel.h"
#include "casecard/ChecklistModel.h"
#include "casecard/EventTimelineModel.h"
#include "casecard/StepStrip.h"
#include "common/Labels.h"
#include "common/MessageBox.h"
#include "documents/IssuedDocumentsPanel.h"
#include "store/CaseStore.h"
#include "store/DeadlineText.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QUrl>
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
    resize(1100, 760);
    buildLayout();
    retranslate();
}

CaseCardDialog::~CaseCardDialog() = default;

qint64 CaseCardDialog::caseId() const {
    return m_caseId;
}

QLabel* CaseCardDialog::addFixedField(QFormLayout* form, const char* label, const QString& objectName) {
    auto* caption = new QLabel(this);
    QLabel* value = addField(form, QString(), objectName);
    // addField put an empty label in the row; this one carries the translatable text.
    form->setWidget(form->rowCount() - 1, QFormLayout::LabelRole, caption);
    m_fixedLabels.append({caption, label});
    return value;
}

QLabel* CaseCardDialog::addField(QFormLayout* form, const QString& label, const QString& objectName) {
    auto* value = new QLabel(this);
    value->setObjectName(objectName);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse); // not a tab stop: Tab goes tab to tab
    if (label.isEmpty())
        form->addRow(static_cast<QWidget*>(nullptr), value);
    else
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
    addFixedField(m_summary, QT_TR_NOOP("Step:"), QStringLiteral("stateValue"));
    addFixedField(m_summary, QT_TR_NOOP("Channel:"), QStringLiteral("channelValue"));
    addFixedField(m_summary, QT_TR_NOOP("Office:"), QStringLiteral("officeValue"));
    addFixedField(m_summary, QT_TR_NOOP("Submitted:"), QStringLiteral("submittedValue"));
    addFixedField(m_summary, QT_TR_NOOP("Received:"), QStringLiteral("receivedValue"));
    addFixedField(m_summary, QT_TR_NOOP("Term:"), QStringLiteral("termValue"));
    addFixedField(m_summary, QT_TR_NOOP("Specialist:"), QStringLiteral("assigneeValue"));

    m_stepStrip = new StepStrip(this);

    m_applicants = new ApplicantsModel(this);
    m_checklist = new ChecklistModel(this);
    m_timeline = new EventTimelineModel(m_session, this);
    m_attachments = new AttachmentsModel(m_session, this);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("caseTabs"));
    const auto addTab = [this](QWidget* page, const char* title) {
        m_tabs->addTab(page, QString());
        m_tabTitles.append({page, title});
    };
    addTab(addTable(m_applicants, QStringLiteral("applicantsTable")), QT_TR_NOOP("&Applicants"));

    auto* objectPage = new QWidget(this);
    m_object = new QFormLayout(objectPage);
    addTab(objectPage, QT_TR_NOOP("&Object"));

    auto* documentsPage = new QWidget(this);
    auto* documents = new QVBoxLayout(documentsPage);
    m_variant = new QLabel(documentsPage);
    m_variant->setObjectName(QStringLiteral("variantValue"));
    m_variant->setWordWrap(true);
    documents->addWidget(m_variant);
    documents->addWidget(addTable(m_checklist, QStringLiteral("checklistTable")), 1);
    // The attached files, each to open or save (keyboard: Tab to the table, then to the buttons).
    m_filesTitle = new QLabel(documentsPage);
    m_filesTitle->setObjectName(QStringLiteral("filesTitle"));
    documents->addWidget(m_filesTitle);
    m_attachmentsView = addTable(m_attachments, QStringLiteral("attachmentsTable"));
    m_attachmentsView->setSelectionMode(QAbstractItemView::SingleSelection);
    documents->addWidget(m_attachmentsView, 1);
    auto* fileButtons = new QHBoxLayout;
    m_openButton = new QPushButton(documentsPage);
    m_openButton->setObjectName(QStringLiteral("openAttachmentButton"));
    m_openButton->setAutoDefault(false);
    m_saveButton = new QPushButton(documentsPage);
    m_saveButton->setObjectName(QStringLiteral("saveAttachmentButton"));
    m_saveButton->setAutoDefault(false);
    fileButtons->addWidget(m_openButton);
    fileButtons->addWidget(m_saveButton);
    fileButtons->addStretch(1);
    documents->addLayout(fileButtons);
    connect(m_openButton, &QPushButton::clicked, this, &CaseCardDialog::openAttachment);
    connect(m_saveButton, &QPushButton::clicked, this, &CaseCardDialog::saveAttachmentAs);
    connect(m_attachmentsView, &QTableView::activated, this, &CaseCardDialog::openAttachment);
    connect(m_attachments, &QAbstractItemModel::modelReset, this, &CaseCardDialog::updateAttachmentButtons);
    connect(m_attachmentsView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CaseCardDialog::updateAttachmentButtons);
    addTab(documentsPage, QT_TR_NOOP("&Documents"));

    auto* resultPage = new QWidget(this);
    m_result = new QFormLayout(resultPage);
    addFixedField(m_result, QT_TR_NOOP("Resolution:"), QStringLiteral("resolutionValue"));
    addFixedField(m_result, QT_TR_NOOP("Decision:"), QStringLiteral("decisionValue"));
    addFixedField(m_result, QT_TR_NOOP("Details:"), QStringLiteral("decisionDetailsValue"));
    addFixedField(m_result, QT_TR_NOOP("Returned for rework:"), QStringLiteral("reworkValue"));
    addFixedField(m_result, QT_TR_NOOP("Signature:"), QStringLiteral("signatureValue"));
    addFixedField(m_result, QT_TR_NOOP("Refused at intake:"), QStringLiteral("intakeRefusalValue"));
    auto* resultScroll = new QScrollArea(this);
    resultScroll->setWidgetResizable(true);
    resultScroll->setWidget(resultPage);
    addTab(resultScroll, QT_TR_NOOP("&Result"));

    // The registered result and the State Corporation's receipts: open, print, save (issue 7).
    m_issuedDocuments = new IssuedDocumentsPanel(m_session, this);
    addTab(m_issuedDocuments, QT_TR_NOOP("&Issued documents"));

    addTab(addTable(m_timeline, QStringLiteral("timelineTable")), QT_TR_NOOP("&History"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_closeButton = buttons->button(QDialogButtonBox::Close);
    m_closeButton->setDefault(true);
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

void CaseCardDialog::retranslate() {
    setWindowTitle(tr("Case %1").arg(m_caseId));
    for (const auto& [caption, text] : std::as_const(m_fixedLabels))
        caption->setText(tr(text));
    for (const auto& [page, title] : std::as_const(m_tabTitles))
        m_tabs->setTabText(m_tabs->indexOf(page), tr(title));
    m_filesTitle->setText(tr("Attached files:"));
    m_openButton->setText(tr("O&pen"));
    m_saveButton->setText(tr("Sa&ve as…"));
    m_closeButton->setText(tr("Close"));
    m_stepStrip->retranslate();
    m_applicants->retranslate();
    m_checklist->retranslate();
    m_timeline->retranslate();
    m_attachments->retranslate();
    if (m_loaded)
        fill();
}

void CaseCardDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

core::ServiceDefinitionPtr CaseCardDialog::definition() const {
    auto found = m_session.workspace->catalogue().find(m_case.serviceCode, m_case.serviceVersion);
    return found ? found.value() : nullptr;
}

core::Status CaseCardDialog::load() {
    // The case as CaseStore gives it (replayed from its events, with the due moments as recorded now),
    // the events themselves for the timeline, and the attached files (without their bytes). Read all
    // first: a failure leaves the card as it was.
    const core::CaseStore store(m_session.connectionName);
    auto loaded = store.load(m_caseId);
    if (!loaded)
        return loaded.error();
    auto events = store.events(m_caseId);
    if (!events)
        return events.error();
    auto attachments = core::AttachmentStore(m_session.connectionName).list(m_caseId);
    if (!attachments)
        return attachments.error();
    m_case = std::move(loaded).value();
    m_events = std::move(events).value();
    m_attachmentList = std::move(attachments).value();
    if (auto documents = m_issuedDocuments->setCase(m_caseId); !documents)
        return documents.error();
    m_loaded = true;
    fill(); // the tab on screen stays: only the contents change
    return {};
}

void CaseCardDialog::fill() {
    const core::Workspace& workspace = *m_session.workspace;
    const core::ServiceDefinitionPtr service = definition();
    const QString serviceName = service ? Labels::localized(service->names) : m_case.serviceCode;
    m_title->setText(tr("Case %1 · %2 (%3, version %4)")
                         .arg(m_caseId)
                         .arg(serviceName, m_case.serviceCode)
                         .arg(m_case.serviceVersion));
    fillSummary();
    m_stepStrip->setCase(m_case, service, workspace, m_session.clock->now());
    m_applicants->setApplicants(m_case.applicants, service);
    fillObject();
    m_checklist->setCase(m_case, service);
    const core::Checklist* checklist = service ? service->checklist(m_case.checklistVariant) : nullptr;
    const QString variant = checklist ? Labels::localized(checklist->names) : m_case.checklistVariant;
    m_variant->setText(m_checklist->missingCount() == 0
                           ? tr("%1: every document provided.").arg(variant)
                           : tr("%1: %2 document(s) missing.").arg(variant).arg(m_checklist->missingCount()));
    fillResult(service);
    m_timeline->setEvents(m_events, service, workspace.timeZone(m_case.officeId));
    const int row = currentAttachmentRow();
    m_attachments->setAttachments(m_attachmentList, service, workspace.timeZone(m_case.officeId));
    if (row >= 0 && row < m_attachments->rowCount())
        m_attachmentsView->setCurrentIndex(m_attachments->index(row, 0));
    m_filesTitle->setText(m_attachmentList.isEmpty() ? tr("Attached files: none.") : tr("Attached files:"));
    updateAttachmentButtons();
}

int CaseCardDialog::currentAttachmentRow() const {
    const QModelIndex current = m_attachmentsView->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void CaseCardDialog::updateAttachmentButtons() {
    const bool any = currentAttachmentRow() >= 0 || m_attachments->rowCount() == 1;
    m_openButton->setEnabled(any);
    m_saveButton->setEnabled(any);
}

QString CaseCardDialog::openedCopiesFolder() const {
    return m_copies ? m_copies->path() : QString();
}

core::Result<QString> CaseCardDialog::saveAttachment(int row, const QString& path) const {
    if (row < 0 || row >= m_attachments->rowCount())
        return core::makeError(core::ErrorCode::NotFound, QStringLiteral("unknown_attachment"),
                               core::AttachmentValidator::message(QStringLiteral("unknown_attachment")));
    const core::AttachmentInfo& info = m_attachments->attachment(row);
    auto content = core::AttachmentStore(m_session.connectionName).content(info.id);
    if (!content)
        return content.error();
    const auto notWritten = [](const QString& target, const QString& why) {
        return core::makeError(core::ErrorCode::Unavailable, QStringLiteral("file_not_written"),
                               tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(target), why));
    };
    if (!path.isEmpty()) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content.value()) != content->size() || !file.flush())
            return notWritten(path, file.errorString());
        return path;
    }
    // A copy to open: its type is what its bytes are (the server checked them at attach; checked again
    // here), and the desktop picks the viewer by the extension, so the extension is the type's.
    const std::optional<core::MediaType> type = core::sniffMediaType(content.value());
    if (!type)
        return core::makeError(core::ErrorCode::DataError, QStringLiteral("unsupported_file_type"),
                               core::AttachmentValidator::message(QStringLiteral("unsupported_file_type")));
    if (!m_copies) {
        auto folder = std::make_unique<QTemporaryDir>(QDir::temp().filePath(QStringLiteral("ruqsat-card-XXXXXX")));
        if (!folder->isValid())
            return notWritten(QDir::tempPath(), folder->errorString());
        // mkdtemp makes it 0700 already; said explicitly, since the copies' privacy depends on it.
        if (!QFile::setPermissions(folder->path(),
                                   QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
            return notWritten(folder->path(), tr("its permissions cannot be restricted"));
        m_copies = std::move(folder);
    }
    const QString name = core::localFileName(info.fileName, *type);
    const QString base = name.left(name.lastIndexOf(u'.'));
    const QString extension = name.mid(name.lastIndexOf(u'.'));
    // Created new (O_EXCL: never through an existing file or link); the same file opened twice gets a
    // second name.
    for (int copy = 1; copy <= 100; ++copy) {
        const QString target =
            QDir(m_copies->path())
                .filePath(copy == 1 ? name : QStringLiteral("%1 (%2)%3").arg(base).arg(copy).arg(extension));
        QFile file(target);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            if (file.exists())
                continue;
            return notWritten(target, file.errorString());
        }
        if (file.write(content.value()) != content->size() || !file.flush())
            return notWritten(target, file.errorString());
        return target;
    }
    return notWritten(m_copies->path(), tr("too many copies of this file are open"));
}

void CaseCardDialog::openAttachment() {
    const int row = currentAttachmentRow() >= 0 ? currentAttachmentRow() : (m_attachments->rowCount() == 1 ? 0 : -1);
    auto written = saveAttachment(row);
    if (!written) {
        MessageBox::error(this, windowTitle(), written.error().message);
        return;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(written.value())))
        MessageBox::error(
            this, windowTitle(),
            tr("No program opens this file. It was saved as %1.").arg(QDir::toNativeSeparators(written.value())));
}

void CaseCardDialog::saveAttachmentAs() {
    const int row = currentAttachmentRow() >= 0 ? currentAttachmentRow() : (m_attachments->rowCount() == 1 ? 0 : -1);
    if (row < 0)
        return;
    // The suggested name carries the type's extension too; the user may change it knowingly.
    const core::AttachmentInfo& info = m_attachments->attachment(row);
    const std::optional<core::MediaType> type = core::mediaTypeFromName(info.mediaType);
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(type ? core::localFileName(info.fileName, *type) : info.fileName);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the attached file"), suggested);
    if (path.isEmpty())
        return;
    if (auto written = saveAttachment(row, path); !written)
        MessageBox::error(this, windowTitle(), written.error().message);
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
            const core::ChecklistDocument* document = checklist ? checklist->document(code) : nullptr;
            missing.append(document ? Labels::localized(document->names) : code);
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
