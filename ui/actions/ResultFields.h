#pragma once

#include "workflow/Case.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ruqsat::ui {

// The fields of the result document as the specialist fills them in (domain.md, "Permit fields
// (suggested)" and "Account record / extract fields (suggested)"), stored as the decision's result
// fields under these keys, and the words the screens show for them.
class ResultFields {
    Q_DECLARE_TR_FUNCTIONS(ResultFields)

public:
    struct Field {
        QString key;
        QString label;
    };

    // The permit's fields for "P", the extract's for "E"; none for an unknown service.
    static QList<Field> forService(const QString& serviceCode);
    // Values the case already knows (applicants, object data), to start the form with.
    static QString suggestion(const core::Case& state, const QString& key);
    // The label of a key, else the key itself.
    static QString label(const QString& key);
    // The decision as lines of text, for the head who signs it and for the card.
    static QStringList describe(const core::Decision& decision, const QString& serviceCode,
                                const QList<std::pair<QString, QString>>& groundTexts);
};

} // namespace ruqsat::ui
