#include "services/AttachmentFiles.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QImageReader>
#include <QMimeDatabase>
#include <QSettings>

namespace vt {
namespace {

const char *const kLimitKey = "attachments/maxSizeMB";

} // namespace

QString contentType(const QString &fileName, const QByteArray &content)
{
    // The content decides: a photo saved as ".pdf" is a photo. The name
    // only refines it (a .docx is a ZIP archive by its bytes) or stands in
    // when the bytes say nothing (plain text).
    const QMimeDatabase types;
    const QMimeType byContent = types.mimeTypeForData(content);
    const QMimeType byBoth = types.mimeTypeForFileNameAndData(fileName, content);
    if (byContent.isDefault() || byContent.name() == QLatin1String("text/plain") ||
        byBoth.inherits(byContent.name()))
        return byBoth.name();
    return byContent.name();
}

qint64 attachmentSizeLimit()
{
    return qint64(attachmentSizeLimitMB()) * 1024 * 1024;
}

int attachmentSizeLimitMB()
{
    bool ok = false;
    const int value = QSettings().value(QLatin1String(kLimitKey)).toInt(&ok);
    return ok && value > 0 ? value : kDefaultAttachmentLimitMB;
}

void setAttachmentSizeLimitMB(int megabytes)
{
    QSettings().setValue(QLatin1String(kLimitKey), megabytes);
}

QString sha256Hex(const QByteArray &content)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

QByteArray makeThumbnail(const QByteArray &content)
{
    QBuffer buffer;
    buffer.setData(content);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true); // photos from phones carry their rotation in EXIF
    const QSize size = reader.size();
    if (!reader.canRead() || size.isEmpty())
        return {};
    // Scaled while decoding: a 24-megapixel JPEG is never held at full size.
    if (size.width() > kThumbnailSize || size.height() > kThumbnailSize)
        reader.setScaledSize(size.scaled(kThumbnailSize, kThumbnailSize, Qt::KeepAspectRatio));
    const QImage image = reader.read();
    if (image.isNull())
        return {};
    QByteArray png;
    QBuffer out(&png);
    out.open(QIODevice::WriteOnly);
    image.save(&out, "PNG");
    return png;
}

QString safeFileName(const QString &name)
{
    QString safe;
    safe.reserve(name.size());
    for (const QChar c : name) {
        const bool rejected = c.unicode() < 0x20 || c == QLatin1Char('/') ||
                              c == QLatin1Char('\\') || QStringLiteral(":*?\"<>|").contains(c);
        safe.append(rejected ? QLatin1Char('_') : c);
    }
    while (safe.endsWith(QLatin1Char('.')) || safe.endsWith(QLatin1Char(' ')))
        safe.chop(1);
    safe = safe.trimmed();
    if (safe.isEmpty() || safe == QLatin1String(".") || safe == QLatin1String(".."))
        return QStringLiteral("file");
    return safe;
}

} // namespace vt
