#include "gui/undo/AttachmentSnapshot.h"

namespace vt {
namespace {

// One statement for all the visits: an import names up to every stored one.
QList<AttachmentRecord> attachmentsOf(Database &database, const QList<qint64> &visitIds)
{
    return AttachmentService(database).list(visitIds, nullptr);
}

// Whether `records` holds `record` as it is, looked up by id.
bool holds(const QHash<qint64, AttachmentRecord> &records, const AttachmentRecord &record)
{
    const auto found = records.constFind(record.id);
    return found != records.cend() && *found == record;
}

QHash<qint64, AttachmentRecord> byId(const QList<AttachmentRecord> &records)
{
    QHash<qint64, AttachmentRecord> hash;
    hash.reserve(records.size());
    for (const AttachmentRecord &record : records)
        hash.insert(record.id, record);
    return hash;
}

} // namespace

AttachmentSnapshot::AttachmentSnapshot(Database &database, const QList<qint64> &visitIds,
                                       const QList<qint64> &keepContentOf,
                                       const QSet<QString> &staysStored)
    : m_database(database), m_visitIds(visitIds), m_records(attachmentsOf(database, visitIds))
{
    const AttachmentService service(database);
    for (const AttachmentRecord &record : std::as_const(m_records)) {
        if (!keepContentOf.contains(record.owner.visitId) || staysStored.contains(record.sha256))
            continue;
        if (std::optional<QByteArray> content = service.content(record, nullptr))
            m_contents.insert(record.id, std::move(*content));
    }
}

AttachmentSnapshot::Changes AttachmentSnapshot::changesSince(const QList<qint64> &visitIdsNow) const
{
    QList<qint64> ids = m_visitIds;
    QSet<qint64> listed(ids.cbegin(), ids.cend());
    for (const qint64 id : visitIdsNow) {
        if (!listed.contains(id)) {
            listed.insert(id);
            ids.append(id);
        }
    }
    const QList<AttachmentRecord> now = attachmentsOf(m_database, ids);
    const QHash<qint64, AttachmentRecord> nowById = byId(now);
    const QHash<qint64, AttachmentRecord> beforeById = byId(m_records);
    Changes changes;
    const AttachmentService service(m_database);
    for (const AttachmentRecord &record : m_records) {
        if (holds(nowById, record))
            continue;
        // Read before the change; or still stored under another attachment
        // with the same content (re-importing an export brings the same files).
        QByteArray content = m_contents.value(record.id);
        if (content.isEmpty())
            content = service.content(record, nullptr).value_or(QByteArray());
        changes.removed.append({record, std::nullopt, content});
    }
    for (const AttachmentRecord &record : now) {
        if (!holds(beforeById, record))
            changes.added.append({std::nullopt, record, {}});
    }
    return changes;
}

} // namespace vt
