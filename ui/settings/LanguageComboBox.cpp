#include "settings/LanguageComboBox.h"

namespace ruqsat::ui {

LanguageComboBox::LanguageComboBox(QWidget* parent)
    : QComboBox(parent) {
    setObjectName(QStringLiteral("languageCombo"));
    // Each language in its own name: they need no retranslation.
    for (LanguageManager::Language language : LanguageManager::languages())
        addItem(LanguageManager::nativeName(language), LanguageManager::code(language));
    setLanguage(LanguageManager::instance().current());
}

LanguageManager::Language LanguageComboBox::language() const {
    return LanguageManager::fromCode(currentData().toString()).value_or(LanguageManager::Language::Russian);
}

void LanguageComboBox::setLanguage(LanguageManager::Language language) {
    setCurrentIndex(findData(LanguageManager::code(language)));
}

} // namespace ruqsat::ui
