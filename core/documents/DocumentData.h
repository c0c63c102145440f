#pragma once

#include "documents/DocumentKind.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace ruqsat::core {

// Turns a document's data (ruqsat.document_data: frozen in ruqsat.issued_document when the result is
// signed, read live for a draft or a receipt) into what a template sees: every text in the document's
// language, dates as the document prints them, lists numbered. Pure: the same data and language give
// the same view.
class DocumentData {
public:
    // `language` "ru" or "kk". `draft`: a result not yet signed (no number, marked as a draft).
    static QJsonObject view(DocumentKind kind, const QJsonObject& data, const QString& language, bool draft = false);

    // The State Corporation's receipt a case has (domain.md, "The State Corporation channel"): of refusal
    // to accept for a package refused at intake, else of acceptance; none for a portal case.
    static std::optional<DocumentKind> receiptKind(const QJsonObject& data);

    // The result kind the data describes ("permit", "extract", "refusal").
    static DocumentKind resultKind(const QJsonObject& data);

    // What the QR code holds: the registration number and the verification code, which together find
    // the record (ruqsat.find_issued_document_by_code) even from a paper copy.
    static QString verificationPayload(const QString& registrationNumber, const QString& code);

    // A receipt's code ("receipt code" on the paper): the first 16 hex digits of SHA-256 over the receipt
    // kind, the case and the moment of receipt. Receipts are not registered here (see DocumentKind.h) and
    // nothing verifies this code: anyone who knows the case and the time can compute it, so it is only a
    // reference that ties a paper receipt to its case, never proof that the receipt is genuine.
    static QString receiptCode(DocumentKind kind, const QJsonObject& data);
    // What a receipt's QR code holds: "RUQSAT-RECEIPT:<case>:<receipt code>", to find the case.
    static QString receiptPayload(const QString& caseNumber, const QString& code);
};

} // namespace ruqsat::core
