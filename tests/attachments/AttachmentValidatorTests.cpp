// The rules for an attached file (core/attachments/AttachmentValidator.h): what the form says at once,
// before anything is sent.
#include "attachments/AttachmentValidator.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace ruqsat;
using namespace Qt::StringLiterals;

namespace {

QByteArray bytes(const char* data, qsizetype size) {
    return QByteArray(data, size);
}

// A body of `size` bytes that starts with `head`.
QByteArray padded(const QByteArray& head, qsizetype size) {
    QByteArray content = head;
    content.append(QByteArray(size - head.size(), 'x'));
    return content;
}

} // namespace

TEST_CASE("Each allowed type is recognised by its leading bytes, whatever the name", "[attachments]") {
    struct Row {
        const char* name;
        QByteArray content;
        core::MediaType type;
        const char* mediaType;
    };
    const QList<Row> rows{
        {"application.pdf", "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n"_ba, core::MediaType::Pdf, "application/pdf"},
        {"passport.jpg", bytes("\xFF\xD8\xFF\xE0\0\x10JFIF\0", 11), core::MediaType::Jpeg, "image/jpeg"},
        {"plan.png", bytes("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16), core::MediaType::Png, "image/png"},
        {"scan-intel.tif", bytes("II*\0\x08\0\0\0", 8), core::MediaType::Tiff, "image/tiff"},
        {"scan-motorola.tiff", bytes("MM\0*\0\0\0\x08", 8), core::MediaType::Tiff, "image/tiff"},
        // The name does not decide: a PDF called .jpg is a PDF.
        {"named-wrong.jpg", "%PDF-1.4\n"_ba, core::MediaType::Pdf, "application/pdf"},
    };
    for (const Row& row : rows) {
        INFO(row.name);
        auto checked = core::AttachmentValidator::check(QString::fromLatin1(row.name), row.content);
        REQUIRE(checked.ok());
        CHECK(checked->mediaType == row.type);
        CHECK(core::mediaTypeName(checked->mediaType) == QLatin1String(row.mediaType));
        CHECK(core::mediaTypeFromName(QLatin1String(row.mediaType)) == row.type);
        CHECK(checked->fileName == QString::fromLatin1(row.name));
        CHECK(checked->sha256.size() == 64);
    }
    // The SHA-256 is the usual one (of "%PDF-1.4\n").
    CHECK(core::AttachmentValidator::sha256Hex("abc"_ba) ==
          u"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"_s);
}

TEST_CASE("Files of another type, empty, too large or badly named are refused with the reason", "[attachments]") {
    constexpr qint64 limit = core::AttachmentValidator::maxSizeBytes;
    CHECK(limit == 20 * 1024 * 1024);
    struct Row {
        const char* what;
        QString name;
        QByteArray content;
        const char* reason; // empty: accepted
    };
    const QList<Row> rows{
        {"a Windows program renamed to .pdf", u"application.pdf"_s, bytes("MZ\x90\0\x03\0\0\0", 8),
         "unsupported_file_type"},
        {"a Word document", u"letter.docx"_s, bytes("PK\x03\x04\x14\0\x06\0", 8), "unsupported_file_type"},
        {"plain text", u"notes.pdf"_s, "PDF-1.4 not really"_ba, "unsupported_file_type"},
        {"a truncated PNG signature", u"plan.png"_s, bytes("\x89PNG\r\n", 6), "unsupported_file_type"},
        {"an empty file", u"empty.pdf"_s, QByteArray(), "empty_file"},
        {"one byte over the limit", u"big.pdf"_s, padded("%PDF-"_ba, limit + 1), "file_too_large"},
        {"exactly the limit", u"limit.pdf"_s, padded("%PDF-"_ba, limit), ""},
        {"a blank name", u"   "_s, "%PDF-1.4"_ba, "invalid_file_name"},
        {"a name with a folder", u"scans/plan.pdf"_s, "%PDF-1.4"_ba, "invalid_file_name"},
        {"a name with a Windows folder", u"C:\\scans\\plan.pdf"_s, "%PDF-1.4"_ba, "invalid_file_name"},
        {"a name with a control character", u"plan\n.pdf"_s, "%PDF-1.4"_ba, "invalid_file_name"},
        {"a name of 256 characters", QString(252, u'ж') + u".pdf"_s, "%PDF-1.4"_ba, "invalid_file_name"},
        {"a name of 255 characters", QString(251, u'ж') + u".pdf"_s, "%PDF-1.4"_ba, ""},
    };
    for (const Row& row : rows) {
        INFO(row.what);
        auto checked = core::AttachmentValidator::check(row.name, row.content);
        if (*row.reason == '\0') {
            CHECK(checked.ok());
            continue;
        }
        REQUIRE_FALSE(checked.ok());
        CHECK(checked.error().reason == QLatin1String(row.reason));
        CHECK(checked.error().code == core::ErrorCode::InvalidArgument);
        CHECK_FALSE(checked.error().message.isEmpty());
        CHECK(checked.error().message == core::AttachmentValidator::message(checked.error().reason));
    }
}

TEST_CASE("A file on disk is read with its own name and checked; an oversized one is refused unread", "[attachments]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const auto write = [&](const QString& name, const QByteArray& content) {
        QFile file(dir.filePath(name));
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.write(content) == content.size());
        return dir.filePath(name);
    };
    auto pdf = core::AttachmentValidator::read(write(u"Проект.pdf"_s, "%PDF-1.7\n"_ba));
    REQUIRE(pdf.ok());
    CHECK(pdf->fileName == u"Проект.pdf"_s);
    CHECK(pdf->content == "%PDF-1.7\n"_ba);

    const QString big = dir.filePath(u"big.pdf"_s);
    {
        QFile file(big);
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.resize(core::AttachmentValidator::maxSizeBytes + 1)); // sparse: never read
    }
    auto tooBig = core::AttachmentValidator::read(big);
    REQUIRE_FALSE(tooBig.ok());
    CHECK(tooBig.error().reason == u"file_too_large"_s);

    auto empty = core::AttachmentValidator::read(write(u"empty.png"_s, {}));
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().reason == u"empty_file"_s);

    auto missing = core::AttachmentValidator::read(dir.filePath(u"nowhere.pdf"_s));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().reason == u"file_unreadable"_s);
}

TEST_CASE("A local copy is named by the checked type, never by the stored name's extension", "[attachments]") {
    struct Row {
        QString stored;
        core::MediaType type;
        QString expected;
    };
    const QList<Row> rows{
        {u"Заявление.pdf"_s, core::MediaType::Pdf, u"Заявление.pdf"_s},
        {u"x.html"_s, core::MediaType::Pdf, u"x.pdf"_s},
        {u"scan.pdf.exe"_s, core::MediaType::Jpeg, u"scan.jpg"_s},
        {u"photo"_s, core::MediaType::Png, u"photo.png"_s},
        {u"план этажа.TIFF"_s, core::MediaType::Tiff, u"план этажа.tif"_s},
        {u".bashrc"_s, core::MediaType::Pdf, u"attachment.pdf"_s},
        {u"a:b*c?.pdf"_s, core::MediaType::Pdf, u"a_b_c_.pdf"_s},
        {u"$$$.pdf"_s, core::MediaType::Pdf, u"attachment.pdf"_s},
        {QString(300, u'a') + u".pdf"_s, core::MediaType::Pdf, QString(100, u'a') + u".pdf"_s},
    };
    for (const Row& row : rows) {
        INFO(row.stored.toStdString());
        CHECK(core::localFileName(row.stored, row.type) == row.expected);
    }
}
