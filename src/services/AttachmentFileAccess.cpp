#include "services/AttachmentService.h"

// Attachments and files: reading a file to attach (safely: never half a file
// still being written) and what leaves the database, copies to open or to
// save elsewhere and the photos printed in the minutes.

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QLocale>
#include <QSaveFile>
#include <QTemporaryDir>

namespace vt {
namespace {

// lupdate and the translator share this context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(vt::AttachmentService)
};

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString nameOf(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// One temporary folder per process for the copies opened with the desktop's
// applications; they may still be open when the program ends, so it stays
// until then.
QTemporaryDir &openedCopies()
{
    static QTemporaryDir folder(QDir::tempPath() + QStringLiteral("/visit-tracker-XXXXXX"));
    return folder;
}

} // namespace

std::optional<PreparedAttachment>
AttachmentService::prepare(const QString &path, QString *error,
                           const std::function<void()> &afterRead) const
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QFileInfo before(path);
    if (!before.exists())
        return fail(Text::tr("“%1” does not exist.").arg(nameOf(path)));
    if (!before.isFile())
        return fail(Text::tr("“%1” is not a file.").arg(nameOf(path)));
    if (before.size() == 0)
        return fail(
            Text::tr("“%1” is empty (0 bytes): there is nothing to attach.").arg(nameOf(path)));
    if (before.size() > m_sizeLimit)
        return fail(Text::tr("“%1” is %2, more than the limit of %3 per file. The limit can be "
                             "changed in Preferences.")
                        .arg(nameOf(path), sizeText(before.size()), sizeText(m_sizeLimit)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Text::tr("Cannot read “%1”: %2").arg(nameOf(path), file.errorString()));
    PreparedAttachment prepared;
    prepared.content = file.read(m_sizeLimit + 1);
    if (file.error() != QFileDevice::NoError)
        return fail(Text::tr("Cannot read “%1”: %2").arg(nameOf(path), file.errorString()));
    file.close();
    if (afterRead)
        afterRead();
    // A file still being written (a download, a scanner) must not be stored
    // half: its size and time must be those seen before reading.
    QFileInfo after(path);
    after.refresh();
    if (!after.exists() || after.size() != before.size() ||
        after.lastModified() != before.lastModified() || prepared.content.size() != before.size())
        return fail(Text::tr("“%1” changed while it was being read. Wait until it is complete and "
                             "attach it again.")
                        .arg(nameOf(path)));
    prepared.fileName = before.fileName();
    prepared.mimeType = contentType(prepared.fileName, prepared.content);
    prepared.sha256 = sha256Hex(prepared.content);
    return prepared;
}

bool AttachmentService::saveCopy(const AttachmentRecord &record, const QString &target,
                                 QString *error) const
{
    const QString name = QFileInfo(target).fileName();
    if (name.isEmpty() || safeFileName(name) != name) {
        if (error)
            *error = Text::tr("“%1” is not a name every file system accepts: it must not be "
                              "empty, end with a dot or a space, or contain / \\ : * ? \" < > |. "
                              "For example: “%2”.")
                         .arg(name, safeFileName(name.isEmpty() ? record.fileName : name));
        return false;
    }
    const std::optional<QByteArray> data = content(record, error);
    if (!data)
        return false;
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || file.write(*data) != data->size() || !file.commit()) {
        if (error)
            *error = Text::tr("Cannot write “%1”: %2").arg(nameOf(target), file.errorString());
        return false;
    }
    return true;
}

std::optional<QString> AttachmentService::temporaryCopy(const AttachmentRecord &record,
                                                        QString *error) const
{
    QTemporaryDir &folder = openedCopies();
    if (!folder.isValid()) {
        if (error)
            *error = Text::tr("Cannot create a temporary folder: %1").arg(folder.errorString());
        return std::nullopt;
    }
    // One sub-folder per attachment: two attachments may share a name.
    const QString dir = folder.filePath(QString::number(record.id));
    QDir().mkpath(dir);
    const QString path = dir + QLatin1Char('/') + safeFileName(record.fileName);
    if (!saveCopy(record, path, error))
        return std::nullopt;
    // Read-only: edits in the other application would not come back here.
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadUser);
    return path;
}

QList<PrintablePhoto> AttachmentService::photosForMinutes(qint64 visitId, QString *error) const
{
    QList<PrintablePhoto> photos;
    const Attachments attachments(m_database);
    for (const AttachmentRecord &record : attachments.ofVisit(visitId, error)) {
        if (!record.printInMinutes || !record.mimeType.startsWith(QLatin1String("image/")))
            continue;
        const std::optional<QByteArray> data = attachments.content(record.sha256, error);
        if (!data)
            continue;
        QBuffer buffer;
        buffer.setData(*data);
        buffer.open(QIODevice::ReadOnly);
        QImageReader reader(&buffer);
        reader.setAutoTransform(true);
        // Printed at most ~16 cm wide: 1600 px is 250 dpi, enough for paper.
        const QSize size = reader.size();
        if (size.width() > 1600)
            reader.setScaledSize(size.scaled(1600, 1600, Qt::KeepAspectRatio));
        const QImage image = reader.read();
        if (!image.isNull())
            photos.append({image, record.caption, record.credit});
    }
    return photos;
}

} // namespace vt
