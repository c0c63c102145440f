#pragma once

#include <QString>

namespace ruqsat::core {

// A text in the three languages of an office installation: Russian (the default), Kazakh, English.
struct LocalizedText {
    QString ru;
    QString kk;
    QString en;

    // The text in `language` ("ru", "kk", "en"; a locale name such as "kk_KZ" works too), falling
    // back to Russian, the default language of an office installation.
    QString text(const QString& language) const;

    friend bool operator==(const LocalizedText&, const LocalizedText&) = default;
};

} // namespace ruqsat::core
