#include "documents/DocumentRenderer.h"

#include "documents/DocumentData.h"
#include "documents/QrCode.h"
#include "documents/TemplateEngine.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;

namespace ruqsat::core {

namespace {

// A4 in the layout's units (pixels at 96 dpi) and the margins of the form, in millimetres.
constexpr double layoutDpi = 96.0;
constexpr double mm = layoutDpi / 25.4;
const QSizeF pageSize(210.0 * mm, 297.0 * mm);
constexpr double marginLeft = 20.0 * mm;
constexpr double marginRight = 12.0 * mm;
constexpr double marginTop = 14.0 * mm;
constexpr double marginBottom = 16.0 * mm;
const QSizeF contentSize(pageSize.width() - marginLeft - marginRight, pageSize.height() - marginTop - marginBottom);

// The device the text is laid out for: fixed 96 dpi, so font sizes in points give the same layout on
// every screen and in ruqsat-admin.
QPaintDevice* layoutDevice() {
    static QImage device = [] {
        QImage image(8, 8, QImage::Format_RGB32);
        const int dotsPerMeter = static_cast<int>(std::lround(layoutDpi / 0.0254));
        image.setDotsPerMeterX(dotsPerMeter);
        image.setDotsPerMeterY(dotsPerMeter);
        return image;
    }();
    return &device;
}

Error templateMissing(const QString& name, const QString& language) {
    return makeError(ErrorCode::DataError, u"template_missing"_s,
                     QCoreApplication::translate("DocumentRenderer", "There is no document template %1 in language %2.")
                         .arg(name, language));
}

struct Laid {
    std::unique_ptr<QTextDocument> document;
    int pageCount = 0;
};

Result<Laid> layOut(const DocumentRenderer::Request& request) {
    auto html = DocumentRenderer::html(request);
    if (!html)
        return html.error();
    auto document = std::make_unique<QTextDocument>();
    document->documentLayout()->setPaintDevice(layoutDevice());
    QFont font(u"DejaVu Sans"_s);
    font.setPointSizeF(10.0);
    document->setDefaultFont(font);
    document->setDocumentMargin(0);
    document->setPageSize(contentSize);
    const QJsonObject view = DocumentData::view(request.kind, request.data, request.language, request.draft);
    // The QR: a result's verification payload, or a receipt's case number and receipt code.
    const QString payload = view.value(u"qr_payload"_s).toString();
    if (!payload.isEmpty())
        document->addResource(QTextDocument::ImageResource, QUrl(u"qr:code"_s), QrCode::image(payload, 8));
    document->setHtml(html.value());
    const int pages = document->pageCount();
    return Laid{std::move(document), pages};
}

// One page of the laid-out document, at `scale` device pixels per layout pixel.
void paintPage(QPainter& painter, const Laid& laid, int page, double scale) {
    painter.save();
    painter.scale(scale, scale);
    painter.translate(marginLeft, marginTop - page * contentSize.height());
    const QRectF clip(0, page * contentSize.height(), contentSize.width(), contentSize.height());
    painter.setClipRect(clip);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = clip;
    context.palette.setColor(QPalette::Text, Qt::black);
    laid.document->documentLayout()->draw(&painter, context);
    painter.restore();
    if (laid.pageCount > 1) {
        painter.save();
        painter.scale(scale, scale);
        QFont font(u"DejaVu Sans"_s);
        font.setPixelSize(10);
        painter.setFont(font);
        painter.setPen(Qt::black);
        const QRectF footer(marginLeft, pageSize.height() - marginBottom + 4.0 * mm, contentSize.width(), 5.0 * mm);
        painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, u"%1 / %2"_s.arg(page + 1).arg(laid.pageCount));
        painter.restore();
    }
}

} // namespace

bool DocumentRenderer::isLanguage(const QString& language) {
    return language == u"ru"_s || language == u"kk"_s;
}

QString DocumentRenderer::templateText(const QString& name, const QString& language) {
    QFile file(u":/documents/%1.%2.html"_s.arg(name, language));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

Result<QString> DocumentRenderer::html(const Request& request) {
    if (!isLanguage(request.language)) {
        return makeError(ErrorCode::InvalidArgument, u"invalid_language"_s,
                         QCoreApplication::translate("DocumentRenderer", "Documents are rendered in ru or kk, not %1.")
                             .arg(request.language));
    }
    const QString name = documentKindName(request.kind);
    const QString text = templateText(name, request.language);
    if (text.isEmpty())
        return templateMissing(name, request.language);
    const QString language = request.language;
    return TemplateEngine::render(text, DocumentData::view(request.kind, request.data, language, request.draft),
                                  [language](const QString& partial) { return templateText(partial, language); });
}

Result<QByteArray> DocumentRenderer::pdf(const Request& request) {
    auto laid = layOut(request);
    if (!laid)
        return laid.error();
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(300);
        writer.setCreator(u"Ruqsat"_s);
        const QJsonObject view = DocumentData::view(request.kind, request.data, request.language, request.draft);
        writer.setTitle(view.value(u"registration_number"_s).toString());
        QPainter painter(&writer);
        const double scale = writer.resolution() / layoutDpi;
        for (int page = 0; page < laid->pageCount; ++page) {
            if (page > 0)
                writer.newPage();
            paintPage(painter, laid.value(), page, scale);
        }
        painter.end();
    }
    if (!bytes.startsWith("%PDF-")) {
        return makeError(ErrorCode::Internal, u"render_failed"_s,
                         QCoreApplication::translate("DocumentRenderer", "The PDF could not be written."));
    }
    return bytes;
}

Result<QList<QImage>> DocumentRenderer::pages(const Request& request, int dpi) {
    auto laid = layOut(request);
    if (!laid)
        return laid.error();
    const double scale = dpi / layoutDpi;
    QList<QImage> images;
    for (int page = 0; page < laid->pageCount; ++page) {
        QImage image(static_cast<int>(std::lround(pageSize.width() * scale)),
                     static_cast<int>(std::lround(pageSize.height() * scale)), QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        paintPage(painter, laid.value(), page, scale);
        painter.end();
        images.append(image);
    }
    return images;
}

Status DocumentRenderer::print(const Request& request, QPagedPaintDevice* device) {
    auto laid = layOut(request);
    if (!laid)
        return laid.error();
    device->setPageSize(QPageSize(QPageSize::A4));
    QPainter painter;
    if (!painter.begin(device)) {
        return makeError(ErrorCode::Unavailable, u"printer_unavailable"_s,
                         QCoreApplication::translate("DocumentRenderer", "The printer could not be opened."));
    }
    const double scale = device->logicalDpiX() / layoutDpi;
    for (int page = 0; page < laid->pageCount; ++page) {
        if (page > 0)
            device->newPage();
        paintPage(painter, laid.value(), page, scale);
    }
    painter.end();
    return {};
}

} // namespace ruqsat::core
