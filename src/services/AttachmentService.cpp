#include "services/AttachmentService.h"

#include "services/ChangeHistory.h"
#include "storage/ChangeLog.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace vt {
namespace {

// lupdate and the translator share this context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(vt::AttachmentService)
};

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// Appends the change-history entry of one attachment, in the caller's
// transaction.
bool logChange(Database &database, const std::optional<AttachmentRecord> &before,
               const std::optional<AttachmentRecord> &after, QString *error)
{
    const qint64 visitId = after ? after->owner.visitId : before ? before->owner.visitId : 0;
    const QString title = Attachments(database).visitTitle(visitId, nullptr);
    return ChangeLog(database).append(attachmentChange(title, before, after), error);
}

} // namespace

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

std::optional<AttachmentRecord> AttachmentService::add(const AttachmentOwner &owner,
                                                       const PreparedAttachment &file,
                                                       QString *error, const QString &caption,
                                                       const QString &credit)
{
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        fail(error,
             Text::tr("Could not attach “%1”: %2").arg(file.fileName, transaction.errorText()));
        return std::nullopt;
    }
    std::optional<AttachmentRecord> record = addWithin(owner, file, error, caption, credit);
    if (!record || !transaction.commit(error))
        return std::nullopt;
    return record;
}

std::optional<AttachmentRecord> AttachmentService::addWithin(const AttachmentOwner &owner,
                                                             const PreparedAttachment &file,
                                                             QString *error, const QString &caption,
                                                             const QString &credit)
{
    if (file.content.isEmpty() || file.content.size() > m_sizeLimit ||
        sha256Hex(file.content) != file.sha256) {
        fail(error, Text::tr("“%1” cannot be attached: it is empty, too large or not the file "
                             "that was read.")
                        .arg(file.fileName));
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
    if (!id)
        return std::nullopt;
    record.id = *id;
    if (!logChange(m_database, std::nullopt, record, error))
        return std::nullopt;
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

QList<AttachmentRecord> AttachmentService::list(const QList<qint64> &visitIds, QString *error) const
{
    return Attachments(m_database).ofVisits(visitIds, error);
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
    if (!transaction.isActive())
        return fail(error, transaction.errorText());
    Attachments attachments(m_database);
    const std::optional<AttachmentRecord> before = attachments.find(id, error);
    if (!before)
        return false;
    AttachmentRecord after = *before;
    after.caption = caption.normalized(QString::NormalizationForm_C).trimmed();
    after.credit = credit.normalized(QString::NormalizationForm_C).trimmed();
    after.printInMinutes = printInMinutes;
    if (after == *before)
        return true;
    return attachments.describe(id, after.caption, after.credit, printInMinutes, error) &&
           logChange(m_database, before, after, error) && transaction.commit(error);
}

std::optional<RemovedAttachment> AttachmentService::remove(qint64 id, QString *error)
{
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        fail(error, transaction.errorText());
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
    if (!attachments.remove(id, error) || !logChange(m_database, *record, std::nullopt, error) ||
        !transaction.commit(error))
        return std::nullopt;
    return removed;
}

bool AttachmentService::restore(const RemovedAttachment &removed, QString *error)
{
    return apply(std::nullopt, removed.record, removed.content, nullptr, error);
}

bool AttachmentService::apply(const std::optional<AttachmentRecord> &from,
                              const std::optional<AttachmentRecord> &to, const QByteArray &content,
                              qint64 *storedId, QString *error, QByteArray *taken)
{
    if (!from && !to)
        return true; // absent before and after: nothing to do
    const AttachmentRecord &named = to ? *to : *from;
    if (m_database.isReadOnly())
        return fail(error,
                    Text::tr("The database “%1” is open read-only.").arg(m_database.filePath()));
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return fail(error, transaction.errorText());
    Attachments attachments(m_database);
    const qint64 id = from ? from->id : to->id;
    std::optional<AttachmentRecord> now = attachments.find(id, nullptr);
    // Another attachment under the id of one removed (SQLite reuses the
    // largest id): that one is not ours, ours is absent.
    const bool idTaken =
        !from && now &&
        (!to || now->sha256 != to->sha256 || now->owner != to->owner || now->added != to->added);
    if (idTaken)
        now.reset();
    if (now != from)
        return fail(error,
                    Text::tr("The attachment “%1” was changed after this step, and undoing or "
                             "redoing the step would overwrite that change. Nothing was changed.")
                        .arg(named.fileName));
    if (!to) {
        if (taken) {
            std::optional<QByteArray> stored = attachments.content(from->sha256, error);
            if (!stored)
                return false;
            *taken = std::move(*stored);
        }
        if (!attachments.remove(from->id, error))
            return false;
    } else if (from) {
        if (!attachments.describe(from->id, to->caption, to->credit, to->printInMinutes, error))
            return false;
    } else {
        // Put back only where it belongs, with the very content it had.
        QString readError;
        if (!attachments.ownerExists(to->owner, &readError))
            return fail(error, readError.isEmpty()
                                   ? Text::tr("“%1” cannot be put back: the visit, finding or "
                                              "follow-up update it was attached to is no longer "
                                              "there. Nothing was changed.")
                                         .arg(to->fileName)
                                   : readError);
        if (sha256Hex(content) != to->sha256)
            return fail(
                error,
                Text::tr("“%1” cannot be put back: its content was not kept.").arg(to->fileName));
        AttachmentRecord record = *to;
        if (idTaken)
            record.id = 0;
        const std::optional<qint64> stored = storeAttachment(attachments, record, content, error);
        if (!stored)
            return false;
        if (storedId)
            *storedId = *stored;
    }
    return logChange(m_database, from, to, error) && transaction.commit(error);
}

} // namespace vt
