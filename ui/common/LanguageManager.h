#pragma once

#include <QList>
#include <QLocale>
#include <QObject>
#include <QString>

#include <optional>

class QTranslator;

class QWidget;

namespace ruqsat::ui {

// The language of the screens (issue 8, part 4): Russian (the default of a new installation), Kazakh or
// English, switched while the program runs. Installs our catalogue from the resources
// (:/i18n/ruqsat_<code>.qm) and Qt's own (qtbase_<code>, when the system has it) and sets the default
// QLocale, so dates and numbers follow; Qt then sends every widget QEvent::LanguageChange and each one
// retranslates itself, keeping what the user typed. English needs no catalogue: it is the source text.
// The choice is kept in the user's settings (QSettings, IniFormat, UserScope, "Ruqsat"/"ruqsat").
class LanguageManager : public QObject {
    Q_OBJECT
public:
    enum class Language { Russian, Kazakh, English };
    Q_ENUM(Language)

    // The one of this application (created on first use, owned by the application object).
    static LanguageManager& instance();

    static QList<Language> languages();
    static QString code(Language language); // "ru", "kk", "en"
    static std::optional<Language> fromCode(const QString& code);
    // The language's own name ("Русский", "Қазақша", "English"): what a user looks for in the list
    // whatever the language shown now.
    static QString nativeName(Language language);
    // The locale dates and numbers are written in for that language.
    static QLocale locale(Language language);

    // The language kept in the settings; Russian when none was chosen yet.
    static Language savedLanguage();

    // Where the catalogues ruqsat_<code>.qm are looked for: the program's resources (":/i18n") unless a
    // test points elsewhere.
    static void setCatalogueLocation(const QString& location);
    static QString catalogueLocation();

    Language current() const { return m_current; }
    // Whether our catalogue for the current language was loaded (always true for English).
    bool catalogueLoaded() const { return m_catalogueLoaded; }

public Q_SLOTS:
    // Switches the screens to `language` now and remembers it; false when our catalogue for it could
    // not be loaded (the screens then show English, the source text).
    bool setLanguage(ruqsat::ui::LanguageManager::Language language);
    // Applies the saved language (at start, before the first window).
    bool applySaved();

public:
    // setLanguage() for a user's choice on `parent`: when the catalogue cannot be loaded, says so (the
    // screens then show English) instead of switching silently.
    bool switchTo(QWidget* parent, ruqsat::ui::LanguageManager::Language language);

Q_SIGNALS:
    void languageChanged(ruqsat::ui::LanguageManager::Language language);

private:
    explicit LanguageManager(QObject* parent);
    bool install(Language language);
    void removeTranslators();

    Language m_current = Language::English; // nothing installed yet: the source texts
    bool m_catalogueLoaded = true;
    QList<QTranslator*> m_translators;
};

} // namespace ruqsat::ui
