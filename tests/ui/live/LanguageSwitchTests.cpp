// Issue 8, part 4: Russian by default, Kazakh and English on demand, switched while the program runs
// without losing what the user typed.
#include "LiveTestSupport.h"
#include "UiTestSupport.h"

#include "common/Labels.h"
#include "common/LanguageManager.h"
#include "login/LoginDialog.h"
#include "mainwindow/MainWindow.h"
#include "queue/CaseQueueModel.h"
#include "queue/QueueWidget.h"
#include "roles/RoleScreen.h"
#include "settings/LanguageComboBox.h"
#include "settings/SettingsDialog.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTranslator>

using namespace ruqsat;
using namespace Qt::StringLiterals;

using Language = ui::LanguageManager::Language;

namespace {

const ui::MainWindow::DatabaseInfo testDatabase{u"test database"_s, 0, false};

QSettings userSettings() {
    return QSettings(QSettings::IniFormat, QSettings::UserScope, u"Ruqsat"_s, u"ruqsat"_s);
}

void switchTo(Language language) {
    ui::LanguageManager::instance().setLanguage(language);
    QCoreApplication::processEvents(); // the widgets get LanguageChange from the event loop
}

// Chooses a language in a LanguageComboBox as the user does (activated, not a programmatic change).
void choose(ui::LanguageComboBox* combo, Language language) {
    const int index = combo->findData(ui::LanguageManager::code(language));
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
    Q_EMIT combo->activated(index);
    QCoreApplication::processEvents();
}

QString menuTitle(const ui::MainWindow& window, int index) {
    return window.menuBar()->actions().value(index) ? window.menuBar()->actions().at(index)->text() : QString();
}

} // namespace

TEST_CASE("A new installation speaks Russian, with Russian numbers", "[language]") {
    test::useTemporarySettings();
    test::useTestCatalogues();
    userSettings().remove(u"ui/language"_s);
    CHECK(ui::LanguageManager::savedLanguage() == Language::Russian);

    REQUIRE(ui::LanguageManager::instance().applySaved());
    QCoreApplication::processEvents();
    CHECK(ui::LanguageManager::instance().current() == Language::Russian);
    CHECK(QLocale().language() == QLocale::Russian);
    CHECK(QLocale().toString(2.5) == u"2,5"_s);
    const test::SignedIn head(u"head"_s);
    const ui::MainWindow window(testDatabase, head.session());
    CHECK(menuTitle(window, 0) == u"&Файл"_s);
    CHECK(window.roleTabs()->tabText(0) == u"&Руководитель"_s);

    switchTo(Language::English);
    CHECK(QLocale().toString(2.5) == u"2.5"_s);
    CHECK(menuTitle(window, 0) == u"&File"_s);
    CHECK(ui::LanguageManager::savedLanguage() == Language::English);
    CHECK(userSettings().value(u"ui/language"_s).toString() == u"en"_s);
}

TEST_CASE("Dates, numbers and durations are written as the chosen language writes them", "[language]") {
    test::useTemporarySettings();
    test::useTestCatalogues();
    const core::Instant instant =
        core::instantFromDateTime(QDateTime(QDate(2026, 12, 3), QTime(14, 5), QTimeZone::utc()));
    struct Row {
        Language language;
        QString dateTime;
        QString number;
    };
    const QList<Row> rows{
        {Language::Russian, u"03.12.2026 14:05"_s, u"1\u00a0234,5"_s},
        {Language::Kazakh, u"03.12.2026 14:05"_s, u"1\u00a0234,5"_s},
        {Language::English, u"03/12/2026 14:05"_s, u"1,234.5"_s},
    };
    for (const Row& row : rows) {
        switchTo(row.language);
        INFO(ui::LanguageManager::code(row.language).toStdString());
        CHECK(ui::Labels::dateTime(instant, QTimeZone::utc()) == row.dateTime);
        CHECK(QLocale().toString(1234.5) == row.number);
    }
}

TEST_CASE("Switching the language on the sign-in form keeps the typed user name and password", "[language]") {
    test::useTemporarySettings();
    test::useTestCatalogues();
    switchTo(Language::English);
    ui::LoginDialog::Options options;
    options.connectionName = u"live-login"_s;
    options.server = u"host=server.example.kz dbname=ruqsat"_s;
    ui::LoginDialog dialog(options);
    dialog.show();
    auto* server = dialog.findChild<QLineEdit*>(u"serverEdit"_s);
    auto* user = dialog.findChild<QLineEdit*>(u"userEdit"_s);
    auto* password = dialog.findChild<QLineEdit*>(u"passwordEdit"_s);
    auto* userLabel = dialog.findChild<QLabel*>(u"userLabel"_s);
    REQUIRE(server);
    REQUIRE(user);
    REQUIRE(password);
    REQUIRE(userLabel);
    server->clear();
    test::typeText(server, u"host=ruqsat.vko.kz"_s);
    test::typeText(user, u"ərsen"_s);
    test::typeText(password, u"құпия-42"_s);
    CHECK(dialog.windowTitle() == u"Sign in to Ruqsat"_s);

    choose(dialog.languageCombo(), Language::Kazakh);
    CHECK(ui::LanguageManager::instance().current() == Language::Kazakh);
    CHECK(dialog.windowTitle() == u"Ruqsat жүйесіне кіру"_s);
    CHECK(userLabel->text() == u"&Пайдаланушы:"_s);
    CHECK(server->text() == u"host=ruqsat.vko.kz"_s);
    CHECK(user->text() == u"ərsen"_s);
    CHECK(password->text() == u"құпия-42"_s);
    CHECK(ui::LanguageManager::savedLanguage() == Language::Kazakh);

    choose(dialog.languageCombo(), Language::Russian);
    CHECK(dialog.windowTitle() == u"Вход в Ruqsat"_s);
    CHECK(user->text() == u"ərsen"_s);
    CHECK(password->text() == u"құпия-42"_s);

    // A switch made elsewhere (the settings) shows in the form's list too.
    switchTo(Language::English);
    CHECK(dialog.languageCombo()->language() == Language::English);
    CHECK(dialog.windowTitle() == u"Sign in to Ruqsat"_s);
    CHECK(password->text() == u"құпия-42"_s);
}

TEST_CASE("The settings switch the main window's language and keep a half-set queue filter", "[language]") {
    test::useTemporarySettings();
    test::useTestCatalogues();
    switchTo(Language::English);
    const test::SignedIn head(u"head"_s);
    ui::MainWindow window(testDatabase, head.session());
    window.show();
    ui::QueueWidget* incoming = window.screens().first()->queue(core::QueueKind::Incoming);
    REQUIRE(incoming);
    test::typeText(incoming->filterEdit(), u"Ив"_s);
    incoming->deadlineFilter()->setCurrentIndex(1);
    const QSignalSpy headers(incoming->model(), &QAbstractItemModel::headerDataChanged);
    const auto service = static_cast<int>(ui::CaseQueueModel::Column::Service);
    CHECK(incoming->model()->headerData(service, Qt::Horizontal).toString() == u"Service"_s);

    ui::SettingsDialog* settings = window.openSettings();
    REQUIRE(settings);
    CHECK(settings->languageCombo()->language() == Language::English);
    settings->languageCombo()->setLanguage(Language::Russian);
    settings->accept();
    QCoreApplication::processEvents();

    CHECK(ui::LanguageManager::instance().current() == Language::Russian);
    CHECK(ui::LanguageManager::savedLanguage() == Language::Russian);
    CHECK(menuTitle(window, 0) == u"&Файл"_s);
    CHECK(menuTitle(window, 1) == u"&Вид"_s);
    CHECK(menuTitle(window, 2) == u"&Настройки"_s);
    CHECK(window.roleTabs()->tabText(0) == u"&Руководитель"_s);
    CHECK(headers.count() >= 1);
    CHECK(incoming->model()->headerData(service, Qt::Horizontal).toString() == u"Услуга"_s);
    auto* queueTabs = window.screens().first()->findChild<QTabWidget*>(u"queueTabs"_s);
    REQUIRE(queueTabs);
    CHECK(queueTabs->tabText(queueTabs->indexOf(incoming)).startsWith(u"Входящие ("_s));
    // The user's half-set filter stays as it was.
    CHECK(incoming->filterEdit()->text() == u"Ив"_s);
    CHECK(incoming->deadlineFilter()->currentIndex() == 1);
    CHECK(incoming->deadlineFilter()->currentText() == u"Под угрозой или просрочено"_s);

    settings = window.openSettings();
    CHECK(settings->windowTitle() == u"Настройки"_s);
    settings->languageCombo()->setLanguage(Language::Kazakh);
    settings->accept();
    QCoreApplication::processEvents();
    CHECK(menuTitle(window, 0) == u"&Файл"_s);
    CHECK(menuTitle(window, 1) == u"&Көрініс"_s);
    CHECK(incoming->model()->headerData(service, Qt::Horizontal).toString() == u"Қызмет"_s);
    CHECK(incoming->filterEdit()->text() == u"Ив"_s);
    CHECK(QLocale().language() == QLocale::Kazakh);

    // Cancel changes nothing.
    settings = window.openSettings();
    settings->languageCombo()->setLanguage(Language::English);
    settings->reject();
    QCoreApplication::processEvents();
    CHECK(ui::LanguageManager::instance().current() == Language::Kazakh);
    switchTo(Language::English);
    CHECK(menuTitle(window, 2) == u"&Settings"_s);
}

TEST_CASE("The program's own catalogues are embedded and installed", "[language]") {
    test::useTemporarySettings();
    ui::LanguageManager::setCatalogueLocation(u":/i18n"_s);
    const test::SignedIn head(u"head"_s);
    for (Language language : {Language::Russian, Language::Kazakh}) {
        const QString file = u":/i18n/ruqsat_%1.qm"_s.arg(ui::LanguageManager::code(language));
        INFO(file.toStdString());
        REQUIRE(QFile::exists(file));
        QTranslator reference;
        REQUIRE(reference.load(file));
        switchTo(language);
        CHECK(ui::LanguageManager::instance().catalogueLoaded());
        const ui::MainWindow window(testDatabase, head.session());
        // Whatever the catalogue says (it is being completed): the screen says the same.
        const QString expected = reference.translate("ruqsat::ui::MainWindow", "&File");
        if (expected.isEmpty())
            WARN(file.toStdString() << " does not translate \"&File\" yet");
        else
            CHECK(menuTitle(window, 0) == expected);
    }
    switchTo(Language::English);
    test::useTestCatalogues();
}
