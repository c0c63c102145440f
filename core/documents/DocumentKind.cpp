#include "documents/DocumentKind.h"

#include <array>

using namespace Qt::StringLiterals;

namespace ruqsat::core {

namespace {

constexpr std::array kinds{DocumentKind::Permit, DocumentKind::Extract, DocumentKind::Refusal,
                           DocumentKind::AcceptanceReceipt, DocumentKind::IntakeRefusalReceipt};

} // namespace

QString documentKindName(DocumentKind kind) {
    switch (kind) {
    case DocumentKind::Permit:
        return u"permit"_s;
    case DocumentKind::Extract:
        return u"extract"_s;
    case DocumentKind::Refusal:
        return u"refusal"_s;
    case DocumentKind::AcceptanceReceipt:
        return u"receipt-acceptance"_s;
    case DocumentKind::IntakeRefusalReceipt:
        return u"receipt-refusal"_s;
    }
    return {};
}

std::optional<DocumentKind> documentKindFromName(const QString& name) {
    for (DocumentKind kind : kinds) {
        if (documentKindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

bool isRegistered(DocumentKind kind) {
    return kind == DocumentKind::Permit || kind == DocumentKind::Extract || kind == DocumentKind::Refusal;
}

DocumentKind resultKindFor(bool refused, const QString& serviceCode) {
    if (refused)
        return DocumentKind::Refusal;
    return serviceCode == QLatin1String("E") ? DocumentKind::Extract : DocumentKind::Permit;
}

} // namespace ruqsat::core
