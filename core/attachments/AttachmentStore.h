#pragma once

#include "attachments/AttachmentValidator.h"
#include "common/Instant.h"
#include "common/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace ruqsat::core {

// One attached file as the case card lists it: everything but the bytes.
struct AttachmentInfo {
    qint64 id = 0;
    qint64 caseId = 0;
    QString documentCode; // of the case's checklist
    QString fileName;
    QString mediaType; // "application/pdf", ...
    qint64 sizeBytes = 0;
    QString sha256;  // lowercase hex
    QString addedBy; // login
    Instant addedAt;
};

// The files of a case's checklist, kept in the database (ruqsat.attachment) with their SHA-256. Writes go
// through the SQL API (ruqsat.attach_document / detach_document, resources/migrations/0007_attachments.sql),
// which checks the caller (a clerk of the case's office), the step (registration only), the document
// code and the file rules again, and audits each change in the same transaction. Reads go through the
// caller's rights (row-level security: the files of the cases they may see).
class AttachmentStore {
public:
    explicit AttachmentStore(QString connectionName);

    // Checks the file locally (AttachmentValidator), then attaches it in its own transaction; the new
    // attachment's id.
    Result<qint64> attach(qint64 caseId, const QString& documentCode, const QString& fileName,
                          const QByteArray& content) const;
    Result<qint64> attach(qint64 caseId, const QString& documentCode, const AttachmentFile& file) const;
    // Removes a file attached by mistake, before registration.
    Status remove(qint64 attachmentId) const;

    // The case's files, in the order they were attached.
    Result<QList<AttachmentInfo>> list(qint64 caseId) const;
    // The bytes of a file, checked against the stored SHA-256 (attachment_corrupted when they differ).
    Result<QByteArray> content(qint64 attachmentId) const;

private:
    QSqlDatabase db() const;

    QString m_connectionName;
};

} // namespace ruqsat::core
