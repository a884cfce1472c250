#pragma once

// Files and contents of attachments, apart from the database: the size
// limit, the type read from the content, the SHA-256, thumbnails of photos
// and file names every file system accepts (services/AttachmentService.h
// stores them).

#include <QByteArray>
#include <QString>

namespace vt {

// The size limit per file, from QSettings ("attachments/maxSizeMB"), 50 MB
// when unset.
inline constexpr int kDefaultAttachmentLimitMB = 50;
qint64 attachmentSizeLimit();
void setAttachmentSizeLimitMB(int megabytes);
int attachmentSizeLimitMB();

// A file read and checked, ready to be stored.
struct PreparedAttachment
{
    QString fileName; // without folders
    QString mimeType;
    QByteArray content;
    QString sha256;
};

QString sha256Hex(const QByteArray &content);
// The MIME type of a file, from its content first (QMimeDatabase).
QString contentType(const QString &fileName, const QByteArray &content);
// Longest side of the thumbnails stored for photos.
inline constexpr int kThumbnailSize = 160;
// A PNG thumbnail of image content (JPEG, PNG, …) read scaled by
// QImageReader; empty when the content is not an image Qt can read.
QByteArray makeThumbnail(const QByteArray &content);
// A file name the file systems we know accept: / \ : * ? " < > | and control
// characters become "_", trailing dots and spaces go; "" becomes "file".
QString safeFileName(const QString &name);

} // namespace vt
