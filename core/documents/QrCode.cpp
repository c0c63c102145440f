#include "documents/QrCode.h"

#include <QPainter>

#include <qrencode.h>

#include <memory>

namespace ruqsat::core {

QImage QrCode::image(const QString& text, int pixelsPerModule) {
    const QByteArray utf8 = text.toUtf8();
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    if (!code || pixelsPerModule < 1)
        return {};
    constexpr int quietZone = 4;
    const int width = code->width;
    const int side = (width + 2 * quietZone) * pixelsPerModule;
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::black);
    for (int y = 0; y < width; ++y) {
        for (int x = 0; x < width; ++x) {
            // Bit 0 of each byte: the module is dark.
            if ((code->data[y * width + x] & 1) != 0) {
                painter.drawRect((x + quietZone) * pixelsPerModule, (y + quietZone) * pixelsPerModule, pixelsPerModule,
                                 pixelsPerModule);
            }
        }
    }
    painter.end();
    return image;
}

} // namespace ruqsat::core
