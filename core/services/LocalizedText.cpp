#include "services/LocalizedText.h"

using namespace Qt::StringLiterals;

namespace ruqsat::core {

QString LocalizedText::text(const QString& language) const {
    if (language.startsWith(u"kk"_s) && !kk.isEmpty())
        return kk;
    if (language.startsWith(u"en"_s) && !en.isEmpty())
        return en;
    return ru;
}

} // namespace ruqsat::core
