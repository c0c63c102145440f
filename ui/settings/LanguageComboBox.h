#pragma once

#include "common/LanguageManager.h"

#include <QComboBox>

namespace ruqsat::ui {

// The list of the program's languages, each in its own name, showing the current one. Used by the
// settings and by the sign-in form.
class LanguageComboBox : public QComboBox {
    Q_OBJECT
public:
    explicit LanguageComboBox(QWidget* parent = nullptr);

    LanguageManager::Language language() const;
    void setLanguage(LanguageManager::Language language);
};

} // namespace ruqsat::ui
