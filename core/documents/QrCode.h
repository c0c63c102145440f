#pragma once

#include <QImage>
#include <QString>

namespace ruqsat::core {

// The verification code as a QR code (libqrencode, error correction M), drawn module by module with
// QPainter into a black-and-white image with the standard four-module quiet zone. A null image when
// the text cannot be encoded.
class QrCode {
public:
    static QImage image(const QString& text, int pixelsPerModule = 8);
};

} // namespace ruqsat::core
