// Issue 6, the action forms: the clerk, the head and the specialist carry a case end to end through the
// desktop's forms, signed in as the demo users in turn, on the shared demo database.
#include "FakeClock.h"
#include "UiTestSupport.h"

#include "actions/AssignDialog.h"
#include "actions/PrepareResultDialog.h"
#include "actions/RegisterDialog.h"
#include "actions/SignDialog.h"
#include "actions/StepActionDialog.h"
#include "common/MessageBox.h"
#include "identity/IdentityNumber.h"
#include "mainwindow/MainWindow.h"
#include "queue/CaseQueueModel.h"
#include "queue/CaseQueueProxyModel.h"
#include "queue/QueueWidget.h"
#include "roles/RoleScreen.h"
#include "store/CaseStore.h"
#include "workflow/Reason.h"

#include "ui_AssignDialog.h"
#include "ui_PrepareResultDialog.h"
#include "ui_RegisterDialog.h"
#include "ui_SignDialog.h"
#include "ui_StepActionDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <chrono>
#include <optional>

using namespace ruqsat;
using namespace Qt::StringLiterals;

using core::CaseState;
using core::QueueKind;
using core::Role;

namespace {

const ui::MainWindow::DatabaseInfo testDatabase{u"test database"_s, 0, false};

// Twelve valid digits: `first` (an IIN's or a BIN's leading digits) and a serial, with its check digit.
QString validNumber(const QString& first, int serial) {
    for (int n = serial;; ++n) {
        const QString eleven = first + QString::number(n).rightJustified(11 - first.size(), u'0');
        if (auto number = core::appendCheckDigit(eleven))
            return *number;
    }
}
QString validBin(int serial) {
    return validNumber(u"050440"_s, serial); // registered May 2005, resident legal entity, head unit
}
QString validIin(int serial) {
    return validNumber(u"8503153"_s, serial); // born 15.03.1985, male
}

// A demo user signed in, with the main window the program shows them. The fake clock runs a little
// ahead of the server's, so that what the server recorded a moment ago is never in this user's future.
struct Desk {
    explicit Desk(const QString& login)
        : user(login)
        , window(testDatabase, user.session()) {
        sync();
    }
    void sync() { user.clock().set(core::SystemClock().now() + std::chrono::seconds(2)); }

    ui::RoleScreen* screen(Role role) const {
        for (ui::RoleScreen* screen : window.screens()) {
            if (screen->role() == role)
                return screen;
        }
        FAIL("no screen of that role");
        return nullptr;
    }

    // Opens the form of an action button on a case of a queue (selected first, as the user would).
    template <class Form>
    Form* open(Role role, std::optional<QueueKind> queue, qint64 caseId, const QString& button) {
        sync();
        ui::RoleScreen* where = screen(role);
        if (queue) {
            REQUIRE(where->showQueue(*queue));
            where->queue(*queue)->reload();
            INFO("case " << caseId);
            REQUIRE(where->queue(*queue)->selectCase(caseId));
        }
        REQUIRE(where->actionButton(button) != nullptr);
        REQUIRE(where->actionButton(button)->isEnabled());
        ui::ActionDialog* form = where->openForm(button);
        REQUIRE(form != nullptr);
        auto* typed = qobject_cast<Form*>(form);
        REQUIRE(typed != nullptr);
        return typed;
    }

    core::Case load(qint64 caseId) const {
        auto loaded = core::CaseStore(user.connection()).load(caseId);
        INFO((loaded ? QString() : loaded.error().message).toStdString());
        REQUIRE(loaded.ok());
        return loaded.value();
    }

    bool queueHolds(QueueKind kind, qint64 caseId) const {
        for (const ui::RoleScreen* screen : window.screens()) {
            if (ui::QueueWidget* queue = screen->queue(kind))
                return queue->model()->rowOfCase(caseId) >= 0;
        }
        return false;
    }

    test::SignedIn user;
    ui::MainWindow window;
};

// Clicks the form's button and requires the form to have closed after a committed action.
void submitAndClose(ui::ActionDialog* form, QAbstractButton* button) {
    QSignalSpy accepted(form, &QDialog::accepted);
    INFO(form->formMessage().toStdString());
    REQUIRE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    INFO(form->formMessage().toStdString()); // deleted only later, from the event loop
    REQUIRE(accepted.size() == 1);
}

void setBackBy(QDateTimeEdit* edit, int minutes) {
    edit->setDateTime(edit->dateTime().addSecs(-60 * minutes));
}

// The clerk registers a permit application through the State Corporation, every document provided
// except `missing`. Returns the form (open) for the caller to submit.
ui::RegisterDialog* fillPermit(Desk& clerk, const QStringList& missing = {}) {
    auto* form = clerk.open<ui::RegisterDialog>(Role::Clerk, std::nullopt, 0, u"newApplicationButton"_s);
    Ui::RegisterDialog* ui = form->form();
    ui->serviceCombo->setCurrentIndex(ui->serviceCombo->findData(u"P"_s));
    ui->channelCombo->setCurrentIndex(ui->channelCombo->findData(static_cast<int>(core::Channel::StateCorporation)));
    setBackBy(ui->submittedEdit, 90);
    setBackBy(ui->receivedEdit, 30);
    const auto& applicants = form->applicantFields();
    REQUIRE(applicants.size() == 2);
    CHECK(applicants.at(0).role == u"developer"_s);
    CHECK(applicants.at(1).role == u"authorised_company"_s);
    int serial = 1000;
    for (const auto& fields : applicants) {
        QTest::keyClicks(fields.id, validBin(++serial));
        CHECK_FALSE(fields.idMessage->isVisibleTo(form));
        test::typeText(fields.name,
                       fields.role == u"developer"_s ? u"ТОО «Шығыс Құрылыс»"_s : u"ТОО «Уполномоченная»"_s);
        QTest::keyClicks(fields.phone, u"+77232000000"_s);
        QTest::keyClicks(fields.email, u"office@example.kz"_s);
        test::typeText(fields.address, u"Усть-Каменогорск, ул. Горького, 1"_s);
    }
    test::typeText(ui->objectNameEdit, u"ЖК «Ертіс»"_s);
    test::typeText(ui->objectAddressEdit, u"Усть-Каменогорск, пр. Независимости, 10"_s);
    QTest::keyClicks(ui->cadastralEdit, u"05-085-001-123"_s);
    ui->variantCombo->setCurrentIndex(ui->variantCombo->findData(u"bank_project"_s));
    for (int row = 0; row < ui->documentsList->count(); ++row) {
        const QString code = ui->documentsList->item(row)->data(Qt::UserRole).toString();
        REQUIRE(form->setDocumentProvided(code, !missing.contains(code)));
    }
    return form;
}

qint64 registerPermit(Desk& clerk) {
    ui::RegisterDialog* form = fillPermit(clerk);
    QSignalSpy changed(form, &ui::ActionDialog::caseChanged);
    submitAndClose(form, form->form()->submitButton);
    REQUIRE(changed.size() == 2); // received, then registered
    return changed.last().at(0).toLongLong();
}

void resolve(qint64 caseId, const QString& specialist) {
    Desk head(u"head"_s);
    REQUIRE(head.queueHolds(QueueKind::Incoming, caseId));
    auto* form = head.open<ui::AssignDialog>(Role::Head, QueueKind::Incoming, caseId, u"resolveButton"_s);
    CHECK_FALSE(form->form()->submitButton->isEnabled()); // nothing chosen yet
    REQUIRE(form->selectSpecialist(test::guiDemo().login(specialist)));
    test::typeText(form->form()->textEdit, u"Рассмотреть и подготовить результат"_s);
    CHECK(form->form()->submitButton->isEnabled());
    // Enter submits a valid form.
    QSignalSpy accepted(form, &QDialog::accepted);
    QTest::keyClick(form->form()->specialistCombo, Qt::Key_Return);
    REQUIRE(accepted.size() == 1);
    CHECK(head.load(caseId).state == CaseState::Preparation);
    // The queues followed: out of Incoming, into In preparation.
    CHECK_FALSE(head.queueHolds(QueueKind::Incoming, caseId));
    CHECK(head.queueHolds(QueueKind::InPreparation, caseId));
}

void prepareIssue(qint64 caseId, const QString& specialistLogin, const QString& numberKey, const QString& number) {
    Desk specialist(specialistLogin);
    auto* form =
        specialist.open<ui::PrepareResultDialog>(Role::Specialist, QueueKind::MyCases, caseId, u"prepareButton"_s);
    CHECK(form->form()->issueRadio->isChecked());
    QLineEdit* edit = form->fieldEdit(numberKey);
    REQUIRE(edit != nullptr);
    edit->clear();
    test::typeText(edit, number);
    submitAndClose(form, form->form()->submitButton);
    const core::Case state = specialist.load(caseId);
    CHECK(state.state == CaseState::Signing);
    REQUIRE(state.decision.has_value());
    CHECK(state.decision->kind == core::Decision::Kind::Issue);
    CHECK(state.decision->resultFields.value(numberKey).toString() == number);
    CHECK_FALSE(specialist.queueHolds(QueueKind::MyCases, caseId));
}

void sign(qint64 caseId, const QString& expectedInResult) {
    Desk head(u"head"_s);
    auto* form = head.open<ui::SignDialog>(Role::Head, QueueKind::Signing, caseId, u"signButton"_s);
    CHECK(form->resultText().contains(expectedInResult));
    CHECK(form->form()->signRadio->isChecked());
    submitAndClose(form, form->form()->submitButton);
    const core::Case state = head.load(caseId);
    CHECK(state.state == CaseState::Dispatch);
    REQUIRE(state.signature.has_value());
    CHECK(state.signature->signerLogin == test::guiDemo().login(u"head"_s));
}

void dispatch(qint64 caseId) {
    Desk clerk(u"clerk"_s);
    REQUIRE(clerk.queueHolds(QueueKind::Dispatch, caseId));
    auto* form = clerk.open<ui::StepActionDialog>(Role::Clerk, QueueKind::Dispatch, caseId, u"dispatchButton"_s);
    QSignalSpy accepted(form, &QDialog::accepted);
    QTest::keyClick(form->form()->submitButton, Qt::Key_Return);
    REQUIRE(accepted.size() == 1);
    CHECK(clerk.load(caseId).state == CaseState::Completed);
    CHECK_FALSE(clerk.queueHolds(QueueKind::Dispatch, caseId));
}

} // namespace

TEST_CASE("A permit from registration to dispatch through the forms", "[ui][forms]") {
    qint64 caseId = 0;
    {
        Desk clerk(u"clerk"_s);
        caseId = registerPermit(clerk);
        const core::Case state = clerk.load(caseId);
        CHECK(state.state == CaseState::Resolution);
        CHECK(state.serviceCode == u"P"_s);
        CHECK(state.channel == core::Channel::StateCorporation);
        CHECK(state.applicants.size() == 2);
        CHECK(state.objectData.value(u"cadastral_number"_s).toString() == u"05-085-001-123"_s);
        CHECK(state.checklistVariant == u"bank_project"_s);
        CHECK(std::all_of(state.checklist.begin(), state.checklist.end(), [](bool provided) { return provided; }));
        CHECK(state.receivedAt > state.submittedAt);
    }
    resolve(caseId, u"specialist"_s);
    prepareIssue(caseId, u"specialist"_s, u"permit_number"_s, u"KZ-P-2026-001"_s);
    sign(caseId, u"KZ-P-2026-001"_s);
    dispatch(caseId);
}

TEST_CASE("The specialist refuses with grounds and a motivation", "[ui][forms]") {
    qint64 caseId = 0;
    {
        Desk clerk(u"clerk"_s);
        caseId = registerPermit(clerk);
    }
    resolve(caseId, u"specialist2"_s);
    {
        Desk specialist(u"specialist2"_s);
        auto* form =
            specialist.open<ui::PrepareResultDialog>(Role::Specialist, QueueKind::MyCases, caseId, u"prepareButton"_s);
        Ui::PrepareResultDialog* ui = form->form();
        ui->refuseRadio->setChecked(true);
        // No ground yet: the message next to the grounds, and nothing to send.
        CHECK(form->fieldMessage(u"grounds"_s) == core::reasonMessage(core::Reason::MissingGrounds));
        CHECK_FALSE(ui->submitButton->isEnabled());
        QCheckBox* ground = form->groundBox(u"unreliable_documents"_s);
        REQUIRE(ground != nullptr);
        CHECK(ground->text().contains(u"недостоверност"_s)); // the ground's text, in Russian by default
        QTest::mouseClick(ground, Qt::LeftButton);
        CHECK(ground->isChecked());
        CHECK(form->fieldMessage(u"grounds"_s).isEmpty());
        CHECK(form->fieldMessage(u"motivationEdit"_s) == core::reasonMessage(core::Reason::MissingMotivation));
        CHECK_FALSE(ui->submitButton->isEnabled());
        test::typeText(ui->motivationEdit, u"Проектная декларация не соответствует экспертизе"_s);
        CHECK(form->fieldMessage(u"motivationEdit"_s).isEmpty());
        submitAndClose(form, ui->submitButton);
        const core::Case state = specialist.load(caseId);
        CHECK(state.state == CaseState::Signing);
        REQUIRE(state.decision.has_value());
        CHECK(state.decision->kind == core::Decision::Kind::Refuse);
        CHECK(state.decision->groundCodes == QStringList{u"unreliable_documents"_s});
        CHECK(state.decision->motivation == u"Проектная декларация не соответствует экспертизе"_s);
    }
    sign(caseId, u"Проектная декларация не соответствует экспертизе"_s);
    dispatch(caseId);
}

TEST_CASE("The head returns a result for rework, the specialist prepares it again, the head signs", "[ui][forms]") {
    qint64 caseId = 0;
    {
        Desk clerk(u"clerk"_s);
        caseId = registerPermit(clerk);
    }
    resolve(caseId, u"specialist"_s);
    prepareIssue(caseId, u"specialist"_s, u"permit_number"_s, u"KZ-P-DRAFT"_s);
    {
        Desk head(u"head"_s);
        auto* form = head.open<ui::SignDialog>(Role::Head, QueueKind::Signing, caseId, u"signButton"_s);
        Ui::SignDialog* ui = form->form();
        ui->returnRadio->setChecked(true);
        REQUIRE(ui->returnRadio->isChecked());
        // A return needs a comment, said next to the comment field.
        CHECK(form->fieldMessage(u"commentEdit"_s) == core::reasonMessage(core::Reason::MissingComment));
        CHECK_FALSE(ui->submitButton->isEnabled());
        test::typeText(ui->commentEdit, u"Уточните номер разрешения"_s);
        submitAndClose(form, ui->submitButton);
        const core::Case state = head.load(caseId);
        CHECK(state.state == CaseState::Preparation);
        CHECK(state.reworkComment == u"Уточните номер разрешения"_s);
        CHECK(head.queueHolds(QueueKind::InPreparation, caseId));
    }
    {
        // The draft comes back with what was prepared before.
        Desk specialist(u"specialist"_s);
        auto* form =
            specialist.open<ui::PrepareResultDialog>(Role::Specialist, QueueKind::MyCases, caseId, u"prepareButton"_s);
        CHECK(form->fieldEdit(u"permit_number"_s)->text() == u"KZ-P-DRAFT"_s);
        CHECK(form->form()->caseSummary->text().contains(u"Уточните номер разрешения"_s));
        form->reject(); // nothing typed: closes without asking
        CHECK_FALSE(form->isVisible());
    }
    prepareIssue(caseId, u"specialist"_s, u"permit_number"_s, u"KZ-P-2026-002"_s);
    sign(caseId, u"KZ-P-2026-002"_s);
    dispatch(caseId);
}

TEST_CASE("The clerk refuses an incomplete State Corporation package at intake", "[ui][forms]") {
    Desk clerk(u"clerk"_s);
    ui::RegisterDialog* form = fillPermit(clerk, {u"land_title"_s, u"bank_financing"_s});
    Ui::RegisterDialog* ui = form->form();
    REQUIRE(ui->intakeGroup->isVisibleTo(form));
    // The documents not provided are preselected as missing.
    CHECK(test::checkedCodes(ui->missingList) == QStringList{u"land_title"_s, u"bank_financing"_s});
    test::typeText(ui->intakeCommentEdit, u"Нет правоустанавливающих документов на землю"_s);
    QSignalSpy changed(form, &ui::ActionDialog::caseChanged);
    submitAndClose(form, ui->refuseButton);
    REQUIRE(changed.size() == 2);
    const core::Case state = clerk.load(changed.last().at(0).toLongLong());
    CHECK(state.state == CaseState::RefusedAtIntake);
    REQUIRE(state.intakeRefusal.has_value());
    CHECK(state.intakeRefusal->missingDocuments == QStringList{u"land_title"_s, u"bank_financing"_s});
    CHECK(state.intakeRefusal->comment == u"Нет правоустанавливающих документов на землю"_s);
}

TEST_CASE("The portal has no refusal at intake, and an unticked missing list cannot be sent", "[ui][forms]") {
    Desk clerk(u"clerk"_s);
    ui::RegisterDialog* form = fillPermit(clerk, {u"land_title"_s});
    Ui::RegisterDialog* ui = form->form();
    ui->missingList->item(0)->setCheckState(Qt::Unchecked);
    CHECK_FALSE(ui->refuseButton->isEnabled());
    CHECK(ui->intakeMessage->text() == core::reasonMessage(core::Reason::MissingDocuments));
    ui->channelCombo->setCurrentIndex(ui->channelCombo->findData(static_cast<int>(core::Channel::Portal)));
    CHECK_FALSE(ui->intakeGroup->isVisibleTo(form));
    ui::MessageBox::setResponder([](QMessageBox::Icon, const QString&, const QString&) { return QMessageBox::Yes; });
    form->reject();
    ui::MessageBox::setResponder({});
}

TEST_CASE("An extract request from registration to dispatch", "[ui][forms]") {
    qint64 caseId = 0;
    {
        Desk clerk(u"clerk"_s);
        auto* form = clerk.open<ui::RegisterDialog>(Role::Clerk, std::nullopt, 0, u"newApplicationButton"_s);
        Ui::RegisterDialog* ui = form->form();
        ui->serviceCombo->setCurrentIndex(ui->serviceCombo->findData(u"E"_s));
        // The extract comes through the portal only: no other channel to choose, no refusal at intake.
        REQUIRE(ui->channelCombo->count() == 1);
        CHECK(ui->channelCombo->currentData().toInt() == static_cast<int>(core::Channel::Portal));
        CHECK_FALSE(ui->intakeGroup->isVisibleTo(form));
        CHECK_FALSE(ui->cadastralEdit->isVisibleTo(form));
        CHECK(ui->contractEdit->isVisibleTo(form));
        setBackBy(ui->submittedEdit, 20);
        setBackBy(ui->receivedEdit, 10);
        REQUIRE(form->applicantFields().size() == 1);
        const auto& applicant = form->applicantFields().first();
        QTest::keyClicks(applicant.id, validIin(100));
        test::typeText(applicant.name, u"Асель Нурланова"_s);
        test::typeText(ui->contractEdit, u"ДДУ-2025-0457"_s);
        REQUIRE(form->setDocumentProvided(u"request"_s, true));
        QSignalSpy changed(form, &ui::ActionDialog::caseChanged);
        submitAndClose(form, ui->submitButton);
        caseId = changed.last().at(0).toLongLong();
        const core::Case state = clerk.load(caseId);
        CHECK(state.state == CaseState::Resolution);
        CHECK(state.serviceCode == u"E"_s);
        CHECK(state.objectData.value(u"contract_number"_s).toString() == u"ДДУ-2025-0457"_s);
    }
    resolve(caseId, u"specialist"_s);
    {
        // The extract's fields start from what the case knows.
        Desk specialist(u"specialist"_s);
        auto* form =
            specialist.open<ui::PrepareResultDialog>(Role::Specialist, QueueKind::MyCases, caseId, u"prepareButton"_s);
        CHECK(form->fieldEdit(u"contract_number"_s)->text() == u"ДДУ-2025-0457"_s);
        CHECK(form->fieldEdit(u"participant_name"_s)->text() == u"Асель Нурланова"_s);
        CHECK(form->fieldEdit(u"permit_number"_s) == nullptr);
        form->reject();
    }
    prepareIssue(caseId, u"specialist"_s, u"record_number"_s, u"УЗ-2026-0031"_s);
    sign(caseId, u"УЗ-2026-0031"_s);
    dispatch(caseId);
}

TEST_CASE("A refusal by the server leaves the form as the user left it", "[ui][forms]") {
    qint64 caseId = 0;
    {
        Desk clerk(u"clerk"_s);
        caseId = registerPermit(clerk);
    }
    Desk head(u"head"_s);
    auto* form = head.open<ui::AssignDialog>(Role::Head, QueueKind::Incoming, caseId, u"resolveButton"_s);
    REQUIRE(form->selectSpecialist(test::guiDemo().login(u"specialist"_s)));
    test::typeText(form->form()->textEdit, u"Подготовить разрешение"_s);
    CHECK(form->isDirty());

    // A colleague acts first, through a connection of their own.
    {
        test::SignedIn colleague(u"head"_s);
        colleague.clock().set(core::SystemClock().now() + std::chrono::seconds(2));
        const core::CaseStore store(colleague.connection());
        auto specialist = store.actor(test::guiDemo().login(u"specialist2"_s));
        REQUIRE(specialist.ok());
        const core::Case state = store.load(caseId).value();
        auto done = store.perform(caseId, core::Action::resolve(state.version, specialist.value(), u"Мне"_s),
                                  QUuid::createUuid());
        REQUIRE(done.ok());
    }

    QTest::mouseClick(form->form()->submitButton, Qt::LeftButton);
    REQUIRE(form->isVisible());
    const QString message = form->formMessage();
    // The server's own words for stale_version.
    CHECK(message.contains(u"changed the case"_s));
    // Everything typed is still there, and the form still counts as unsaved.
    CHECK(form->form()->textEdit->toPlainText() == u"Подготовить разрешение"_s);
    CHECK(form->form()->specialistCombo->currentData().toString() == test::guiDemo().login(u"specialist"_s));
    CHECK(form->isDirty());
    // Pressing the button again is the same submission: the same client action id.
    const QUuid first = form->pendingActionId();
    CHECK_FALSE(first.isNull());
    QTest::mouseClick(form->form()->submitButton, Qt::LeftButton);
    CHECK(form->pendingActionId() == first);
    CHECK(form->formMessage() == message);
    // Editing the input makes it another submission.
    test::typeText(form->form()->textEdit, u"!"_s);
    CHECK(form->pendingActionId().isNull());

    // Escape asks before discarding what was typed: "No" keeps the form, "Yes" closes it.
    QStringList asked;
    QMessageBox::StandardButton answer = QMessageBox::No;
    ui::MessageBox::setResponder([&](QMessageBox::Icon, const QString&, const QString& text) {
        asked.append(text);
        return answer;
    });
    QTest::keyClick(form->form()->specialistCombo, Qt::Key_Escape);
    CHECK(asked.size() == 1);
    CHECK(form->isVisible());
    answer = QMessageBox::Yes;
    QSignalSpy rejected(form, &QDialog::rejected);
    QTest::keyClick(form->form()->specialistCombo, Qt::Key_Escape);
    CHECK(asked.size() == 2);
    CHECK(rejected.size() == 1);
    ui::MessageBox::setResponder({});
}

TEST_CASE("The IIN or BIN is checked as it is typed, the message next to the field", "[ui][forms]") {
    Desk clerk(u"clerk"_s);
    auto* form = clerk.open<ui::RegisterDialog>(Role::Clerk, std::nullopt, 0, u"newApplicationButton"_s);
    Ui::RegisterDialog* ui = form->form();
    ui->serviceCombo->setCurrentIndex(ui->serviceCombo->findData(u"P"_s));
    // The authorised company's slot takes a BIN (a legal entity), the developer's an IIN or a BIN.
    const auto& company = form->applicantFields().at(1);
    REQUIRE(company.role == u"authorised_company"_s);
    const auto& developer = form->applicantFields().at(0);

    const QString bin = validBin(42);
    QString wrongCheck = bin;
    wrongCheck[11] = QChar(u'0' + (bin.at(11).digitValue() + 1) % 10);
    struct Row {
        QString typed;
        QString expected; // empty: no message
    };
    const QList<Row> rows{
        {u"0504"_s, core::validateBin(u"0504"_s).error().message},
        {u"05044a"_s, core::validateBin(u"05044a"_s).error().message},
        {wrongCheck, core::validateBin(wrongCheck).error().message},
        {validIin(7), core::validateBin(validIin(7)).error().message}, // a person's IIN where a BIN belongs
        {bin, QString()},
    };
    for (const Row& row : rows) {
        INFO(row.typed.toStdString());
        company.id->clear();
        QTest::keyClicks(company.id, row.typed);
        CHECK(company.idMessage->isVisibleTo(form) == !row.expected.isEmpty());
        CHECK(company.idMessage->text() == row.expected);
    }
    // Either kind in the developer's field: an IIN is taken for a person.
    QTest::keyClicks(developer.id, validIin(3));
    CHECK_FALSE(developer.idMessage->isVisibleTo(form));
    developer.id->clear();
    QTest::keyClicks(developer.id, u"85031530"_s);
    CHECK(developer.idMessage->text() == core::validateIinOrBin(u"85031530"_s).error().message);
    // The form's own check names the applicant that is wrong, and nothing can be sent.
    CHECK_FALSE(form->fieldMessage(u"applicants"_s).isEmpty());
    CHECK_FALSE(ui->submitButton->isEnabled());

    // Tab goes through the form in reading order, the applicants' fields built for the service included.
    form->activateWindow();
    QApplication::setActiveWindow(form);
    const QList<QWidget*> order{developer.id,      developer.name,  developer.phone,    developer.email,
                                developer.address, company.id,      company.name,       company.phone,
                                company.email,     company.address, ui->objectNameEdit, ui->objectAddressEdit,
                                ui->cadastralEdit, ui->variantCombo};
    order.first()->setFocus(Qt::TabFocusReason);
    for (qsizetype i = 1; i < order.size(); ++i) {
        INFO(i);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        CHECK(QApplication::focusWidget() == order.at(i));
    }
    ui::MessageBox::setResponder([](QMessageBox::Icon, const QString&, const QString&) { return QMessageBox::Yes; });
    form->reject();
    ui::MessageBox::setResponder({});
}

TEST_CASE("The head reassigns a case in preparation to another specialist", "[ui][forms]") {
    qint64 caseId = 0;
    {
        Desk clerk(u"clerk"_s);
        caseId = registerPermit(clerk);
    }
    resolve(caseId, u"specialist"_s);
    Desk head(u"head"_s);
    auto* form = head.open<ui::AssignDialog>(Role::Head, QueueKind::InPreparation, caseId, u"reassignButton"_s);
    Ui::AssignDialog* ui = form->form();
    // The specialist who has it already is no reassignment: said next to the choice.
    REQUIRE(form->selectSpecialist(test::guiDemo().login(u"specialist"_s)));
    CHECK(ui->specialistCombo->currentText().contains(u"Динара Оспанова"_s));
    CHECK_FALSE(form->fieldMessage(u"specialistCombo"_s).isEmpty());
    CHECK_FALSE(ui->submitButton->isEnabled());
    REQUIRE(form->selectSpecialist(test::guiDemo().login(u"specialist2"_s)));
    CHECK(form->fieldMessage(u"specialistCombo"_s).isEmpty());
    test::typeText(ui->textEdit, u"Перераспределение нагрузки"_s);
    submitAndClose(form, ui->submitButton);
    const core::Case state = head.load(caseId);
    CHECK(state.state == CaseState::Preparation);
    CHECK(state.assignee == test::guiDemo().login(u"specialist2"_s));
    CHECK(head.queueHolds(QueueKind::InPreparation, caseId));
    // The new specialist finds it in My cases.
    Desk specialist(u"specialist2"_s);
    CHECK(specialist.queueHolds(QueueKind::MyCases, caseId));
}

TEST_CASE("The clerk registers a case received earlier, from My registrations", "[ui][forms]") {
    Desk clerk(u"clerk"_s);
    // A portal request recorded on its own (received, not yet passed to the head).
    core::CaseOpening opening;
    opening.serviceCode = u"E"_s;
    opening.officeId = clerk.user.session().workspace->office().id;
    opening.channel = core::Channel::Portal;
    opening.submittedAt = clerk.user.clock().now() - std::chrono::minutes(20);
    opening.receivedAt = clerk.user.clock().now() - std::chrono::minutes(10);
    opening.applicants = {core::Applicant{u"applicant"_s, validIin(500), u"Ержан Серіков"_s, {}, {}, {}}};
    opening.checklistVariant = u"request"_s;
    opening.checklist = {{u"request"_s, true}};
    auto received =
        core::CaseStore(clerk.user.connection()).perform(0, core::Action::receive(opening), QUuid::createUuid());
    INFO((received ? QString() : received.error().message).toStdString());
    REQUIRE(received.ok());
    const qint64 caseId = received->caseId;

    // The registration form on the received case: what was recorded, read-only; register it from there.
    auto* form = clerk.open<ui::RegisterDialog>(Role::Clerk, QueueKind::MyRegistrations, caseId, u"registerButton"_s);
    REQUIRE(form->applicantFields().size() == 1);
    CHECK(form->applicantFields().first().name->text() == u"Ержан Серіков"_s);
    CHECK_FALSE(form->form()->applicantsGroup->isEnabled());
    CHECK_FALSE(form->form()->intakeGroup->isVisibleTo(form)); // a portal request: no refusal at intake
    submitAndClose(form, form->form()->submitButton);
    CHECK(clerk.load(caseId).state == CaseState::Resolution);
    CHECK_FALSE(clerk.queueHolds(QueueKind::MyRegistrations, caseId));
}

TEST_CASE("Each role's action buttons follow the queue on screen and its selection", "[ui][forms]") {
    Desk head(u"head"_s);
    ui::RoleScreen* screen = head.screen(Role::Head);
    REQUIRE(screen->showQueue(QueueKind::Signing));
    ui::QueueWidget* signing = screen->queue(QueueKind::Signing);
    signing->reload();
    REQUIRE(signing->model()->rowCount() > 0);
    signing->view()->clearSelection();
    signing->view()->setCurrentIndex({});
    CHECK_FALSE(screen->actionButton(u"signButton"_s)->isEnabled());
    signing->view()->setCurrentIndex(signing->proxy()->index(0, 0));
    CHECK(screen->actionButton(u"signButton"_s)->isEnabled());
    CHECK_FALSE(screen->actionButton(u"resolveButton"_s)->isEnabled());
    CHECK_FALSE(screen->actionButton(u"reassignButton"_s)->isEnabled());
    // A form that cannot open on this queue does not open.
    CHECK(screen->openForm(u"resolveButton"_s) == nullptr);
}
