#include "common/LanguageManager.h"

#include "common/MessageBox.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace ruqsat::ui {

namespace {

const QString languageKey = QStringLiteral("ui/language");

QString& catalogueDirectory() {
    static QString directory = QStringLiteral(":/i18n");
    return directory;
}

QSettings userSettings() {
    return QSettings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("Ruqsat"), QStringLiteral("ruqsat"));
}

} // namespace

LanguageManager& LanguageManager::instance() {
    static LanguageManager* manager = nullptr;
    if (manager == nullptr) {
        manager = new LanguageManager(QCoreApplication::instance());
        // The application object deletes it; a later application (tests) gets a new one.
        QObject::connect(manager, &QObject::destroyed, [] { manager = nullptr; });
    }
    return *manager;
}

LanguageManager::LanguageManager(QObject* parent)
    : QObject(parent) {}

QList<LanguageManager::Language> LanguageManager::languages() {
    return {Language::Russian, Language::Kazakh, Language::English};
}

QString LanguageManager::code(Language language) {
    switch (language) {
    case Language::Russian:
        return QStringLiteral("ru");
    case Language::Kazakh:
        return QStringLiteral("kk");
    case Language::English:
        return QStringLiteral("en");
    }
    return QStringLiteral("ru");
}

std::optional<LanguageManager::Language> LanguageManager::fromCode(const QString& code) {
    for (Language language : languages()) {
        if (LanguageManager::code(language) == code)
            return language;
    }
    return std::nullopt;
}

QString LanguageManager::nativeName(Language language) {
    switch (language) {
    case Language::Russian:
        return QStringLiteral("Русский");
    case Language::Kazakh:
        return QStringLiteral("Қазақша");
    case Language::English:
        return QStringLiteral("English");
    }
    return {};
}

QLocale LanguageManager::locale(Language language) {
    // The offices are in Kazakhstan: Russian and Kazakh as written there; English with day-first dates.
    switch (language) {
    case Language::Russian:
        return QLocale(QLocale::Russian, QLocale::Kazakhstan);
    case Language::Kazakh:
        return QLocale(QLocale::Kazakh, QLocale::Kazakhstan);
    case Language::English:
        return QLocale(QLocale::English, QLocale::UnitedKingdom);
    }
    return QLocale(QLocale::Russian, QLocale::Kazakhstan);
}

void LanguageManager::setCatalogueLocation(const QString& location) {
    catalogueDirectory() = location;
}

QString LanguageManager::catalogueLocation() {
    return catalogueDirectory();
}

LanguageManager::Language LanguageManager::savedLanguage() {
    // Russian is the language of an office installation (issue 8): a new one starts in it.
    return fromCode(userSettings().value(languageKey).toString()).value_or(Language::Russian);
}

bool LanguageManager::applySaved() {
    return setLanguage(savedLanguage());
}

bool LanguageManager::switchTo(QWidget* parent, Language language) {
    if (setLanguage(language))
        return true;
    MessageBox::error(
        parent, tr("Language"),
        tr("The %1 translation could not be loaded; the screens show English.").arg(nativeName(language)));
    return false;
}

bool LanguageManager::setLanguage(Language language) {
    {
        QSettings settings = userSettings();
        settings.setValue(languageKey, code(language));
    }
    if (language == m_current && !m_translators.isEmpty() == (language != Language::English))
        return m_catalogueLoaded;
    const bool loaded = install(language);
    Q_EMIT languageChanged(language);
    return loaded;
}

void LanguageManager::removeTranslators() {
    for (QTranslator* translator : std::as_const(m_translators)) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    m_translators.clear();
}

bool LanguageManager::install(Language language) {
    removeTranslators();
    m_current = language;
    // Before the translators: their LanguageChange makes the screens rewrite dates and numbers too.
    QLocale::setDefault(locale(language));
    m_catalogueLoaded = true;
    if (language == Language::English) {
        // Removing the translators alone sends no LanguageChange when there were none.
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(QCoreApplication::instance(), &change);
        return true;
    }
    // Qt's own texts (standard buttons, context menus) where the system has them: qtbase_ru ships with
    // Debian's qt6-translations-l10n, a Kazakh one does not exist there.
    auto* qt = new QTranslator(this);
    if (qt->load(QStringLiteral("qtbase_") + code(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        m_translators.append(qt);
    } else {
        delete qt;
    }
    auto* ours = new QTranslator(this);
    if (ours->load(QStringLiteral("ruqsat_") + code(language), catalogueDirectory())) {
        QCoreApplication::installTranslator(ours);
        m_translators.append(ours);
    } else {
        delete ours;
        m_catalogueLoaded = false;
    }
    if (m_translators.isEmpty()) {
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(QCoreApplication::instance(), &change);
    }
    return m_catalogueLoaded;
}

} // namespace ruqsat::ui
