// ruqsat_screenshots: a picture of every screen, with the demo office's data, for the README and for
// people reviewing a change. Runs the real widgets against a private demo database (the test harness's
// cluster), signs in as each demo user and saves what each screen shows. scripts/screenshots runs it
// under Xvfb; it is not a test.
#include "DemoDatabase.h"

#include "actions/ActionDialog.h"
#include "casecard/CaseCardDialog.h"
#include "common/LanguageManager.h"
#include "common/MessageBox.h"
#include "common/Session.h"
#include "documents/DocumentPreviewDialog.h"
#include "documents/IssuedDocumentsPanel.h"
#include "login/LoginDialog.h"
#include "mainwindow/MainWindow.h"
#include "queue/CaseQueueModel.h"
#include "queue/CaseQueueProxyModel.h"
#include "queue/QueueWidget.h"
#include "report/OverdueReportWidget.h"
#include "roles/RoleScreen.h"
#include "store/Database.h"
#include "store/StaffLogin.h"
#include "store/Workspace.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

#include <cstdio>
#include <optional>

using namespace ruqsat;
using namespace Qt::StringLiterals;

namespace {

// Lets queued page loads and repaints happen before a picture is taken.
void settle() {
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 400)
        QApplication::processEvents(QEventLoop::AllEvents, 50);
}

bool save(QWidget* widget, const QDir& directory, const QString& name) {
    settle();
    const QString path = directory.filePath(name + u".png"_s);
    const bool saved = widget->grab().save(path);
    std::fprintf(saved ? stdout : stderr, "%s %s\n", saved ? "wrote" : "cannot write", qPrintable(path));
    return saved;
}

// "My registrations (2)" -> "my-registrations": the count changes with the data.
QString fileName(const QString& text) {
    QString name = text.section(u" ("_s, 0, 0).toLower();
    for (QChar& c : name) {
        if (!c.isLetterOrNumber())
            c = u'-';
    }
    return name.section(u'-', 0, -1, QString::SectionSkipEmpty);
}

qint64 adminNumber(const test::DemoDatabase& demo, const QString& sql) {
    const QString connection = u"tour-admin"_s;
    qint64 value = 0;
    {
        auto db = core::Database::open(demo.superuser, connection);
        if (db) {
            auto query = core::Database::execute(db.value(), sql);
            if (query && query->next())
                value = query->value(0).toLongLong();
        }
    }
    core::Database::close(connection);
    return value;
}

} // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    // The language switches below must not touch the user's own settings.
    QStandardPaths::setTestModeEnabled(true);
    const QStringList arguments = QApplication::arguments();
    if (arguments.size() != 2) {
        std::fprintf(stderr, "usage: ruqsat_screenshots DIRECTORY\n");
        return 2;
    }
    QDir directory(arguments.at(1));
    if (!directory.mkpath(u"."_s)) {
        std::fprintf(stderr, "cannot create %s\n", qPrintable(arguments.at(1)));
        return 1;
    }
    ui::MessageBox::setResponder([](QMessageBox::Icon, const QString& title, const QString& text) {
        std::fprintf(stderr, "[%s] %s\n", qPrintable(title), qPrintable(text));
        return QMessageBox::Ok;
    });

    const test::DemoDatabase demo = test::DemoDatabase::create(50, true);
    bool ok = true;

    {
        QSettings settings(directory.filePath(u"tour-settings.ini"_s), QSettings::IniFormat);
        ui::LoginDialog::Options options;
        options.connectionName = u"tour-login"_s;
        options.embedded = demo.superuser;
        options.embeddedDescription = u"embedded demo database"_s;
        options.user = u"clerk"_s;
        options.settings = &settings;
        ui::LoginDialog login(options);
        login.show();
        if (auto* password = login.findChild<QLineEdit*>(u"passwordEdit"_s))
            password->setText(QLatin1String(core::DemoSeeder::demoPassword));
        ok = save(&login, directory, u"login"_s) && ok;
        QFile::remove(settings.fileName());
    }

    // The case with the richest history: returned for rework, then completed.
    const qint64 richCase =
        adminNumber(demo, u"SELECT e.case_id FROM ruqsat.audit_event e JOIN ruqsat.cases c ON c.id = e.case_id "
                          "WHERE e.action = 'return_for_rework' AND c.office_id = 'vko' ORDER BY "
                          "c.state = 'completed' DESC, e.case_id LIMIT 1"_s);

    for (const QString& login : {u"clerk"_s, u"head"_s, u"specialist"_s, u"supervisor"_s}) {
        const QString connection = u"tour-"_s + login;
        {
            auto actor = core::StaffLogin::signIn(demo.superuser, demo.login(login),
                                                  QLatin1String(core::DemoSeeder::demoPassword), connection);
            auto workspace = actor ? core::WorkspaceLoader::load(connection)
                                   : core::Result<std::shared_ptr<const core::Workspace>>(actor.error());
            if (!workspace) {
                std::fprintf(stderr, "%s: %s\n", qPrintable(login), qPrintable(workspace.error().message));
                ok = false;
                continue;
            }
            ui::MainWindow::DatabaseInfo info;
            info.description = u"embedded demo database"_s;
            info.embedded = true;
            ui::MainWindow window(info,
                                  ui::Session{connection, workspace.value(), std::make_shared<core::SystemClock>()});
            window.resize(1360, 820);
            window.show();
            settle();
            // Every queue tab of every role screen: role tabs hold queue tabs.
            auto shootQueues = [&](QTabWidget* queues, const QString& prefix) {
                for (int i = 0; i < queues->count(); ++i) {
                    queues->setCurrentIndex(i);
                    ok = save(&window, directory, prefix + u"-"_s + fileName(queues->tabText(i))) && ok;
                }
            };
            QTabWidget* roles = nullptr;
            for (QTabWidget* tabs : window.findChildren<QTabWidget*>()) {
                if (tabs->findChild<QTabWidget*>() != nullptr)
                    roles = tabs;
            }
            if (roles != nullptr) {
                for (int r = 0; r < roles->count(); ++r) {
                    roles->setCurrentIndex(r);
                    if (auto* queues = roles->widget(r)->findChild<QTabWidget*>())
                        shootQueues(queues, login);
                }
            } else if (auto* queues = window.findChild<QTabWidget*>()) {
                shootQueues(queues, login);
            } else {
                ok = save(&window, directory, login) && ok;
            }
            // The supervisor's overdue report in each language of the program (issue 8).
            for (ui::RoleScreen* screen : window.findChildren<ui::RoleScreen*>()) {
                ui::OverdueReportWidget* report = screen->report();
                if (report == nullptr)
                    continue;
                if (auto* queues = screen->findChild<QTabWidget*>())
                    queues->setCurrentWidget(report);
                using Language = ui::LanguageManager::Language;
                for (Language language : {Language::Russian, Language::Kazakh, Language::English}) {
                    ui::LanguageManager::instance().setLanguage(language);
                    ok = save(&window, directory,
                              u"supervisor-overdue-report-"_s + ui::LanguageManager::code(language)) &&
                         ok;
                }
            }
            // Each action form, opened on the first case of its queue.
            struct Form {
                const char* button;
                std::optional<core::QueueKind> queue;
                const char* name;
            };
            const Form forms[] = {{"newApplicationButton", std::nullopt, "form-register"},
                                  {"dispatchButton", core::QueueKind::Dispatch, "form-dispatch"},
                                  {"resolveButton", core::QueueKind::Incoming, "form-resolution"},
                                  {"signButton", core::QueueKind::Signing, "form-sign"},
                                  {"reassignButton", core::QueueKind::InPreparation, "form-reassign"},
                                  {"prepareButton", core::QueueKind::MyCases, "form-prepare-result"}};
            for (ui::RoleScreen* screen : window.findChildren<ui::RoleScreen*>()) {
                for (const Form& form : forms) {
                    if (screen->actionButton(QLatin1String(form.button)) == nullptr)
                        continue;
                    if (form.queue) {
                        screen->showQueue(*form.queue);
                        ui::QueueWidget* queue = screen->queue(*form.queue);
                        const QModelIndex first = queue->proxy()->index(0, 0);
                        if (!first.isValid() ||
                            !queue->selectCase(first.data(ui::CaseQueueModel::CaseIdRole).toLongLong()))
                            continue;
                    }
                    settle();
                    if (ui::ActionDialog* dialog = screen->openForm(QLatin1String(form.button))) {
                        ok = save(dialog, directory, QLatin1String(form.name)) && ok;
                        dialog->setAttribute(Qt::WA_DeleteOnClose, false);
                        dialog->reject();
                        delete dialog;
                    }
                }
            }
            if (login == u"head"_s && richCase > 0) {
                if (ui::CaseCardDialog* card = window.openCase(richCase)) {
                    card->resize(1100, 760);
                    const QList<QTabWidget*> cardTabs = card->findChildren<QTabWidget*>();
                    ok = save(card, directory, u"case-card"_s) && ok;
                    for (QTabWidget* tabs : cardTabs) {
                        for (int i = 1; i < tabs->count(); ++i) {
                            tabs->setCurrentIndex(i);
                            ok = save(card, directory, u"case-card-"_s + fileName(tabs->tabText(i))) && ok;
                        }
                    }
                    // Its registered result, as the preview shows the stored PDF's pages (issue 7).
                    if (auto* issued = card->issuedDocuments(); issued && !issued->documents().isEmpty()) {
                        if (ui::DocumentPreviewDialog* preview = issued->openDocument(0)) {
                            preview->resize(900, 820);
                            ok = save(preview, directory, u"document-preview"_s) && ok;
                            preview->close();
                        }
                    }
                    card->close();
                }
            }
        }
        core::Database::close(connection);
    }
    return ok ? 0 : 1;
}
