#include "login/LoginDialog.h"

#include "ui_LoginDialog.h"

#include "common/LanguageManager.h"
#include "settings/LanguageComboBox.h"
#include "store/Database.h"
#include "store/StaffLogin.h"

#include <QApplication>
#include <QEvent>
#include <QPushButton>
#include <QSettings>

namespace ruqsat::ui {

namespace {

const QString modeKey = QStringLiteral("login/mode");
const QString serverKey = QStringLiteral("login/server");
const QString userKey = QStringLiteral("login/user");

// Restores the cursor however the sign-in ends.
class WaitCursor {
public:
    WaitCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QApplication::restoreOverrideCursor(); }
    WaitCursor(const WaitCursor&) = delete;
    WaitCursor& operator=(const WaitCursor&) = delete;
};

} // namespace

LoginDialog::LoginDialog(Options options, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::LoginDialog>())
    , m_options(std::move(options)) {
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("loginDialog"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setDefault(true);
    m_languageLabel = new QLabel(this);
    m_languageCombo = new LanguageComboBox(this);
    m_languageLabel->setBuddy(m_languageCombo);
    m_ui->accountLayout->addRow(m_languageLabel, m_languageCombo);
    connect(m_languageCombo, &QComboBox::activated, this,
            [this] { LanguageManager::instance().switchTo(this, m_languageCombo->language()); });
    connect(&LanguageManager::instance(), &LanguageManager::languageChanged, m_languageCombo,
            &LanguageComboBox::setLanguage);
    clearErrors();

    const QSettings* settings = m_options.settings;
    const QString rememberedServer = settings ? settings->value(serverKey).toString() : QString();
    const QString rememberedUser = settings ? settings->value(userKey).toString() : QString();
    const bool rememberedEmbedded = !settings || settings->value(modeKey).toString() != QLatin1String("server");

    m_ui->serverEdit->setText(m_options.serverFixed || rememberedServer.isEmpty() ? m_options.server
                                                                                  : rememberedServer);
    m_ui->userEdit->setText(rememberedUser.isEmpty() ? m_options.user : rememberedUser);

    const bool embeddedAvailable = m_options.embedded.has_value();
    m_ui->embeddedRadio->setEnabled(embeddedAvailable);
    retranslate();
    const bool embedded =
        embeddedAvailable && (rememberedEmbedded || m_ui->serverEdit->text().isEmpty()) && !m_options.serverFixed;
    (embedded ? m_ui->embeddedRadio : m_ui->serverRadio)->setChecked(true);
    updateMode();

    connect(m_ui->embeddedRadio, &QRadioButton::toggled, this, &LoginDialog::updateMode);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &LoginDialog::signIn);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Typing again makes the old complaint about that field go away.
    connect(m_ui->serverEdit, &QLineEdit::textEdited, m_ui->serverError, &QLabel::clear);
    connect(m_ui->userEdit, &QLineEdit::textEdited, m_ui->userError, &QLabel::clear);
    connect(m_ui->passwordEdit, &QLineEdit::textEdited, m_ui->passwordError, &QLabel::clear);

    if (m_ui->userEdit->text().isEmpty())
        m_ui->userEdit->setFocus(Qt::OtherFocusReason);
    else
        m_ui->passwordEdit->setFocus(Qt::OtherFocusReason);
}

LoginDialog::~LoginDialog() = default;

void LoginDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

// The form's words only: the server, user and password typed stay, and so do the complaints shown
// (already written in the language of the moment they were made).
void LoginDialog::retranslate() {
    m_ui->retranslateUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Sign in"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    m_languageLabel->setText(tr("&Language:"));
    m_languageCombo->setAccessibleName(tr("Language"));
    if (!m_options.embedded.has_value()) {
        m_ui->embeddedRadio->setToolTip(tr("Ruqsat runs on an office server; start it without --db to use the "
                                           "embedded database."));
    } else if (!m_options.embeddedDescription.isEmpty()) {
        m_ui->embeddedRadio->setToolTip(m_options.embeddedDescription);
    }
}

void LoginDialog::updateMode() {
    m_ui->serverEdit->setEnabled(m_ui->serverRadio->isChecked());
    m_ui->serverError->clear();
}

void LoginDialog::clearErrors() {
    m_ui->serverError->clear();
    m_ui->userError->clear();
    m_ui->passwordError->clear();
}

QString LoginDialog::errorText(const QString& field) const {
    if (field == QLatin1String("server"))
        return m_ui->serverError->text();
    if (field == QLatin1String("user"))
        return m_ui->userError->text();
    if (field == QLatin1String("password"))
        return m_ui->passwordError->text();
    return {};
}

void LoginDialog::showError(const core::Error& error) {
    const QString& reason = error.reason;
    QLabel* label = m_ui->serverError;
    QWidget* focus = m_ui->embeddedRadio->isChecked() ? static_cast<QWidget*>(m_ui->embeddedRadio)
                                                      : static_cast<QWidget*>(m_ui->serverEdit);
    if (reason == QLatin1String("missing_user") || reason == QLatin1String("account_disabled") ||
        reason == QLatin1String("not_staff")) {
        label = m_ui->userError;
        focus = m_ui->userEdit;
    } else if (reason == QLatin1String("missing_password") || reason == QLatin1String("wrong_password")) {
        label = m_ui->passwordError;
        focus = m_ui->passwordEdit;
    }
    label->setText(error.message);
    focus->setFocus(Qt::OtherFocusReason);
    if (focus == m_ui->passwordEdit)
        m_ui->passwordEdit->selectAll();
}

void LoginDialog::remember(bool embedded, const QString& server, const QString& user) {
    if (!m_options.settings)
        return;
    m_options.settings->setValue(modeKey, embedded ? QStringLiteral("embedded") : QStringLiteral("server"));
    if (!embedded)
        m_options.settings->setValue(serverKey, server);
    m_options.settings->setValue(userKey, user);
    m_options.settings->sync();
}

void LoginDialog::signIn() {
    clearErrors();
    const bool embedded = m_ui->embeddedRadio->isChecked();
    const QString serverText = m_ui->serverEdit->text().trimmed();
    const QString user = m_ui->userEdit->text().trimmed();

    core::ConnectionSettings server;
    if (embedded) {
        server = m_options.embedded->withoutKey(QStringLiteral("password"));
    } else {
        if (serverText.isEmpty()) {
            showError(core::makeError(core::ErrorCode::InvalidArgument, QStringLiteral("invalid_server"),
                                      tr("Enter the office server's connection, e.g. \"host=server dbname=ruqsat\".")));
            return;
        }
        auto parsed = core::ConnectionSettings::parse(serverText);
        if (!parsed) {
            showError(core::makeError(core::ErrorCode::InvalidArgument, QStringLiteral("invalid_server"),
                                      parsed.error().message));
            return;
        }
        // The typed user and password are the account: none from the connection string.
        server = parsed->withoutKey(QStringLiteral("password"));
    }

    const WaitCursor wait;
    auto actor = core::StaffLogin::signIn(server, user, m_ui->passwordEdit->text(), m_options.connectionName);
    if (!actor) {
        showError(actor.error());
        return;
    }
    auto workspace = core::WorkspaceLoader::load(m_options.connectionName);
    if (!workspace) {
        core::Database::close(m_options.connectionName);
        showError(workspace.error());
        return;
    }
    m_workspace = std::move(workspace).value();
    m_usedEmbedded = embedded;
    m_databaseDescription = embedded ? m_options.embeddedDescription : server.describe();
    remember(embedded, serverText, user);
    accept();
}

} // namespace ruqsat::ui
