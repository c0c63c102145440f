// Issue 6, point 1: signing in, what is remembered, and the clear refusals.
#include "TestCluster.h"
#include "UiTestSupport.h"

#include "login/LoginDialog.h"
#include "mainwindow/MainWindow.h"
#include "queue/CaseQueueModel.h"
#include "queue/QueueWidget.h"
#include "roles/RoleScreen.h"
#include "store/Database.h"
#include "store/EmbeddedServer.h"
#include "store/StaffRegistry.h"

#include <QFile>
#include <QLineEdit>
#include <QRadioButton>
#include <QSettings>
#include <QSqlDatabase>
#include <QTabWidget>
#include <QTest>

using namespace ruqsat;
using namespace Qt::StringLiterals;

namespace {

const QString loginConnection = u"ui-login"_s;

// The demo server as the sign-in form's text: no account in it.
QString demoServerText() {
    return test::guiDemo().superuser.withoutKey(u"user"_s).withoutKey(u"password"_s).connInfo();
}

template <typename T>
T* child(const QWidget& parent, const char* name) {
    T* found = parent.findChild<T*>(QLatin1String(name));
    REQUIRE(found != nullptr);
    return found;
}

// Types into the form as a user would and presses Enter in the password field.
void typeAndSubmit(ui::LoginDialog& dialog, const QString& user, const QString& password) {
    auto* userEdit = child<QLineEdit>(dialog, "userEdit");
    auto* passwordEdit = child<QLineEdit>(dialog, "passwordEdit");
    userEdit->clear();
    QTest::keyClicks(userEdit, user);
    passwordEdit->clear();
    QTest::keyClicks(passwordEdit, password);
    QTest::keyClick(passwordEdit, Qt::Key_Return);
}

ui::LoginDialog::Options embeddedOptions(QSettings* settings) {
    ui::LoginDialog::Options options;
    options.connectionName = loginConnection;
    options.embedded = test::guiDemo().superuser;
    options.embeddedDescription = u"embedded test database"_s;
    options.settings = settings;
    return options;
}

QStringList tabTexts(const QTabWidget* tabs) {
    QStringList texts;
    for (int i = 0; i < tabs->count(); ++i)
        texts.append(tabs->tabText(i));
    return texts;
}

} // namespace

TEST_CASE("The demo clerk, head and specialist sign in and see the screens of their roles", "[ui][login]") {
    struct Row {
        QString login;
        QStringList roleTabs;
        QList<QList<core::QueueKind>> queues;
    };
    using K = core::QueueKind;
    const QList<Row> rows{
        {u"clerk"_s, {u"&Clerk"_s}, {{K::MyRegistrations, K::Dispatch}}},
        {u"head"_s, {u"&Head"_s}, {{K::Incoming, K::Signing, K::InPreparation}}},
        {u"specialist"_s, {u"&Specialist"_s}, {{K::MyCases}}},
        {u"zyryan_head"_s,
         {u"&Clerk"_s, u"&Head"_s},
         {{K::MyRegistrations, K::Dispatch}, {K::Incoming, K::Signing, K::InPreparation}}},
        {u"supervisor"_s, {u"S&upervisor"_s}, {{K::AllOpen}}},
    };
    test::TemporaryDirectory directory;
    for (const Row& row : rows) {
        INFO(row.login.toStdString());
        QSettings settings(directory.path() + u"/ruqsat.ini"_s, QSettings::IniFormat);
        ui::LoginDialog dialog(embeddedOptions(&settings));
        dialog.show();
        CHECK(child<QRadioButton>(dialog, "embeddedRadio")->isChecked());
        typeAndSubmit(dialog, test::guiDemo().login(row.login), QLatin1String(core::DemoSeeder::demoPassword));
        INFO(dialog.errorText(u"server"_s).toStdString()
             << dialog.errorText(u"user"_s).toStdString() << dialog.errorText(u"password"_s).toStdString());
        REQUIRE(dialog.result() == QDialog::Accepted);
        CHECK_FALSE(dialog.isVisible());
        REQUIRE(dialog.workspace() != nullptr);
        CHECK(dialog.workspace()->actor().login == test::guiDemo().login(row.login));
        CHECK(dialog.usedEmbedded());

        const ui::Session session{loginConnection, dialog.workspace(), std::make_shared<core::SystemClock>()};
        ui::MainWindow window({u"embedded test database"_s, 0, true}, session);
        window.show();
        CHECK(tabTexts(window.roleTabs()) == row.roleTabs);
        REQUIRE(window.screens().size() == row.queues.size());
        for (qsizetype i = 0; i < window.screens().size(); ++i) {
            QList<core::QueueKind> kinds;
            for (const ui::QueueWidget* queue : window.screens().at(i)->queues()) {
                kinds.append(queue->spec().kind);
                CHECK_FALSE(queue->model()->lastError().has_value());
            }
            CHECK(kinds == row.queues.at(i));
        }
        core::Database::close(loginConnection);
    }
}

TEST_CASE("The last server and user are remembered, the password never", "[ui][login]") {
    test::TemporaryDirectory directory;
    const QString iniPath = directory.path() + u"/ruqsat.ini"_s;
    const QString password = QLatin1String(core::DemoSeeder::demoPassword);
    {
        QSettings settings(iniPath, QSettings::IniFormat);
        ui::LoginDialog::Options options;
        options.connectionName = loginConnection;
        options.settings = &settings;
        ui::LoginDialog dialog(options);
        dialog.show();
        CHECK_FALSE(child<QRadioButton>(dialog, "embeddedRadio")->isEnabled());
        CHECK(child<QRadioButton>(dialog, "serverRadio")->isChecked());
        QTest::keyClicks(child<QLineEdit>(dialog, "serverEdit"), demoServerText());
        typeAndSubmit(dialog, test::guiDemo().login(u"head"_s), password);
        INFO(dialog.errorText(u"server"_s).toStdString());
        REQUIRE(dialog.result() == QDialog::Accepted);
        CHECK_FALSE(dialog.usedEmbedded());
        core::Database::close(loginConnection);
    }
    QFile ini(iniPath);
    REQUIRE(ini.open(QIODevice::ReadOnly));
    const QByteArray stored = ini.readAll();
    CHECK(stored.contains(test::guiDemo().login(u"head"_s).toUtf8()));
    CHECK_FALSE(stored.contains(password.toUtf8()));

    QSettings settings(iniPath, QSettings::IniFormat);
    ui::LoginDialog::Options options;
    options.connectionName = loginConnection;
    options.settings = &settings;
    options.embedded = test::guiDemo().superuser; // offered, but the user chose the server last time
    ui::LoginDialog again(options);
    CHECK(child<QRadioButton>(again, "serverRadio")->isChecked());
    CHECK(child<QLineEdit>(again, "serverEdit")->text() == demoServerText());
    CHECK(child<QLineEdit>(again, "userEdit")->text() == test::guiDemo().login(u"head"_s));
    CHECK(child<QLineEdit>(again, "passwordEdit")->text().isEmpty());
    CHECK(again.focusWidget() == child<QLineEdit>(again, "passwordEdit"));
}

TEST_CASE("A refused sign-in says why next to the field and leaves the form as it was", "[ui][login]") {
    test::TemporaryDirectory directory;
    // An account the administrator disabled, and a database login that is no staff member.
    {
        const QString admin = u"ui-login-admin"_s;
        auto db = core::Database::open(test::guiDemo().superuser, admin);
        REQUIRE(db.ok());
        REQUIRE(core::StaffRegistry(admin).disable(test::guiDemo().login(u"admin"_s)).ok());
        REQUIRE(core::Database::executeScript(db.value(), u"CREATE ROLE %1outsider LOGIN PASSWORD 'outsider-pass' "
                                                          "IN ROLE ruqsat_staff"_s.arg(test::guiDemo().prefix))
                    .ok());
    }
    core::Database::close(u"ui-login-admin"_s);

    struct Row {
        const char* what;
        QString server; // empty: the embedded (demo) database
        QString user;
        QString password;
        QString field;
        QString message;
    };
    const QString password = QLatin1String(core::DemoSeeder::demoPassword);
    const QString nowhere = u"host="_s + directory.path() + u" dbname=ruqsat"_s;
    const QList<Row> rows{
        {"wrong password",
         {},
         test::guiDemo().login(u"clerk"_s),
         u"not-the-password"_s,
         u"password"_s,
         u"Wrong user name or password."_s},
        {"unknown user",
         {},
         test::guiDemo().login(u"nobody"_s),
         password,
         u"password"_s,
         u"Wrong user name or password."_s},
        {"empty password", {}, test::guiDemo().login(u"clerk"_s), {}, u"password"_s, u"Enter your password."_s},
        {"server down", nowhere, test::guiDemo().login(u"clerk"_s), password, u"server"_s,
         u"the server does not answer"_s},
        {"disabled account", {}, test::guiDemo().login(u"admin"_s), password, u"user"_s, u"is disabled"_s},
        {"not staff",
         {},
         test::guiDemo().login(u"outsider"_s),
         u"outsider-pass"_s,
         u"user"_s,
         u"is not an active staff member"_s},
        {"bad connection string",
         u"host='unterminated"_s,
         test::guiDemo().login(u"clerk"_s),
         password,
         u"server"_s,
         {}},
    };
    for (const Row& row : rows) {
        INFO(row.what);
        QSettings settings(directory.path() + u"/ruqsat.ini"_s, QSettings::IniFormat);
        ui::LoginDialog dialog(embeddedOptions(&settings));
        dialog.show();
        if (!row.server.isEmpty()) {
            QTest::mouseClick(child<QRadioButton>(dialog, "serverRadio"), Qt::LeftButton);
            REQUIRE(child<QRadioButton>(dialog, "serverRadio")->isChecked());
            child<QLineEdit>(dialog, "serverEdit")->clear();
            QTest::keyClicks(child<QLineEdit>(dialog, "serverEdit"), row.server);
        }
        typeAndSubmit(dialog, row.user, row.password);

        CHECK(dialog.isVisible());
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK(dialog.workspace() == nullptr);
        CHECK_FALSE(QSqlDatabase::contains(loginConnection));
        const QString shown = dialog.errorText(row.field);
        INFO(shown.toStdString());
        CHECK_FALSE(shown.isEmpty());
        CHECK(shown.contains(row.message));
        // Only that field complains, and what was typed is still there.
        for (const QString& other : {u"server"_s, u"user"_s, u"password"_s}) {
            if (other != row.field)
                CHECK(dialog.errorText(other).isEmpty());
        }
        CHECK(child<QLineEdit>(dialog, "userEdit")->text() == row.user);
        CHECK(child<QLineEdit>(dialog, "passwordEdit")->text() == row.password);
        if (!row.server.isEmpty())
            CHECK(child<QLineEdit>(dialog, "serverEdit")->text() == row.server);
        // Nothing was remembered from a failed attempt.
        CHECK_FALSE(settings.contains(u"login/user"_s));
    }
}

TEST_CASE("Escape cancels the sign-in", "[ui][login]") {
    ui::LoginDialog dialog(embeddedOptions(nullptr));
    dialog.show();
    QTest::keyClick(child<QLineEdit>(dialog, "userEdit"), Qt::Key_Escape);
    CHECK_FALSE(dialog.isVisible());
    CHECK(dialog.result() == QDialog::Rejected);
    CHECK(dialog.workspace() == nullptr);
}

TEST_CASE("On the embedded default the demo logins sign in to the embedded server", "[ui][login][embedded]") {
    test::TemporaryDirectory directory;
    auto server = core::EmbeddedServer::start(directory.path() + u"/db"_s);
    INFO((server ? QString() : server.error().message).toStdString());
    REQUIRE(server.ok());
    {
        const QString admin = u"ui-embedded-admin"_s;
        REQUIRE(core::Database::open(server.value()->administratorSettings(), admin).ok());
        core::DemoSeeder::Options demo;
        demo.caseCount = 6;
        auto seeded = core::DemoSeeder::seed(admin, core::SystemClock(), demo);
        core::Database::close(admin);
        REQUIRE(seeded.ok());
    }
    {
        // As the desktop program offers it: the embedded server, with the demo logins as they are printed.
        ui::LoginDialog::Options options;
        options.connectionName = loginConnection;
        options.embedded = server.value()->administratorSettings();
        options.embeddedDescription = u"embedded database in "_s + directory.path();
        ui::LoginDialog dialog(options);
        dialog.show();
        CHECK(child<QRadioButton>(dialog, "embeddedRadio")->isChecked());
        typeAndSubmit(dialog, u"glubokoe_clerk"_s, QLatin1String(core::DemoSeeder::demoPassword));
        INFO(dialog.errorText(u"server"_s).toStdString() << dialog.errorText(u"password"_s).toStdString());
        REQUIRE(dialog.result() == QDialog::Accepted);
        CHECK(dialog.workspace()->actor().officeId == u"vko-glubokoe"_s);
        CHECK(dialog.databaseDescription() == options.embeddedDescription);
        CHECK(dialog.workspace()->catalogue().definitions().size() >= 2);
        core::Database::close(loginConnection);
    }
    CHECK(server.value()->stop().ok());
}
