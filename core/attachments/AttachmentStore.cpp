#include "attachments/AttachmentStore.h"

#include "store/Database.h"

#include <optional>

using namespace Qt::StringLiterals;

namespace ruqsat::core {

namespace {

// The SQL API's refusals of the file rules read as the validator words them, in the user's language.
Error translated(Error error) {
    if (const QString message = AttachmentValidator::message(error.reason); !message.isEmpty())
        error.message = message;
    return error;
}

} // namespace

AttachmentStore::AttachmentStore(QString connectionName)
    : m_connectionName(std::move(connectionName)) {}

QSqlDatabase AttachmentStore::db() const {
    return QSqlDatabase::database(m_connectionName, false);
}

Result<qint64> AttachmentStore::attach(qint64 caseId, const QString& documentCode, const QString& fileName,
                                       const QByteArray& content) const {
    auto file = AttachmentValidator::check(fileName, content);
    if (!file)
        return file.error();
    return attach(caseId, documentCode, file.value());
}

Result<qint64> AttachmentStore::attach(qint64 caseId, const QString& documentCode, const AttachmentFile& file) const {
    if (auto checked = AttachmentValidator::check(file.fileName, file.content); !checked)
        return checked.error();
    // One user action, one short transaction. The query outlives the transaction, so a refused one is
    // freed after the rollback, not inside the aborted transaction.
    std::optional<Result<QSqlQuery>> query;
    Transaction transaction(db());
    if (!transaction.begun())
        return transaction.begun().error();
    query.emplace(
        Database::execute(db(), u"SELECT ruqsat.attach_document(?, ?, ?, ?, ?)"_s,
                          {caseId, documentCode, file.fileName, mediaTypeName(file.mediaType), file.content}));
    if (!*query)
        return translated(query->error());
    if (!(*query)->next())
        return makeError(ErrorCode::Internal, u"no_attachment"_s, u"attach_document returned no row."_s);
    const qint64 id = (*query)->value(0).toLongLong();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return id;
}

Status AttachmentStore::remove(qint64 attachmentId) const {
    std::optional<Result<QSqlQuery>> query;
    Transaction transaction(db());
    if (!transaction.begun())
        return transaction.begun().error();
    query.emplace(Database::execute(db(), u"SELECT ruqsat.detach_document(?)"_s, {attachmentId}));
    if (!*query)
        return translated(query->error());
    return transaction.commit();
}

Result<QList<AttachmentInfo>> AttachmentStore::list(qint64 caseId) const {
    auto query = Database::execute(db(),
                                   u"SELECT id, case_id, document_code, file_name, media_type, size_bytes, sha256, "
                                   "added_by, added_at FROM ruqsat.attachment WHERE case_id = ? ORDER BY id"_s,
                                   {caseId});
    if (!query)
        return query.error();
    QList<AttachmentInfo> found;
    while (query->next()) {
        AttachmentInfo info;
        info.id = query->value(0).toLongLong();
        info.caseId = query->value(1).toLongLong();
        info.documentCode = query->value(2).toString();
        info.fileName = query->value(3).toString();
        info.mediaType = query->value(4).toString();
        info.sizeBytes = query->value(5).toLongLong();
        info.sha256 = query->value(6).toString();
        info.addedBy = query->value(7).toString();
        info.addedAt = instantFromDateTime(query->value(8).toDateTime());
        found.append(info);
    }
    return found;
}

Result<QByteArray> AttachmentStore::content(qint64 attachmentId) const {
    auto query =
        Database::execute(db(), u"SELECT content, sha256 FROM ruqsat.attachment WHERE id = ?"_s, {attachmentId});
    if (!query)
        return query.error();
    if (!query->next())
        return makeError(ErrorCode::NotFound, u"unknown_attachment"_s,
                         AttachmentValidator::message(u"unknown_attachment"_s));
    QByteArray bytes = query->value(0).toByteArray();
    // What is handed to the user is what was attached, or nothing.
    if (AttachmentValidator::sha256Hex(bytes) != query->value(1).toString())
        return makeError(ErrorCode::DataError, u"attachment_corrupted"_s,
                         AttachmentValidator::message(u"attachment_corrupted"_s));
    return bytes;
}

} // namespace ruqsat::core
