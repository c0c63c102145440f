#include "documents/DocumentIssuer.h"

#include "documents/DocumentRenderer.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace ruqsat::core {

namespace {

const QString columns = u"registration_number, case_id, kind, language, signer, data -> 'signer' ->> 'full_name', "
                        "signed_at, verification_code, data::text, sha256"_s;

QJsonObject parseObject(const QString& text) {
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace

DocumentIssuer::DocumentIssuer(QString connectionName)
    : m_connectionName(std::move(connectionName)) {}

QSqlDatabase DocumentIssuer::db() const {
    return QSqlDatabase::database(m_connectionName, false);
}

QString DocumentIssuer::sha256Hex(const QByteArray& bytes) {
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

Result<IssuedDocument> DocumentIssuer::read(const QString& where, const QVariant& key, bool withPdf) const {
    auto query = Database::execute(db(),
                                   u"SELECT "_s + columns + (withPdf ? u", pdf"_s : u", NULL::bytea"_s) +
                                       u" FROM ruqsat.issued_document WHERE "_s + where,
                                   {key});
    if (!query)
        return query.error();
    if (!query->next()) {
        return makeError(
            ErrorCode::NotFound, u"unknown_document"_s,
            QCoreApplication::translate("DocumentIssuer", "There is no issued document %1.").arg(key.toString()));
    }
    IssuedDocument d;
    d.registrationNumber = query->value(0).toString();
    d.caseId = query->value(1).toLongLong();
    d.kind = documentKindFromName(query->value(2).toString()).value_or(DocumentKind::Permit);
    d.language = query->value(3).toString();
    d.signer = query->value(4).toString();
    d.signerName = query->value(5).toString();
    d.signedAt = instantFromDateTime(query->value(6).toDateTime());
    d.verificationCode = query->value(7).toString();
    d.data = parseObject(query->value(8).toString());
    d.sha256 = query->value(9).toString();
    d.pdf = query->value(10).toByteArray();
    return d;
}

Result<IssuedDocument> DocumentIssuer::document(const QString& registrationNumber) const {
    return read(u"registration_number = ?"_s, registrationNumber, true);
}

Result<QList<IssuedDocument>> DocumentIssuer::documentsOfCase(qint64 caseId) const {
    auto query = Database::execute(
        db(), u"SELECT registration_number FROM ruqsat.issued_document WHERE case_id = ? ORDER BY signed_at"_s,
        {caseId});
    if (!query)
        return query.error();
    QStringList numbers;
    while (query->next())
        numbers.append(query->value(0).toString());
    QList<IssuedDocument> documents;
    for (const QString& number : std::as_const(numbers)) {
        auto one = read(u"registration_number = ?"_s, number, false);
        if (!one)
            return one.error();
        documents.append(std::move(one).value());
    }
    return documents;
}

Result<IssuedDocument> DocumentIssuer::store(IssuedDocument document, const QString& language) const {
    const QString chosen = language.isEmpty() ? document.language : language;
    if (!DocumentRenderer::isLanguage(chosen)) {
        return makeError(ErrorCode::InvalidArgument, u"invalid_language"_s,
                         QCoreApplication::translate("DocumentIssuer", "The document's language is ru or kk."));
    }
    auto pdf = DocumentRenderer::pdf({document.kind, document.data, chosen, false});
    if (!pdf)
        return pdf.error();
    auto stored = Database::execute(db(), u"SELECT ruqsat.store_document_pdf(?, ?, ?)"_s,
                                    {document.registrationNumber, chosen, pdf.value()});
    if (!stored) {
        // Only the signer's own signing transaction or an administrator stores (0008, store_document_pdf):
        // anyone else sees the document rendered from its frozen data, not as the registered file.
        if (stored.error().reason == u"wrong_role"_s) {
            return makeError(ErrorCode::PermissionDenied, u"document_not_stored"_s,
                             QCoreApplication::translate("DocumentIssuer",
                                                         "The PDF of document %1 is not stored yet; only an "
                                                         "administrator can store it (ruqsat-admin document export).")
                                 .arg(document.registrationNumber));
        }
        return stored.error();
    }
    if (!stored->next())
        return makeError(ErrorCode::Internal, u"not_stored"_s, u"store_document_pdf returned nothing."_s);
    document.sha256 = stored->value(0).toString();
    document.pdf = pdf.value();
    document.language = chosen;
    return document;
}

Result<DocumentIssuer::Signed> DocumentIssuer::sign(qint64 caseId, qint64 expectedVersion, const QUuid& clientActionId,
                                                    const QString& language, const QString& certificateSerial) const {
    if (!DocumentRenderer::isLanguage(language)) {
        return makeError(ErrorCode::InvalidArgument, u"invalid_language"_s,
                         QCoreApplication::translate("DocumentIssuer", "The document's language is ru or kk."));
    }
    // One transaction: the signature, the number, the frozen data and the stored PDF commit together.
    Transaction transaction(db());
    if (!transaction.begun())
        return transaction.begun().error();
    auto query = Database::execute(
        db(), u"SELECT ruqsat.sign_result(?::uuid, ?, ?, ?, ?)::text"_s,
        {clientActionId.toString(QUuid::WithoutBraces), caseId, expectedVersion, certificateSerial, QString()});
    if (!query)
        return query.error();
    if (!query->next())
        return makeError(ErrorCode::Internal, u"no_event"_s, u"The SQL API returned no event."_s);
    const QJsonObject json = parseObject(query->value(0).toString());
    auto event = Event::fromJson(json);
    if (!event)
        return event.error();
    const qint64 signedCase = json.value(u"case_id"_s).toInteger();
    auto document = read(u"case_id = ?"_s, signedCase, true);
    if (!document)
        return document.error();
    IssuedDocument issued = std::move(document).value();
    if (!issued.hasPdf()) {
        // A retry under the client action id of a signature made earlier without a PDF (another client)
        // returns that signature: this transaction did not sign, so it may not store (0008); the document
        // stays unstored rather than the retry failing.
        auto signedHere = Database::execute(
            db(),
            u"SELECT signing_xact = pg_current_xact_id() FROM ruqsat.issued_document WHERE registration_number = ?"_s,
            {issued.registrationNumber});
        if (!signedHere)
            return signedHere.error();
        if (signedHere->next() && signedHere->value(0).toBool()) {
            auto stored = store(std::move(issued), language);
            if (!stored)
                return stored.error();
            issued = std::move(stored).value();
        }
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return Signed{CaseStore::Performed{signedCase, std::move(event).value()}, std::move(issued)};
}

Result<IssuedDocument> DocumentIssuer::ensureStored(const QString& registrationNumber, const QString& language) const {
    auto existing = document(registrationNumber);
    if (!existing || existing->hasPdf())
        return existing;
    {
        Transaction transaction(db());
        if (!transaction.begun())
            return transaction.begun().error();
        auto stored = store(std::move(existing).value(), language);
        if (stored) {
            if (auto committed = transaction.commit(); !committed)
                return committed.error();
        } else if (stored.error().reason != u"document_stored"_s) {
            return stored.error();
        }
        // else a concurrent first use stored its rendering first (other bytes are refused): that one is the
        // document, read below after this transaction rolled back.
    }
    return document(registrationNumber);
}

Result<std::optional<DocumentVerification>> DocumentIssuer::lookUp(const QString& sql,
                                                                   const QVariantList& values) const {
    auto query = Database::execute(db(), sql, values);
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<DocumentVerification>();
    DocumentVerification v;
    v.registrationNumber = query->value(0).toString();
    v.caseId = query->value(1).toLongLong();
    v.kind = query->value(2).toString();
    v.language = query->value(3).toString();
    v.signer = query->value(4).toString();
    v.signerName = query->value(5).toString();
    v.signedAt = instantFromDateTime(query->value(6).toDateTime());
    return std::optional<DocumentVerification>(v);
}

Result<std::optional<DocumentVerification>> DocumentIssuer::verify(const QByteArray& fileBytes) const {
    return lookUp(u"SELECT registration_number, case_id, kind, language, signer, signer_name, signed_at "
                  "FROM ruqsat.find_issued_document(?)"_s,
                  {sha256Hex(fileBytes)});
}

Result<std::optional<DocumentVerification>> DocumentIssuer::verifyCode(const QString& registrationNumber,
                                                                       const QString& code) const {
    return lookUp(u"SELECT registration_number, case_id, kind, language, signer, signer_name, signed_at "
                  "FROM ruqsat.find_issued_document_by_code(?, ?)"_s,
                  {registrationNumber.trimmed(), code.trimmed()});
}

Result<QJsonObject> DocumentIssuer::caseData(qint64 caseId) const {
    auto query = Database::execute(db(), u"SELECT ruqsat.document_data(?)::text"_s, {caseId});
    if (!query)
        return query.error();
    if (!query->next())
        return makeError(ErrorCode::Internal, u"no_data"_s, u"document_data returned nothing."_s);
    return parseObject(query->value(0).toString());
}

} // namespace ruqsat::core
