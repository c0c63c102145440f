#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;

namespace ruqsat::ui {

class LanguageComboBox;

// The user's settings of this workstation: for now the language of the screens (issue 8, part 4),
// applied when the dialog is accepted, without a restart and without touching any open form's input.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget* parent = nullptr);

    LanguageComboBox* languageCombo() const { return m_language; }

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    LanguageComboBox* m_language = nullptr;
    QLabel* m_languageLabel = nullptr;
    QLabel* m_hint = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace ruqsat::ui
