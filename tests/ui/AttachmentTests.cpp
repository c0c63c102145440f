// Issue 6, the files of the checklist: attached in the registration form (checked as they are added),
// uploaded with receive and register, listed in the case card with their SHA-256; a received case
// refused at intake from My registrations; the forms keep their input through a language change.
#include "FakeClock.h"
#include "UiTestSupport.h"

#include "actions/RegisterDialog.h"
#include "attachments/AttachmentStore.h"
#include "casecard/AttachmentsModel.h"
#include "casecard/CaseCardDialog.h"
#include "common/LanguageManager.h"
#include "common/MessageBox.h"
#include "identity/IdentityNumber.h"
#include "queue/QueueWidget.h"
#include "roles/RoleScreen.h"
#include "store/CaseStore.h"

#include "ui_RegisterDialog.h"

#include <QApplication>
#include <QDateTimeEdit>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <algorithm>
#include <chrono>

using namespace ruqsat;
using namespace Qt::StringLiterals;

using core::CaseState;
using core::QueueKind;
using core::Role;

namespace {

QString validIin(int serial) {
    for (int n = serial;; ++n) {
        const QString eleven = u"8503153"_s + QString::number(n).rightJustified(4, u'0');
        if (auto number = core::appendCheckDigit(eleven))
            return *number;
    }
}

QString validBin(int serial) {
    for (int n = serial;; ++n) {
        const QString eleven = u"050440"_s + QString::number(n).rightJustified(5, u'0');
        if (auto number = core::appendCheckDigit(eleven))
            return *number;
    }
}

const QByteArray pdfBytes = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n"_ba;
const QByteArray pngBytes("\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x02\0\0\0", 29);

// Files on disk for the form to pick up.
class Files {
public:
    Files() { REQUIRE(m_dir.isValid()); }
    QString write(const QString& name, const QByteArray& content) const {
        QFile file(m_dir.filePath(name));
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.write(content) == content.size());
        return file.fileName();
    }
    QString sparse(const QString& name, qint64 size) const {
        QFile file(m_dir.filePath(name));
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.write("%PDF-") == 5);
        REQUIRE(file.resize(size));
        return file.fileName();
    }

private:
    QTemporaryDir m_dir;
};

// The clerk's screen, with the fake clock a little ahead of the server's.
struct ClerkDesk {
    ClerkDesk()
        : user(u"clerk"_s)
        , screen(user.session(), Role::Clerk) {
        user.clock().set(core::SystemClock().now() + std::chrono::seconds(2));
    }
    ui::RegisterDialog* newApplication() {
        auto* form = qobject_cast<ui::RegisterDialog*>(screen.openForm(u"newApplicationButton"_s));
        REQUIRE(form != nullptr);
        return form;
    }
    test::SignedIn user;
    ui::RoleScreen screen;
};

void setBackBy(QDateTimeEdit* edit, int minutes) {
    edit->setDateTime(edit->dateTime().addSecs(-60 * minutes));
}

// An extract request typed into the form (portal), its one document not ticked yet.
void fillExtract(ui::RegisterDialog* form, int serial) {
    Ui::RegisterDialog* ui = form->form();
    ui->serviceCombo->setCurrentIndex(ui->serviceCombo->findData(u"E"_s));
    setBackBy(ui->submittedEdit, 20);
    setBackBy(ui->receivedEdit, 10);
    REQUIRE(form->applicantFields().size() == 1);
    QTest::keyClicks(form->applicantFields().first().id, validIin(serial));
    test::typeText(form->applicantFields().first().name, u"Асель Нурланова"_s);
    test::typeText(ui->contractEdit, u"ДДУ-2026-0101"_s);
}

bool provided(const ui::RegisterDialog* form, const QString& code) {
    const QListWidget* list = form->form()->documentsList;
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->data(Qt::UserRole).toString() == code)
            return list->item(row)->checkState() == Qt::Checked;
    }
    return false;
}

// An extract request over the portal with its one document marked provided, from the applicant with
// the IIN of `serial`.
core::CaseOpening extractRequest(int serial, const QString& applicantName) {
    core::CaseOpening opening;
    opening.serviceCode = u"E"_s;
    opening.channel = core::Channel::Portal;
    opening.applicants = {core::Applicant{u"applicant"_s, validIin(serial), applicantName, {}, {}, {}}};
    opening.checklistVariant = u"request"_s;
    opening.checklist = {{u"request"_s, true}};
    return opening;
}

// A case received (not registered) by the clerk, straight through the store.
qint64 receiveDirectly(const ClerkDesk& desk, core::CaseOpening opening) {
    opening.officeId = desk.user.session().workspace->office().id;
    opening.submittedAt = desk.user.clock().now() - std::chrono::minutes(30);
    opening.receivedAt = desk.user.clock().now() - std::chrono::minutes(20);
    auto received =
        core::CaseStore(desk.user.connection()).perform(0, core::Action::receive(opening), QUuid::createUuid());
    INFO((received ? QString() : received.error().message).toStdString());
    REQUIRE(received.ok());
    return received->caseId;
}

ui::RegisterDialog* openReceived(ClerkDesk& desk, qint64 caseId) {
    REQUIRE(desk.screen.showQueue(QueueKind::MyRegistrations));
    desk.screen.queue(QueueKind::MyRegistrations)->reload();
    REQUIRE(desk.screen.queue(QueueKind::MyRegistrations)->selectCase(caseId));
    REQUIRE(desk.screen.actionButton(u"registerButton"_s)->isEnabled());
    auto* form = qobject_cast<ui::RegisterDialog*>(desk.screen.openForm(u"registerButton"_s));
    REQUIRE(form != nullptr);
    CHECK(form->receivedCaseId() == caseId);
    return form;
}

} // namespace

TEST_CASE("Files attached in the registration form reach the case card with their SHA-256", "[ui][attachments]") {
    ClerkDesk desk;
    Files files;
    ui::RegisterDialog* form = desk.newApplication();
    fillExtract(form, 700);
    CHECK_FALSE(provided(form, u"request"_s));
    REQUIRE(form->addAttachment(u"request"_s, files.write(u"Запрос.pdf"_s, pdfBytes)));
    REQUIRE(form->addAttachment(u"request"_s, files.write(u"скан.png"_s, pngBytes)));
    CHECK_FALSE(form->addAttachment(u"land_title"_s, files.write(u"x.pdf"_s, pdfBytes))); // not in this checklist
    REQUIRE(form->files().size() == 2);
    CHECK(form->files().at(0).problem.isEmpty());
    CHECK(form->files().at(0).mediaType == u"application/pdf"_s);
    CHECK(form->files().at(1).mediaType == u"image/png"_s);
    // A document with a good file counts as provided.
    CHECK(provided(form, u"request"_s));
    // The tree shows each file under its document, with size and type.
    const QTreeWidget* tree = form->form()->filesTree;
    REQUIRE(tree->topLevelItemCount() == 1);
    REQUIRE(tree->topLevelItem(0)->childCount() == 2);
    CHECK(tree->topLevelItem(0)->child(0)->text(0).trimmed() == u"Запрос.pdf"_s);
    CHECK(tree->topLevelItem(0)->child(0)->text(2) == u"PDF"_s);
    CHECK(tree->topLevelItem(0)->child(1)->text(2) == u"PNG"_s);

    QSignalSpy changed(form, &ui::ActionDialog::caseChanged);
    QSignalSpy accepted(form, &QDialog::accepted);
    REQUIRE(form->form()->submitButton->isEnabled());
    QTest::mouseClick(form->form()->submitButton, Qt::LeftButton);
    INFO(form->formMessage().toStdString());
    REQUIRE(accepted.size() == 1);
    const qint64 caseId = changed.last().at(0).toLongLong();
    CHECK(core::CaseStore(desk.user.connection()).load(caseId)->state == CaseState::Resolution);

    // The head opens the card: the Documents tab lists both files with their hashes.
    const test::SignedIn head(u"head"_s);
    ui::CaseCardDialog card(head.session(), caseId);
    const test::ModelChecker checker{card.attachmentsModel()};
    REQUIRE(card.load().ok());
    const ui::AttachmentsModel* model = card.attachmentsModel();
    REQUIRE(model->rowCount() == 2);
    using Column = ui::AttachmentsModel::Column;
    const auto cell = [model](int row, Column column) {
        return model->index(row, static_cast<int>(column)).data().toString();
    };
    CHECK(cell(0, Column::FileName) == u"Запрос.pdf"_s);
    CHECK(cell(0, Column::Type) == u"PDF"_s);
    CHECK(cell(1, Column::FileName) == u"скан.png"_s);
    CHECK(cell(1, Column::Type) == u"PNG"_s);
    CHECK(cell(0, Column::Document) != u"request"_s); // the document's name, not its code
    CHECK(cell(0, Column::Added).contains(u"Айгерим Сапарова"_s));
    const QString pdfHash = core::AttachmentValidator::sha256Hex(pdfBytes);
    CHECK(model->index(0, 0).data(ui::AttachmentsModel::Sha256Role).toString() == pdfHash);
    CHECK(cell(0, Column::Sha256) == pdfHash.left(12));
    CHECK(model->index(1, 0).data(ui::AttachmentsModel::Sha256Role).toString() ==
          core::AttachmentValidator::sha256Hex(pngBytes));
    // "Open" and "Save as" hand out exactly the bytes attached.
    auto saved = card.saveAttachment(1);
    REQUIRE(saved.ok());
    QFile copy(saved.value());
    REQUIRE(copy.open(QIODevice::ReadOnly));
    CHECK(copy.readAll() == pngBytes);
    CHECK(saved->endsWith(u"скан.png"_s));
    CHECK(checker.problems().isEmpty());

    // load() again (the case changed on the server) keeps the tab on screen and refills.
    card.tabs()->setCurrentIndex(2);
    REQUIRE(card.load().ok());
    CHECK(card.tabs()->currentIndex() == 2);
    CHECK(card.attachmentsModel()->rowCount() == 2);
    // So does a language change.
    QSignalSpy headers(card.attachmentsModel(), &QAbstractItemModel::headerDataChanged);
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(&card, &change);
    CHECK(card.tabs()->currentIndex() == 2);
    CHECK(headers.size() >= 1);
    CHECK(card.attachmentsModel()->rowCount() == 2);
    CHECK(card.tabs()->tabText(2) == u"&Documents"_s);
    CHECK(card.fieldText(u"stateValue"_s) == u"Resolution"_s);
    CHECK(checker.problems().isEmpty());
}

TEST_CASE("Open writes the file to a private folder, named by the type its bytes are", "[ui][attachments]") {
    ClerkDesk desk;
    const qint64 caseId = receiveDirectly(desk, extractRequest(760, u"Асель Нурланова"_s));
    // A PDF named like a web page (a polyglot would open in a browser under its own name).
    const core::AttachmentStore store(desk.user.connection());
    REQUIRE(store.attach(caseId, u"request"_s, u"отчёт.final.html"_s, pdfBytes).ok());
    REQUIRE(store.attach(caseId, u"request"_s, u"..."_s, pngBytes).ok());

    QString folder;
    {
        ui::CaseCardDialog card(desk.user.session(), caseId);
        REQUIRE(card.load().ok());
        REQUIRE(card.attachmentsModel()->rowCount() == 2);
        CHECK(card.openedCopiesFolder().isEmpty());
        auto opened = card.saveAttachment(0);
        INFO((opened ? QString() : opened.error().message).toStdString());
        REQUIRE(opened.ok());
        folder = card.openedCopiesFolder();
        REQUIRE_FALSE(folder.isEmpty());
        const QFileInfo copy(opened.value());
        CHECK(copy.fileName() == u"отчёт.pdf"_s);
        CHECK(copy.absolutePath() == QFileInfo(folder).absoluteFilePath());
        // Owner only: 0700, nothing for the group or others.
        const QFileDevice::Permissions permissions = QFileInfo(folder).permissions();
        CHECK(permissions == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                              QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser));
        CHECK_FALSE(QFileInfo(folder).absoluteFilePath().contains(u"ruqsat-attachments"_s));
        QFile bytes(opened.value());
        REQUIRE(bytes.open(QIODevice::ReadOnly));
        CHECK(bytes.readAll() == pdfBytes);
        // Opened again: a new file, never the one written before.
        auto again = card.saveAttachment(0);
        REQUIRE(again.ok());
        CHECK(QFileInfo(again.value()).fileName() == u"отчёт (2).pdf"_s);
        // A name with nothing usable in it still gets the type's extension.
        auto png = card.saveAttachment(1);
        REQUIRE(png.ok());
        CHECK(QFileInfo(png.value()).fileName() == u"attachment.png"_s);
        CHECK(card.openedCopiesFolder() == folder);
    }
    // The copies go with the card.
    CHECK_FALSE(QFileInfo::exists(folder));
}

TEST_CASE("A refused file is shown next to its row and the form keeps its input", "[ui][attachments]") {
    ClerkDesk desk;
    Files files;
    ui::RegisterDialog* form = desk.newApplication();
    fillExtract(form, 720);
    const QString typedName = form->applicantFields().first().name->text();
    struct Row {
        const char* what;
        QString path;
        QString reason;
    };
    const QList<Row> rows{
        {"a program renamed to .pdf", files.write(u"program.pdf"_s, QByteArray("MZ\x90\0\x03\0\0\0", 8)),
         u"unsupported_file_type"_s},
        {"an empty file", files.write(u"empty.pdf"_s, {}), u"empty_file"_s},
        {"a file over 20 MiB", files.sparse(u"huge.pdf"_s, core::AttachmentValidator::maxSizeBytes + 1),
         u"file_too_large"_s},
    };
    for (const Row& row : rows) {
        INFO(row.what);
        REQUIRE(form->addAttachment(u"request"_s, row.path));
        const QString name = QFileInfo(row.path).fileName();
        CHECK(form->fileProblem(name) == core::AttachmentValidator::message(row.reason));
        // Next to its row in the tree.
        const QTreeWidgetItem* document = form->form()->filesTree->topLevelItem(0);
        bool shown = false;
        for (int child = 0; child < document->childCount(); ++child)
            shown = shown || (document->child(child)->text(0).trimmed() == name &&
                              document->child(child)->text(3) == core::AttachmentValidator::message(row.reason));
        CHECK(shown);
    }
    // A refused file is not "provided", and nothing can be sent while it is listed.
    CHECK_FALSE(provided(form, u"request"_s));
    CHECK_FALSE(form->form()->submitButton->isEnabled());
    CHECK(form->fieldMessage(u"filesTree"_s).contains(u"program.pdf"_s));
    // The input is as typed.
    CHECK(form->applicantFields().first().name->text() == typedName);
    CHECK(form->form()->contractEdit->text() == u"ДДУ-2026-0101"_s);

    // Removed (keyboard: Delete on the file's row), the form can be sent again.
    QTreeWidget* tree = form->form()->filesTree;
    while (tree->topLevelItem(0)->childCount() > 0) {
        tree->setCurrentItem(tree->topLevelItem(0)->child(0));
        QTest::keyClick(tree, Qt::Key_Delete);
    }
    CHECK(form->files().isEmpty());

    // A file dropped onto the document is attached to it (and provides it).
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(files.write(u"dropped.pdf"_s, pdfBytes))});
    QApplication::processEvents();
    const QPoint onDocument = tree->visualItemRect(tree->topLevelItem(0)).center();
    QDragEnterEvent enter(onDocument, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(tree->viewport(), &enter);
    CHECK(enter.isAccepted());
    QDropEvent drop(QPointF(onDocument), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(tree->viewport(), &drop);
    REQUIRE(form->files().size() == 1);
    CHECK(form->files().first().fileName == u"dropped.pdf"_s);
    CHECK(form->files().first().problem.isEmpty());
    CHECK(provided(form, u"request"_s));
    CHECK(form->form()->submitButton->isEnabled());
    ui::MessageBox::setResponder([](QMessageBox::Icon, const QString&, const QString&) { return QMessageBox::Yes; });
    form->reject();
    ui::MessageBox::setResponder({});
}

TEST_CASE("A file the server refuses is named, marked, and the received case waits with its input",
          "[ui][attachments]") {
    ClerkDesk desk;
    Files files;
    const qint64 caseId = receiveDirectly(desk, extractRequest(740, u"Ержан Серіков"_s));
    // A colleague attached this very file already (another client, the same clerk account).
    REQUIRE(core::AttachmentStore(desk.user.connection()).attach(caseId, u"request"_s, u"first.pdf"_s, pdfBytes).ok());

    ui::RegisterDialog* form = openReceived(desk, caseId);
    // What was recorded is shown read-only, with the file attached so far.
    CHECK(form->applicantFields().first().name->text() == u"Ержан Серіков"_s);
    CHECK_FALSE(form->form()->serviceCombo->isEnabled());
    REQUIRE(form->files().size() == 1);
    CHECK(form->files().first().attachmentId != 0);
    REQUIRE(form->addAttachment(u"request"_s, files.write(u"again.pdf"_s, pdfBytes)));
    REQUIRE(form->addAttachment(u"request"_s, files.write(u"new.png"_s, pngBytes)));
    QSignalSpy accepted(form, &QDialog::accepted);
    QTest::mouseClick(form->form()->submitButton, Qt::LeftButton);
    CHECK(accepted.isEmpty());
    // The form says which file, and marks it with the server's reason.
    const QString message = form->formMessage() + form->fieldMessage(u"filesTree"_s);
    CHECK(message.contains(u"again.pdf"_s));
    CHECK(form->fileProblem(u"again.pdf"_s) == core::AttachmentValidator::message(u"duplicate_attachment"_s));
    CHECK(core::CaseStore(desk.user.connection()).load(caseId)->state == CaseState::Registration);

    // Without the refused file, pressing again uploads the rest and registers.
    for (int i = 0; i < form->files().size(); ++i) {
        if (form->files().at(i).fileName == u"again.pdf"_s)
            REQUIRE(form->removeAttachment(i).ok());
    }
    REQUIRE(form->form()->submitButton->isEnabled());
    QTest::mouseClick(form->form()->submitButton, Qt::LeftButton);
    INFO(form->formMessage().toStdString());
    REQUIRE(accepted.size() == 1);
    CHECK(core::CaseStore(desk.user.connection()).load(caseId)->state == CaseState::Resolution);
    auto listed = core::AttachmentStore(desk.user.connection()).list(caseId);
    REQUIRE(listed.ok());
    REQUIRE(listed->size() == 2);
    CHECK(listed->at(0).fileName == u"first.pdf"_s);
    CHECK(listed->at(1).fileName == u"new.png"_s);
}

TEST_CASE("A received State Corporation package is refused at intake from My registrations", "[ui][attachments]") {
    ClerkDesk desk;
    core::CaseOpening opening;
    opening.serviceCode = u"P"_s;
    opening.channel = core::Channel::StateCorporation;
    opening.applicants = {
        core::Applicant{u"developer"_s, validBin(7001), u"ТОО «Шығыс Құрылыс»"_s, {}, {}, {}},
        core::Applicant{u"authorised_company"_s, validBin(7101), u"ТОО «Уполномоченная»"_s, {}, {}, {}}};
    opening.checklistVariant = u"after_frame"_s;
    for (const QString& code : {u"application"_s, u"identity_authority"_s, u"project_documentation"_s,
                                u"general_contract"_s, u"technical_supervision_contract"_s, u"developer_experience"_s})
        opening.checklist.insert(code, true);
    opening.checklist.insert(u"land_title"_s, false);
    opening.checklist.insert(u"frame_completion"_s, false);
    const qint64 caseId = receiveDirectly(desk, opening);

    ui::RegisterDialog* form = openReceived(desk, caseId);
    Ui::RegisterDialog* ui = form->form();
    REQUIRE(ui->intakeGroup->isVisibleTo(form));
    CHECK(test::checkedCodes(ui->missingList) == QStringList{u"land_title"_s, u"frame_completion"_s});
    test::typeText(ui->intakeCommentEdit, u"Нет акта о завершении каркаса"_s);
    REQUIRE(ui->refuseButton->isEnabled());
    QSignalSpy accepted(form, &QDialog::accepted);
    QTest::mouseClick(ui->refuseButton, Qt::LeftButton);
    INFO(form->formMessage().toStdString());
    REQUIRE(accepted.size() == 1);
    const auto state = core::CaseStore(desk.user.connection()).load(caseId);
    REQUIRE(state.ok());
    CHECK(state->state == CaseState::RefusedAtIntake);
    REQUIRE(state->intakeRefusal.has_value());
    CHECK(state->intakeRefusal->missingDocuments == QStringList{u"land_title"_s, u"frame_completion"_s});
    CHECK(state->intakeRefusal->comment == u"Нет акта о завершении каркаса"_s);
    desk.screen.queue(QueueKind::MyRegistrations)->reload();
    CHECK_FALSE(desk.screen.queue(QueueKind::MyRegistrations)->selectCase(caseId));
}

// The language switches for real (the catalogues embedded as :/i18n), with the settings in a temporary
// folder so that the user's own are never written; English again at the end, whatever happens.
class RealLanguageSwitch {
public:
    RealLanguageSwitch() {
        static QTemporaryDir* settings = nullptr; // as long as the process: QSettings keeps the path
        if (settings == nullptr) {
            settings = new QTemporaryDir;
            REQUIRE(settings->isValid());
            QStandardPaths::setTestModeEnabled(true);
            QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings->path());
        }
        // A known start, whatever ran before: English installed for real (the default locale included;
        // setLanguage() skips the installation when it believes English is current already).
        to(ui::LanguageManager::Language::Russian);
        to(ui::LanguageManager::Language::English);
    }
    ~RealLanguageSwitch() {
        ui::LanguageManager::instance().setLanguage(ui::LanguageManager::Language::English);
        QCoreApplication::processEvents();
    }
    static void to(ui::LanguageManager::Language language) {
        REQUIRE(ui::LanguageManager::instance().setLanguage(language));
        REQUIRE(ui::LanguageManager::instance().current() == language);
        QCoreApplication::processEvents(); // the widgets get LanguageChange from the event loop
    }
};

bool hasCyrillic(const QString& text) {
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u'\u0400' && c <= u'\u04FF'; });
}

TEST_CASE("A language change keeps what was typed in a half-filled registration form", "[ui][attachments][language]") {
    using Language = ui::LanguageManager::Language;
    const RealLanguageSwitch language;
    ClerkDesk desk;
    Files files;
    ui::RegisterDialog* form = desk.newApplication();
    Ui::RegisterDialog* ui = form->form();
    ui->serviceCombo->setCurrentIndex(ui->serviceCombo->findData(u"P"_s));
    ui->channelCombo->setCurrentIndex(ui->channelCombo->findData(static_cast<int>(core::Channel::StateCorporation)));
    setBackBy(ui->submittedEdit, 45);
    ui->variantCombo->setCurrentIndex(ui->variantCombo->findData(u"after_frame"_s));
    const auto& applicant = form->applicantFields().first();
    QTest::keyClicks(applicant.id, u"12345"_s); // half an IIN/BIN: its message is shown
    test::typeText(applicant.name, u"ТОО «Шығыс»"_s);
    test::typeText(ui->objectNameEdit, u"ЖК «Ертіс»"_s);
    REQUIRE(form->setDocumentProvided(u"land_title"_s, true));
    REQUIRE(form->addAttachment(u"application"_s, files.write(u"Заявление.pdf"_s, pdfBytes)));
    // A refused file: text, whatever its name says.
    REQUIRE(form->addAttachment(u"application"_s, files.write(u"notes.pdf"_s, "just text"_ba)));
    test::typeText(ui->intakeCommentEdit, u"комментарий"_s);
    const QDateTime submitted = ui->submittedEdit->dateTime();
    const int variant = ui->variantCombo->currentIndex();
    const QString serviceText = ui->serviceCombo->currentText();
    const bool dirty = form->isDirty();
    const QString englishAttach = ui->attachButton->text();
    const QString englishProblem = form->fileProblem(u"notes.pdf"_s);
    const QString englishIdMessage = applicant.idMessage->text();
    const QString englishFilesMessage = form->fieldMessage(u"filesTree"_s);
    REQUIRE(englishAttach == u"A&ttach file…"_s);
    REQUIRE(englishProblem == core::AttachmentValidator::message(u"unsupported_file_type"_s));
    REQUIRE(englishFilesMessage.contains(u"notes.pdf"_s)); // "remove the refused file first"
    REQUIRE_FALSE(ui->submitButton->isEnabled());

    const auto inputKept = [&] {
        CHECK(ui->serviceCombo->currentData().toString() == u"P"_s);
        CHECK(ui->channelCombo->currentData().toInt() == static_cast<int>(core::Channel::StateCorporation));
        CHECK(ui->submittedEdit->dateTime() == submitted);
        CHECK(ui->variantCombo->currentIndex() == variant);
        REQUIRE(form->applicantFields().size() == 2);
        CHECK(form->applicantFields().first().id->text() == u"12345"_s);
        CHECK(form->applicantFields().first().idMessage->isVisibleTo(form));
        CHECK(form->applicantFields().first().name->text() == u"ТОО «Шығыс»"_s);
        CHECK(ui->objectNameEdit->text() == u"ЖК «Ертіс»"_s);
        CHECK(provided(form, u"land_title"_s));
        CHECK(provided(form, u"application"_s));
        REQUIRE(form->files().size() == 2);
        CHECK(form->files().at(0).fileName == u"Заявление.pdf"_s);
        CHECK(form->files().at(1).fileName == u"notes.pdf"_s);
        CHECK(ui->filesTree->topLevelItemCount() == 8);
        CHECK(ui->intakeCommentEdit->text() == u"комментарий"_s);
        CHECK(form->isDirty() == dirty);
        CHECK_FALSE(ui->submitButton->isEnabled());
        CHECK(form->fieldMessage(u"filesTree"_s).contains(u"notes.pdf"_s));
    };

    RealLanguageSwitch::to(Language::Russian);
    inputKept();
    // The words changed: the .ui's, the form's own, the file's problem, the number's message.
    CHECK(ui->attachButton->text() != englishAttach);
    CHECK(hasCyrillic(ui->attachButton->text()));
    CHECK(hasCyrillic(form->windowTitle()));
    CHECK(ui->serviceCombo->currentText() != serviceText);
    CHECK(form->fileProblem(u"notes.pdf"_s) != englishProblem);
    CHECK(hasCyrillic(form->fileProblem(u"notes.pdf"_s)));
    CHECK(form->applicantFields().first().idMessage->text() != englishIdMessage);
    CHECK(form->fieldMessage(u"filesTree"_s) != englishFilesMessage);

    RealLanguageSwitch::to(Language::English);
    inputKept();
    CHECK(ui->attachButton->text() == englishAttach);
    CHECK(ui->serviceCombo->currentText() == serviceText);
    CHECK(form->windowTitle() == u"Register an application"_s);
    CHECK(form->fileProblem(u"notes.pdf"_s) == englishProblem);
    CHECK(form->applicantFields().first().idMessage->text() == englishIdMessage);
    CHECK(form->fieldMessage(u"filesTree"_s) == englishFilesMessage);

    ui::MessageBox::setResponder([](QMessageBox::Icon, const QString&, const QString&) { return QMessageBox::Yes; });
    form->reject();
    ui::MessageBox::setResponder({});
}

TEST_CASE("A server's refusal shown on the registration form survives a language change, re-worded",
          "[ui][attachments][language]") {
    using Language = ui::LanguageManager::Language;
    const RealLanguageSwitch language;
    ClerkDesk desk;
    Files files;
    const qint64 caseId = receiveDirectly(desk, extractRequest(780, u"Ержан Серіков"_s));
    // Attached already by another client: the server refuses the form's copy.
    REQUIRE(core::AttachmentStore(desk.user.connection()).attach(caseId, u"request"_s, u"first.pdf"_s, pdfBytes).ok());
    ui::RegisterDialog* form = openReceived(desk, caseId);
    REQUIRE(form->addAttachment(u"request"_s, files.write(u"again.pdf"_s, pdfBytes)));
    const auto shown = [form] { return QString(form->formMessage() + form->fieldMessage(u"filesTree"_s)); };
    QSignalSpy accepted(form, &QDialog::accepted);
    QTest::mouseClick(form->form()->submitButton, Qt::LeftButton);
    REQUIRE(accepted.isEmpty());
    const QString english = shown();
    const QString englishProblem = form->fileProblem(u"again.pdf"_s);
    REQUIRE(english.contains(u"again.pdf"_s));
    REQUIRE(english.contains(QString::number(caseId)));
    REQUIRE(englishProblem == core::AttachmentValidator::message(u"duplicate_attachment"_s));

    RealLanguageSwitch::to(Language::Russian);
    const QString russian = shown();
    CHECK(russian.contains(u"again.pdf"_s));
    CHECK(russian.contains(QString::number(caseId)));
    CHECK(russian != english);
    CHECK(hasCyrillic(russian));
    CHECK(form->fileProblem(u"again.pdf"_s) != englishProblem);
    CHECK(hasCyrillic(form->fileProblem(u"again.pdf"_s)));
    REQUIRE(form->files().size() == 2);
    CHECK(form->files().first().attachmentId != 0);

    RealLanguageSwitch::to(Language::English);
    CHECK(shown() == english);
    CHECK(form->fileProblem(u"again.pdf"_s) == englishProblem);
    CHECK(core::CaseStore(desk.user.connection()).load(caseId)->state == CaseState::Registration);

    // Changed input: the refusal no longer applies, and a language change does not bring it back.
    for (int i = 0; i < form->files().size(); ++i) {
        if (form->files().at(i).fileName == u"again.pdf"_s)
            REQUIRE(form->removeAttachment(i).ok());
    }
    CHECK_FALSE(shown().contains(u"again.pdf"_s));
    RealLanguageSwitch::to(Language::Russian);
    CHECK_FALSE(shown().contains(u"again.pdf"_s));
    RealLanguageSwitch::to(Language::English);
    ui::MessageBox::setResponder([](QMessageBox::Icon, const QString&, const QString&) { return QMessageBox::Yes; });
    form->reject();
    ui::MessageBox::setResponder({});
}
