#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace ruqsat::core {

// The kinds of file a checklist document may be attached as: scans and electronic copies.
enum class MediaType { Pdf, Jpeg, Png, Tiff };

// "application/pdf", "image/jpeg", "image/png", "image/tiff" (what ruqsat.attachment stores).
QString mediaTypeName(MediaType type);
std::optional<MediaType> mediaTypeFromName(const QString& name);
// The type the leading bytes show (magic numbers), whatever the file is called; none for anything else
// (an .exe renamed to .pdf, a Word document, a text file).
std::optional<MediaType> sniffMediaType(const QByteArray& content);
// The file extension of a type, with its dot: ".pdf", ".jpg", ".png", ".tif".
QString mediaTypeExtension(MediaType type);
// The name to give a local copy of an attached file: the stored name's base (without its extension,
// reduced to letters, digits, spaces and "-_()", at most 100 characters, "attachment" when nothing is
// left) with the extension of `type`, the type its bytes were checked to be. The stored name is the
// applicant's: "x.html" holding a PDF must open as a PDF, never in a browser.
QString localFileName(const QString& storedName, MediaType type);

// A file ready to attach: checked, its type sniffed and its SHA-256 computed.
struct AttachmentFile {
    QString fileName; // without folders
    QByteArray content;
    MediaType mediaType = MediaType::Pdf;
    QString sha256; // lowercase hex
};

// The rules for an attached file, the same as the SQL API's (ruqsat.attach_document in
// resources/migrations/0007_attachments.sql checks them again): so the form can say at once what is
// wrong with a file instead of after an upload. Reasons: invalid_file_name, empty_file,
// file_too_large, unsupported_file_type (and file_unreadable for a file on disk).
class AttachmentValidator {
public:
    // 20 MiB: the CHECK of ruqsat.attachment.size_bytes (0004_cases.sql).
    static constexpr qint64 maxSizeBytes = 20 * 1024 * 1024;
    static constexpr int maxFileNameLength = 255;

    static Status checkFileName(const QString& fileName);
    static Status checkSize(qint64 sizeBytes);
    // Name, size and type, from the bytes.
    static Result<AttachmentFile> check(const QString& fileName, const QByteArray& content);
    // Reads a file from disk (refusing one over the limit before reading it) and checks it; the name
    // kept is the file's own, without its folder.
    static Result<AttachmentFile> read(const QString& path);

    // The translated sentence for a reason of these rules (also the SQL API's refusals of them), or an
    // empty string for another reason.
    static QString message(const QString& reason);
    static QString sha256Hex(const QByteArray& content);
};

} // namespace ruqsat::core
