#include "attachments/AttachmentValidator.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ruqsat::core {

namespace {

Error refusal(const QString& reason) {
    return makeError(ErrorCode::InvalidArgument, reason, AttachmentValidator::message(reason));
}

bool startsWith(const QByteArray& content, QByteArrayView prefix) {
    return content.startsWith(prefix);
}

} // namespace

QString mediaTypeName(MediaType type) {
    switch (type) {
    case MediaType::Pdf:
        return u"application/pdf"_s;
    case MediaType::Jpeg:
        return u"image/jpeg"_s;
    case MediaType::Png:
        return u"image/png"_s;
    case MediaType::Tiff:
        return u"image/tiff"_s;
    }
    return {};
}

std::optional<MediaType> mediaTypeFromName(const QString& name) {
    for (MediaType type : {MediaType::Pdf, MediaType::Jpeg, MediaType::Png, MediaType::Tiff}) {
        if (mediaTypeName(type) == name)
            return type;
    }
    return std::nullopt;
}

std::optional<MediaType> sniffMediaType(const QByteArray& content) {
    // The signatures ruqsat.sniff_media_type checks too.
    if (startsWith(content, "%PDF-"))
        return MediaType::Pdf;
    if (startsWith(content, "\xFF\xD8\xFF"))
        return MediaType::Jpeg;
    if (startsWith(content, "\x89PNG\r\n\x1A\n"))
        return MediaType::Png;
    if (startsWith(content, QByteArrayView("II*\0", 4)) || startsWith(content, QByteArrayView("MM\0*", 4)))
        return MediaType::Tiff;
    return std::nullopt;
}

QString mediaTypeExtension(MediaType type) {
    switch (type) {
    case MediaType::Pdf:
        return u".pdf"_s;
    case MediaType::Jpeg:
        return u".jpg"_s;
    case MediaType::Png:
        return u".png"_s;
    case MediaType::Tiff:
        return u".tif"_s;
    }
    return {};
}

QString localFileName(const QString& storedName, MediaType type) {
    // Everything after the first dot goes ("a.pdf.html" -> "a"): no second extension a viewer might honour.
    const QString base = storedName.section(u'.', 0, 0);
    QString safe;
    for (QChar c : base) {
        if (c.isLetterOrNumber() || c == u' ' || c == u'-' || c == u'_' || c == u'(' || c == u')')
            safe.append(c);
        else
            safe.append(u'_');
    }
    safe = safe.left(100).trimmed();
    if (safe.isEmpty() || std::all_of(safe.cbegin(), safe.cend(), [](QChar c) { return c == u'_'; }))
        safe = u"attachment"_s;
    return safe + mediaTypeExtension(type);
}

QString AttachmentValidator::message(const QString& reason) {
    if (reason == u"invalid_file_name"_s)
        return QCoreApplication::translate(
            "AttachmentValidator", "The file name must be 1 to 255 characters, without folders or control characters.");
    if (reason == u"empty_file"_s)
        return QCoreApplication::translate("AttachmentValidator", "The file is empty.");
    if (reason == u"file_too_large"_s)
        return QCoreApplication::translate("AttachmentValidator", "The file is larger than 20 MiB.");
    if (reason == u"unsupported_file_type"_s)
        return QCoreApplication::translate("AttachmentValidator",
                                           "Only PDF, JPEG, PNG and TIFF files can be attached; this file is none "
                                           "of them, whatever its name says.");
    if (reason == u"file_type_mismatch"_s)
        return QCoreApplication::translate("AttachmentValidator", "The file's content does not match its type.");
    if (reason == u"file_unreadable"_s)
        return QCoreApplication::translate("AttachmentValidator", "The file cannot be read.");
    if (reason == u"duplicate_attachment"_s)
        return QCoreApplication::translate("AttachmentValidator", "This file is already attached to this document.");
    if (reason == u"unknown_attachment"_s)
        return QCoreApplication::translate("AttachmentValidator",
                                           "There is no such attached file, or you may not see it.");
    if (reason == u"attachment_corrupted"_s)
        return QCoreApplication::translate("AttachmentValidator",
                                           "The stored file does not match its SHA-256: it was damaged.");
    return {};
}

QString AttachmentValidator::sha256Hex(const QByteArray& content) {
    return QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

Status AttachmentValidator::checkFileName(const QString& fileName) {
    if (fileName.trimmed().isEmpty() || fileName.size() > maxFileNameLength)
        return refusal(u"invalid_file_name"_s);
    for (QChar c : fileName) {
        if (c == u'/' || c == u'\\' || c.category() == QChar::Other_Control)
            return refusal(u"invalid_file_name"_s);
    }
    return {};
}

Status AttachmentValidator::checkSize(qint64 sizeBytes) {
    if (sizeBytes <= 0)
        return refusal(u"empty_file"_s);
    if (sizeBytes > maxSizeBytes)
        return refusal(u"file_too_large"_s);
    return {};
}

Result<AttachmentFile> AttachmentValidator::check(const QString& fileName, const QByteArray& content) {
    if (auto name = checkFileName(fileName); !name)
        return name.error();
    if (auto size = checkSize(content.size()); !size)
        return size.error();
    const std::optional<MediaType> type = sniffMediaType(content);
    if (!type)
        return refusal(u"unsupported_file_type"_s);
    return AttachmentFile{fileName, content, *type, sha256Hex(content)};
}

Result<AttachmentFile> AttachmentValidator::read(const QString& path) {
    const QFileInfo info(path);
    if (!info.isFile())
        return makeError(ErrorCode::NotFound, u"file_unreadable"_s, message(u"file_unreadable"_s));
    if (auto name = checkFileName(info.fileName()); !name)
        return name.error();
    // Before reading: a 2 GB file is refused without loading it.
    if (auto size = checkSize(info.size()); !size)
        return size.error();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Unavailable, u"file_unreadable"_s, message(u"file_unreadable"_s));
    return check(info.fileName(), file.readAll());
}

} // namespace ruqsat::core
