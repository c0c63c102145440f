#pragma once

#include "store/ConnectionSettings.h"
#include "store/Workspace.h"

#include <QDialog>

#include <memory>
#include <optional>

class QLabel;
class QSettings;

namespace Ui {
class LoginDialog;
}

namespace ruqsat::ui {

class LanguageComboBox;

// Sign-in: the office server (a libpq connection string) or the embedded database, the user and the
// password. Remembers the last server and user (never the password) in the given settings. A failure
// is explained next to the field it concerns (server down or refused: the server; unknown or disabled
// account: the user; wrong password: the password) and nothing else happens: the input stays as typed.
// The language can be chosen here too; switching it keeps everything typed.
// On success the connection `connectionName` is open as that user and workspace() holds what the
// session needs.
class LoginDialog : public QDialog {
    Q_OBJECT
public:
    struct Options {
        QString connectionName;
        // The embedded server of this program, as the superuser connects to it (user and password are
        // replaced by the ones typed); none when the program runs on an office server only.
        std::optional<core::ConnectionSettings> embedded;
        QString embeddedDescription;
        // The office server to offer; `serverFixed` (it came from the command line) makes it win over
        // the remembered one.
        QString server;
        bool serverFixed = false;
        QString user;                  // to offer when none is remembered (e.g. the command line's)
        QSettings* settings = nullptr; // may be null: nothing remembered
    };

    explicit LoginDialog(Options options, QWidget* parent = nullptr);
    ~LoginDialog() override;

    // After a successful sign-in.
    std::shared_ptr<const core::Workspace> workspace() const { return m_workspace; }
    bool usedEmbedded() const { return m_usedEmbedded; }
    // Where the session works, for people (no password).
    QString databaseDescription() const { return m_databaseDescription; }

    // The error shown next to a field ("server", "user", "password"); empty when none.
    QString errorText(const QString& field) const;

public Q_SLOTS:
    // What the Sign in button does: tries, and accepts the dialog only when it worked.
    void signIn();

    // The language list of the form (switches the whole program at once).
    LanguageComboBox* languageCombo() const { return m_languageCombo; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateMode();
    void clearErrors();
    void showError(const core::Error& error);
    void remember(bool embedded, const QString& server, const QString& user);

    std::unique_ptr<Ui::LoginDialog> m_ui;
    Options m_options;
    std::shared_ptr<const core::Workspace> m_workspace;
    bool m_usedEmbedded = false;
    QString m_databaseDescription;
    QLabel* m_languageLabel = nullptr;
    LanguageComboBox* m_languageCombo = nullptr;
};

} // namespace ruqsat::ui
