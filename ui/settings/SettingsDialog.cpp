#include "settings/SettingsDialog.h"

#include "common/LanguageManager.h"
#include "settings/LanguageComboBox.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ruqsat::ui {

SettingsDialog::SettingsDialog(QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("settingsDialog"));
    m_language = new LanguageComboBox(this);
    m_languageLabel = new QLabel(this);
    m_languageLabel->setBuddy(m_language);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto* form = new QFormLayout;
    form->addRow(m_languageLabel, m_language);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    retranslate();
}

void SettingsDialog::accept() {
    LanguageManager::instance().switchTo(this, m_language->language());
    QDialog::accept();
}

void SettingsDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SettingsDialog::retranslate() {
    setWindowTitle(tr("Settings"));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setAccessibleName(tr("Language"));
    m_hint->setText(tr("The screens change language at once; what you have typed in open forms stays."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("OK"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

} // namespace ruqsat::ui
