#pragma once

#include "common/Result.h"
#include "documents/DocumentKind.h"

#include <QByteArray>
#include <QImage>
#include <QJsonObject>
#include <QList>
#include <QString>

class QPagedPaintDevice;

namespace ruqsat::core {

// Renders a document from its data (DocumentData) through its template, resources/documents/
// <kind>.<language>.html (compiled in as ":/documents/..."; partials header/footer likewise), on A4
// pages. The layout is computed on a fixed 96-dpi device, so the PDF, the preview images and a print
// paginate alike whatever the screen. Needs a QGuiApplication (fonts); never Widgets.
class DocumentRenderer {
public:
    struct Request {
        DocumentKind kind = DocumentKind::Permit;
        QJsonObject data;                        // ruqsat.document_data, frozen or live
        QString language = QStringLiteral("ru"); // "ru" or "kk"
        bool draft = false;                      // an unsigned result: no number, marked as a draft
    };

    // The filled template (HTML), e.g. for a check of what a template produces.
    static Result<QString> html(const Request& request);
    // The PDF file (QPdfWriter, fonts embedded).
    static Result<QByteArray> pdf(const Request& request);
    // Each page as an image at `dpi`, for a preview.
    static Result<QList<QImage>> pages(const Request& request, int dpi = 96);
    // Paints every page on a printer (or any paged device), starting a new page after each but the last.
    static Status print(const Request& request, QPagedPaintDevice* device);

    // The template's text; empty when there is none for that kind and language.
    static QString templateText(const QString& name, const QString& language);
    static bool isLanguage(const QString& language);
};

} // namespace ruqsat::core
