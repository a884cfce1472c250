#pragma once

// Attaching files to visits, findings and follow-up updates (issue 10), each
// change one transaction: reading a file safely (not empty, not over the size
// limit, not changing while read), its type from its content, its SHA-256,
// a thumbnail for photos made once; removing with a value that restores it
// (for an undo command); copies to open or to save elsewhere; the photos
// chosen for the minutes.

#include "services/AttachmentFiles.h"
#include "storage/Attachments.h"

#include <QByteArray>
#include <QImage>
#include <QString>
#include <functional>
#include <optional>

namespace vt {

class Database;

// What remove() took away: enough to put it back as it was (same id).
struct RemovedAttachment
{
    AttachmentRecord record;
    QByteArray content;
    QByteArray thumbnail;
};

// One attachment before and after a change (absent: not stored) and its
// content, kept so that an undone removal or a redone addition puts back the
// very bytes: a step of the window's undo stack (gui/undo/UndoSteps.h).
struct AttachmentChange
{
    std::optional<AttachmentRecord> before;
    std::optional<AttachmentRecord> after;
    QByteArray content;
};

// A photo printed in the minutes.
struct PrintablePhoto
{
    QImage image;
    QString caption;
    QString credit;
};

class AttachmentService final
{
public:
    explicit AttachmentService(Database &database, qint64 sizeLimit = attachmentSizeLimit());

    qint64 sizeLimit() const { return m_sizeLimit; }

    // Reads and checks a file. `afterRead` runs between reading and the
    // second look at the file (tests change the file there).
    std::optional<PreparedAttachment> prepare(const QString &path, QString *error,
                                              const std::function<void()> &afterRead = {}) const;
    // Stores a prepared file for `owner` (one transaction). Returns the record.
    // Every change below is logged in the change history (record
    // "attachment") in its own transaction.
    std::optional<AttachmentRecord> add(const AttachmentOwner &owner,
                                        const PreparedAttachment &file, QString *error,
                                        const QString &caption = {}, const QString &credit = {});
    // add() inside the caller's transaction (a visit's first save stores the
    // files chosen before it), logged in the change history.
    std::optional<AttachmentRecord> addWithin(const AttachmentOwner &owner,
                                              const PreparedAttachment &file, QString *error,
                                              const QString &caption = {},
                                              const QString &credit = {});
    // prepare() then add().
    std::optional<AttachmentRecord> addFile(const AttachmentOwner &owner, const QString &path,
                                            QString *error);

    QList<AttachmentRecord> list(qint64 visitId, QString *error) const;
    // The attachments of each visit, in order (Attachments::ofVisits).
    QList<AttachmentRecord> list(const QList<qint64> &visitIds, QString *error) const;
    std::optional<AttachmentRecord> find(qint64 id, QString *error) const;
    std::optional<QByteArray> content(const AttachmentRecord &record, QString *error) const;
    QImage thumbnail(const AttachmentRecord &record) const;

    bool describe(qint64 id, const QString &caption, const QString &credit, bool printInMinutes,
                  QString *error);
    // Removes one attachment; the value restores it (restore()).
    std::optional<RemovedAttachment> remove(qint64 id, QString *error);
    bool restore(const RemovedAttachment &removed, QString *error);
    // Undo and redo (gui/undo/): makes the attachment stand as `to` if it
    // stands as `from` (absent: not stored), else refuses with a message and
    // changes nothing. Putting one back needs its owner stored and `content`
    // with its SHA-256; it keeps its id unless another attachment took it
    // (*storedId tells). Taking one away, `taken` (if given) receives its
    // content, read in the same transaction (the last reference to a content
    // removes it). Logged in the change history like every change.
    bool apply(const std::optional<AttachmentRecord> &from,
               const std::optional<AttachmentRecord> &to, const QByteArray &content,
               qint64 *storedId, QString *error, QByteArray *taken = nullptr);

    // Writes the content to `target` (QSaveFile: never half a file).
    bool saveCopy(const AttachmentRecord &record, const QString &target, QString *error) const;
    // A copy in a temporary folder of this process, under the attachment's
    // name, for the desktop's default application.
    std::optional<QString> temporaryCopy(const AttachmentRecord &record, QString *error) const;

    // Images marked "print in the minutes", in the order they were added.
    QList<PrintablePhoto> photosForMinutes(qint64 visitId, QString *error) const;

private:
    Database &m_database;
    qint64 m_sizeLimit;
};

// Stores content (once per hash), its thumbnail and the row, inside the
// caller's transaction. Shared by the service and the import.
std::optional<qint64> storeAttachment(Attachments &attachments, const AttachmentRecord &record,
                                      const QByteArray &content, QString *error);

} // namespace vt
