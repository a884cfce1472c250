#include "services/AttachmentService.h"

#include "storage/Database.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QLocale>
#include <QMimeDatabase>
#include <QSaveFile>
#include <QSettings>
#include <QTemporaryDir>

namespace vt {
namespace {

// lupdate and the translator share this context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(vt::AttachmentService)
};

const char *const kLimitKey = "attachments/maxSizeMB";

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

std::optional<qint64> storeAttachment(Attachments &attachments, const AttachmentRecord &record,
                                      const QByteArray &content, QString *error)
{
    if (!attachments.hasContent(record.sha256, error)) {
        if (!attachments.storeContent(record.sha256, content, error))
            return std::nullopt;
        const QByteArray thumbnail = makeThumbnail(content);
        if (!thumbnail.isEmpty() && !attachments.storeThumbnail(record.sha256, thumbnail, error))
            return std::nullopt;
    }
    return attachments.insert(record, error);
}

AttachmentService::AttachmentService(Database &database, qint64 sizeLimit)
    : m_database(database), m_sizeLimit(sizeLimit)
{
}

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

std::optional<AttachmentRecord> AttachmentService::add(const AttachmentOwner &owner,
                                                       const PreparedAttachment &file,
                                                       QString *error, const QString &caption,
                                                       const QString &credit)
{
    if (file.content.isEmpty() || file.content.size() > m_sizeLimit ||
        sha256Hex(file.content) != file.sha256) {
        if (error)
            *error = Text::tr("“%1” cannot be attached: it is empty, too large or not the file "
                              "that was read.")
                         .arg(file.fileName);
        return std::nullopt;
    }
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        if (error)
            *error =
                Text::tr("Could not attach “%1”: %2").arg(file.fileName, transaction.errorText());
        return std::nullopt;
    }
    AttachmentRecord record;
    record.owner = owner;
    record.fileName = file.fileName;
    record.mimeType = file.mimeType;
    record.size = file.content.size();
    record.caption = caption.normalized(QString::NormalizationForm_C).trimmed();
    record.credit = credit.normalized(QString::NormalizationForm_C).trimmed();
    // Seconds only: the interchange format and the list show no more.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    record.added = now.addMSecs(-now.time().msec());
    record.sha256 = file.sha256;
    // Photos are printed in the minutes only when chosen.
    Attachments attachments(m_database);
    const std::optional<qint64> id = storeAttachment(attachments, record, file.content, error);
    if (!id || !transaction.commit(error))
        return std::nullopt;
    record.id = *id;
    return record;
}

std::optional<AttachmentRecord> AttachmentService::addFile(const AttachmentOwner &owner,
                                                           const QString &path, QString *error)
{
    const std::optional<PreparedAttachment> file = prepare(path, error);
    if (!file)
        return std::nullopt;
    return add(owner, *file, error);
}

QList<AttachmentRecord> AttachmentService::list(qint64 visitId, QString *error) const
{
    return Attachments(m_database).ofVisit(visitId, error);
}

std::optional<AttachmentRecord> AttachmentService::find(qint64 id, QString *error) const
{
    return Attachments(m_database).find(id, error);
}

std::optional<QByteArray> AttachmentService::content(const AttachmentRecord &record,
                                                     QString *error) const
{
    return Attachments(m_database).content(record.sha256, error);
}

QImage AttachmentService::thumbnail(const AttachmentRecord &record) const
{
    const QByteArray png = Attachments(m_database).thumbnail(record.sha256, nullptr);
    return png.isEmpty() ? QImage() : QImage::fromData(png, "PNG");
}

bool AttachmentService::describe(qint64 id, const QString &caption, const QString &credit,
                                 bool printInMinutes, QString *error)
{
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        if (error)
            *error = transaction.errorText();
        return false;
    }
    return Attachments(m_database)
               .describe(id, caption.normalized(QString::NormalizationForm_C).trimmed(),
                         credit.normalized(QString::NormalizationForm_C).trimmed(), printInMinutes,
                         error) &&
           transaction.commit(error);
}

std::optional<RemovedAttachment> AttachmentService::remove(qint64 id, QString *error)
{
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        if (error)
            *error = transaction.errorText();
        return std::nullopt;
    }
    Attachments attachments(m_database);
    RemovedAttachment removed;
    const std::optional<AttachmentRecord> record = attachments.find(id, error);
    if (!record)
        return std::nullopt;
    removed.record = *record;
    // The content may go with the last reference: keep it for restore().
    std::optional<QByteArray> content = attachments.content(record->sha256, error);
    if (!content)
        return std::nullopt;
    removed.content = std::move(*content);
    removed.thumbnail = attachments.thumbnail(record->sha256, nullptr);
    if (!attachments.remove(id, error) || !transaction.commit(error))
        return std::nullopt;
    return removed;
}

bool AttachmentService::restore(const RemovedAttachment &removed, QString *error)
{
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        if (error)
            *error = transaction.errorText();
        return false;
    }
    Attachments attachments(m_database);
    return storeAttachment(attachments, removed.record, removed.content, error).has_value() &&
           transaction.commit(error);
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
