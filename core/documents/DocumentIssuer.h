#pragma once

#include "common/Instant.h"
#include "common/Result.h"
#include "documents/DocumentKind.h"
#include "store/CaseStore.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QUuid>

#include <optional>

namespace ruqsat::core {

// A registered result document as ruqsat.issued_document holds it (resources/migrations/0008).
struct IssuedDocument {
    QString registrationNumber;
    qint64 caseId = 0;
    DocumentKind kind = DocumentKind::Permit;
    QString language; // of the stored PDF
    QString signer;   // login
    QString signerName;
    Instant signedAt;
    QString verificationCode;
    QJsonObject data; // frozen at signing
    QByteArray pdf;   // empty until stored
    QString sha256;   // of pdf, hex

    bool hasPdf() const { return !pdf.isEmpty(); }
    // Whether the PDF is stored, also when it was read without its bytes (documentsOfCase).
    bool isStored() const { return !sha256.isEmpty(); }
};

// What a file's hash was issued as (ruqsat.find_issued_document).
struct DocumentVerification {
    QString registrationNumber;
    qint64 caseId = 0;
    QString kind;
    QString language;
    QString signer;
    QString signerName;
    Instant signedAt;
};

// Signs results with their document, and reads, stores and verifies issued documents, on one named
// connection with the caller's rights. Signing is one transaction: ruqsat.sign_result (the database
// assigns the registration number and freezes the data), the PDF rendered from that frozen data, and
// ruqsat.store_document_pdf; if any part fails nothing is signed and no number is used. A result signed
// without a PDF (the demo seeder, another client) is stored later by an administrator only
// (ensureStored through ruqsat-admin document export); other users see it rendered from its frozen data.
class DocumentIssuer {
public:
    explicit DocumentIssuer(QString connectionName);

    struct Signed {
        CaseStore::Performed performed;
        IssuedDocument document;
    };
    // The head signs case `caseId` at `expectedVersion`; `language` ("ru"/"kk") of the PDF. A retry under
    // the same `clientActionId` after a lost reply returns the first signature and its document.
    Result<Signed> sign(qint64 caseId, qint64 expectedVersion, const QUuid& clientActionId, const QString& language,
                        const QString& certificateSerial = {}) const;

    // The document with its PDF (if stored); NotFound when it does not exist or is not visible.
    Result<IssuedDocument> document(const QString& registrationNumber) const;
    // The documents of a case (without their PDF bytes), oldest first.
    Result<QList<IssuedDocument>> documentsOfCase(qint64 caseId) const;
    // The document with its PDF, rendering and storing it in `language` first if it has none yet. Storing
    // after the signing transaction is for administrators and the owner only (0008, store_document_pdf):
    // for anyone else an unstored document fails with PermissionDenied, reason "document_not_stored".
    Result<IssuedDocument> ensureStored(const QString& registrationNumber, const QString& language = {}) const;

    // The registration a file's bytes were issued as; nothing when no issued document has that hash.
    Result<std::optional<DocumentVerification>> verify(const QByteArray& fileBytes) const;
    static QString sha256Hex(const QByteArray& bytes);
    // The registration a paper copy's registration number and verification code (its QR code
    // RUQSAT-VERIFY:<number>:<code>) were issued as (ruqsat.find_issued_document_by_code).
    Result<std::optional<DocumentVerification>> verifyCode(const QString& registrationNumber,
                                                           const QString& code) const;

    // ruqsat.document_data of a case as the caller sees it now: for a draft preview and the receipts.
    Result<QJsonObject> caseData(qint64 caseId) const;

private:
    QSqlDatabase db() const;
    Result<std::optional<DocumentVerification>> lookUp(const QString& sql, const QVariantList& values) const;
    Result<IssuedDocument> read(const QString& where, const QVariant& key, bool withPdf) const;
    // Renders and stores the PDF inside the caller's open transaction.
    Result<IssuedDocument> store(IssuedDocument document, const QString& language) const;

    QString m_connectionName;
};

} // namespace ruqsat::core
