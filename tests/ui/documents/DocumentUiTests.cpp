// The result documents in the desktop (issue 7), driven on the offscreen platform with the demo data.
#include "FakeClock.h"
#include "UiTestSupport.h"

#include "actions/PrepareResultDialog.h"
#include "actions/SignDialog.h"
#include "common/MessageBox.h"
#include "documents/DocumentDropVerifier.h"
#include "documents/DocumentIssuer.h"
#include "documents/DocumentPreviewDialog.h"
#include "documents/IssuedDocumentsPanel.h"
#include "store/Database.h"

#include "ui_SignDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace ruqsat;
using namespace Qt::StringLiterals;

namespace {

qint64 caseAt(const QString& state) {
    return test::adminNumber(
        u"SELECT id FROM ruqsat.cases WHERE office_id = 'vko' AND state = ? ORDER BY id DESC LIMIT 1"_s, {state});
}

QByteArray readFile(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("The head previews and signs in the sign form; the case then has its PDF", "[ui][documents]") {
    const qint64 caseId = caseAt(u"signing"_s);
    REQUIRE(caseId > 0);
    test::SignedIn head(u"head"_s);
    ui::SignDialog form(head.session(), caseId);
    REQUIRE(form.load().ok());
    form.show();

    // Kazakh, and the choice survives a language switch of the program.
    form.form()->languageCombo->setCurrentIndex(1);
    QEvent change(QEvent::LanguageChange);
    QApplication::sendEvent(&form, &change);
    CHECK(form.documentLanguage() == u"kk"_s);

    ui::DocumentPreviewDialog* preview = form.preview();
    REQUIRE(preview != nullptr);
    CHECK(preview->request().draft);
    CHECK(preview->request().language == u"kk"_s);
    CHECK(preview->pageCount() >= 1);
    preview->close();

    QSignalSpy accepted(&form, &QDialog::accepted);
    QTest::mouseClick(form.form()->submitButton, Qt::LeftButton);
    INFO(form.formMessage().toStdString());
    REQUIRE(accepted.size() == 1);
    REQUIRE(form.issuedDocument().has_value());
    CHECK(form.issuedDocument()->language == u"kk"_s);
    CHECK(test::adminNumber(u"SELECT count(*) FROM ruqsat.issued_document WHERE case_id = ? AND pdf IS NOT NULL "
                            "AND language = 'kk'"_s,
                            {caseId}) == 1);
}

TEST_CASE("A specialist sees a result without a stored PDF rendered from its data, and nothing is stored",
          "[ui][documents]") {
    // A completed case the specialist prepared, signed by the demo seeder without a PDF.
    const qint64 caseId = test::adminNumber(
        u"SELECT c.id FROM ruqsat.cases c JOIN ruqsat.issued_document d ON d.case_id = c.id WHERE c.office_id = "
        "'vko' AND c.state = 'completed' AND d.pdf IS NULL AND EXISTS (SELECT FROM ruqsat.audit_event e WHERE "
        "e.case_id = c.id AND e.actor = ?) AND c.id <> (SELECT max(id) FROM ruqsat.cases WHERE office_id = 'vko' AND "
        "state = 'completed') ORDER BY c.id LIMIT 1"_s,
        {test::guiDemo().login(u"specialist"_s)});
    REQUIRE(caseId > 0);
    const qint64 auditBefore = test::adminNumber(u"SELECT count(*) FROM ruqsat.audit_event"_s);
    test::SignedIn specialist(u"specialist"_s);
    ui::IssuedDocumentsPanel panel(specialist.session());
    REQUIRE(panel.setCase(caseId).ok());
    REQUIRE(panel.documents().size() == 1);
    panel.table()->selectRow(0);
    CHECK(panel.findChild<QPushButton*>(u"openDocumentButton"_s)->isEnabled());
    CHECK(panel.findChild<QPushButton*>(u"printDocumentButton"_s)->isEnabled());
    // No registered file to save.
    CHECK_FALSE(panel.findChild<QPushButton*>(u"saveDocumentButton"_s)->isEnabled());

    ui::DocumentPreviewDialog* preview = panel.openDocument(0);
    REQUIRE(preview != nullptr);
    CHECK(preview->isNotStored());
    CHECK(preview->pageCount() >= 1);
    CHECK_FALSE(preview->request().draft);
    CHECK(preview->request().data.value(u"registration_number"_s).toString() ==
          panel.documents().first().registrationNumber);
    CHECK_FALSE(preview->findChild<QPushButton*>(u"saveButton"_s)->isEnabled());
    bool labelled = false;
    for (const QLabel* label : preview->findChildren<QLabel*>())
        labelled = labelled || label->text().contains(u"not yet stored; rendered from the registered data"_s);
    CHECK(labelled);
    QTemporaryDir directory;
    const auto saved = preview->savePdf(directory.filePath(u"rendering.pdf"_s));
    REQUIRE_FALSE(saved.ok());
    CHECK(saved.error().reason == u"document_not_stored"_s);
    CHECK_FALSE(QFile::exists(directory.filePath(u"rendering.pdf"_s)));
    preview->close();

    CHECK(test::adminNumber(u"SELECT count(*) FROM ruqsat.issued_document WHERE case_id = ? AND pdf IS NULL"_s,
                            {caseId}) == 1);
    CHECK(test::adminNumber(u"SELECT count(*) FROM ruqsat.audit_event"_s) == auditBefore);
}

TEST_CASE("The case's documents panel opens, saves and the saved file verifies on drop", "[ui][documents]") {
    // A completed case signed by the demo seeder, whose PDF an administrator stored (ruqsat-admin
    // document export does this): the panel then shows and saves the stored bytes.
    const qint64 caseId = caseAt(u"completed"_s);
    {
        const QString name = u"ui-document-store"_s;
        {
            auto db = core::Database::open(test::guiDemo().superuser, name);
            REQUIRE(db.ok());
            auto number = core::Database::execute(
                db.value(), u"SELECT registration_number FROM ruqsat.issued_document WHERE case_id = ?"_s, {caseId});
            REQUIRE(number.ok());
            REQUIRE(number->next());
            REQUIRE(core::DocumentIssuer(name).ensureStored(number->value(0).toString(), u"ru"_s).ok());
        }
        core::Database::close(name);
    }
    test::SignedIn clerk(u"clerk"_s);
    ui::IssuedDocumentsPanel panel(clerk.session());
    REQUIRE(panel.setCase(caseId).ok());
    REQUIRE(panel.documents().size() == 1);
    CHECK(panel.table()->rowCount() == 1);
    CHECK(panel.table()->item(0, 0)->text() == panel.documents().first().registrationNumber);
    panel.table()->selectRow(0);
    CHECK(panel.findChild<QPushButton*>(u"saveDocumentButton"_s)->isEnabled());

    ui::DocumentPreviewDialog* preview = panel.openDocument(0);
    REQUIRE(preview != nullptr);
    CHECK_FALSE(preview->isNotStored());
    CHECK(preview->pageCount() >= 1);
    CHECK_FALSE(preview->findChild<QComboBox*>(u"languageCombo"_s)->isEnabled());
    QTemporaryDir directory;
    const QString path = directory.filePath(u"document.pdf"_s);
    REQUIRE(preview->savePdf(path).ok());
    const QByteArray saved = readFile(path);
    CHECK(saved == panel.documents().first().pdf);
    preview->close();

    // Saving again (a second open) writes the same bytes.
    ui::DocumentPreviewDialog* again = panel.openDocument(0);
    REQUIRE(again != nullptr);
    const QString second = directory.filePath(u"again.pdf"_s);
    REQUIRE(again->savePdf(second).ok());
    CHECK(readFile(second) == saved);
    again->close();

    QWidget window;
    ui::DocumentDropVerifier verifier(&window, clerk.connection());
    CHECK(window.acceptDrops());
    const auto genuine = verifier.verifyFile(path);
    CHECK(genuine.verified);
    CHECK(genuine.text.contains(panel.documents().first().registrationNumber));
    QByteArray changed = saved;
    changed[200] = static_cast<char>(changed.at(200) ^ 0x04);
    const QString forged = directory.filePath(u"forged.pdf"_s);
    {
        QFile file(forged);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(changed);
    }
    CHECK_FALSE(verifier.verifyFile(forged).verified);
}

TEST_CASE("The specialist previews the draft from the prepare-result form", "[ui][documents]") {
    const qint64 caseId = test::adminNumber(
        u"SELECT id FROM ruqsat.cases WHERE office_id = 'vko' AND state = 'preparation' AND assignee = ? "
        "ORDER BY id LIMIT 1"_s,
        {test::guiDemo().login(u"specialist"_s)});
    REQUIRE(caseId > 0);
    test::SignedIn specialist(u"specialist"_s);
    ui::PrepareResultDialog form(specialist.session(), caseId);
    REQUIRE(form.load().ok());
    form.show();
    auto draft = form.draftData();
    REQUIRE(draft.ok());
    CHECK(draft->value(u"case_id"_s).toInteger() == caseId);
    ui::DocumentPreviewDialog* preview = form.preview();
    REQUIRE(preview != nullptr);
    CHECK(preview->request().draft);
    CHECK(preview->pageCount() >= 1);
    // Switching the draft's language renders it again.
    preview->findChild<QComboBox*>(u"languageCombo"_s)->setCurrentIndex(1);
    CHECK(preview->request().language == u"kk"_s);
    CHECK(preview->pageCount() >= 1);
    preview->close();
}

TEST_CASE("A package refused at intake has its receipt of refusal in the documents panel", "[ui][documents]") {
    const qint64 caseId = caseAt(u"refused_at_intake"_s);
    REQUIRE(caseId > 0);
    test::SignedIn clerk(u"clerk"_s);
    ui::IssuedDocumentsPanel panel(clerk.session());
    REQUIRE(panel.setCase(caseId).ok());
    CHECK(panel.documents().isEmpty());
    CHECK_FALSE(panel.findChild<QPushButton*>(u"openDocumentButton"_s)->isEnabled());
    CHECK_FALSE(panel.findChild<QPushButton*>(u"receiptButton"_s)->isHidden());
    ui::DocumentPreviewDialog* receipt = panel.openReceipt();
    REQUIRE(receipt != nullptr);
    CHECK(receipt->request().kind == core::DocumentKind::IntakeRefusalReceipt);
    CHECK(receipt->pageCount() >= 1);
    // A language change of the program keeps the preview as it is.
    QEvent change(QEvent::LanguageChange);
    QApplication::sendEvent(receipt, &change);
    CHECK(receipt->pageCount() >= 1);
    receipt->close();
}
