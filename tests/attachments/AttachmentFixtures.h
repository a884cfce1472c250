#pragma once

// Files the attachment tests attach: photos drawn with QImage, a small PDF.

#include <QByteArray>
#include <QColor>
#include <QString>

namespace vt::test {

// A photo of w x h pixels in `format` ("JPEG", "PNG") with a coloured band.
QByteArray photoBytes(const char *format, int width, int height, const QColor &color);
// A minimal, valid one-page PDF.
QByteArray pdfBytes();
// Writes bytes to dir/name and returns the path.
QString writeTo(const QString &dir, const QString &name, const QByteArray &bytes);

} // namespace vt::test
