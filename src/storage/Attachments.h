#pragma once

// Attachments of a visit, of a finding and of a follow-up update (schema
// MigrationV7.cpp): the metadata rows, the contents keyed by SHA-256 (stored
// once however often attached) and the photos' thumbnails. List reads never
// touch a blob; content() and thumbnail() read one when asked. Nothing here
// starts a transaction: the caller (services/AttachmentService, the import)
// holds one around each change.

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace vt {

class Database;

// Whom an attachment belongs to: the visit itself, one of its findings (by
// key) or one follow-up update (by the positions of the recommendation in the
// visit and of the update in its log; updates are never rewritten).
struct AttachmentOwner
{
    qint64 visitId = 0;
    QString findingKey;      // non-empty: a finding
    int recommendation = -1; // >= 0 with update: a follow-up update
    int update = -1;

    bool isFinding() const { return !findingKey.isEmpty(); }
    bool isUpdate() const { return recommendation >= 0 && update >= 0; }
    bool isVisit() const { return !isFinding() && !isUpdate(); }
    bool operator==(const AttachmentOwner &) const = default;
};

struct AttachmentRecord
{
    qint64 id = 0; // 0 until stored
    AttachmentOwner owner;
    QString fileName;
    QString mimeType; // from the content (QMimeDatabase), e.g. "image/jpeg"
    qint64 size = 0;
    QString caption;
    QString credit;  // "Ảnh: Đức Hạnh/TTXVN"
    QDateTime added; // UTC
    QString sha256;  // lower-case hex of the content
    bool printInMinutes = false;

    bool operator==(const AttachmentRecord &) const = default;
};

class Attachments final
{
public:
    explicit Attachments(Database &database);

    // Metadata of every attachment of a visit, in the order they were added.
    QList<AttachmentRecord> ofVisit(qint64 visitId, QString *error) const;
    // ofVisit of each, in order, with one statement (the visits of an import).
    QList<AttachmentRecord> ofVisits(const QList<qint64> &visitIds, QString *error) const;
    std::optional<AttachmentRecord> find(qint64 id, QString *error) const;
    // How many attachments a visit has (cheap, for labels).
    int countOfVisit(qint64 visitId, QString *error) const;
    // Whether the visit, finding or follow-up update is stored (an undone
    // removal puts an attachment back only where it belongs).
    bool ownerExists(const AttachmentOwner &owner, QString *error) const;
    // The title of the owning visit, for the change history.
    QString visitTitle(qint64 visitId, QString *error) const;

    bool hasContent(const QString &sha256, QString *error) const;
    // The stored bytes; nullopt when absent (with *error).
    std::optional<QByteArray> content(const QString &sha256, QString *error) const;
    // The PNG thumbnail; an empty array when there is none.
    QByteArray thumbnail(const QString &sha256, QString *error) const;

    // Stores a content unless the same hash is stored already.
    bool storeContent(const QString &sha256, const QByteArray &data, QString *error);
    bool storeThumbnail(const QString &sha256, const QByteArray &png, QString *error);
    // Inserts the row; keeps record.id when it is set (restoring a removed
    // attachment under its old id). Returns the id.
    std::optional<qint64> insert(const AttachmentRecord &record, QString *error);
    // Caption, credit and the "print in the minutes" flag.
    bool describe(qint64 id, const QString &caption, const QString &credit, bool printInMinutes,
                  QString *error);
    // Removing the last reference to a content removes the content (trigger).
    bool remove(qint64 id, QString *error);
    bool removeAllOfVisit(qint64 visitId, QString *error);

    // The visit and the position of the latest update of a recommendation
    // (after appending one: its owner). nullopt when it has no update.
    std::optional<AttachmentOwner> latestUpdateOf(qint64 recommendationId, QString *error) const;

    // Totals over the whole database (statistics, benchmarks).
    qint64 storedContentBytes(QString *error) const;

private:
    Database &m_database;
};

} // namespace vt
