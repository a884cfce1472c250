#include "gui/undo/AttachmentSnapshot.h"

namespace vt {
namespace {

QList<AttachmentRecord> attachmentsOf(Database &database, const QList<qint64> &visitIds)
{
    QList<AttachmentRecord> records;
    const AttachmentService service(database);
    for (const qint64 id : visitIds)
        records += service.list(id, nullptr);
    return records;
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
    for (const qint64 id : visitIdsNow) {
        if (!ids.contains(id))
            ids.append(id);
    }
    const QList<AttachmentRecord> now = attachmentsOf(m_database, ids);
    Changes changes;
    const AttachmentService service(m_database);
    for (const AttachmentRecord &record : m_records) {
        if (now.contains(record))
            continue;
        // Read before the change; or still stored under another attachment
        // with the same content (re-importing an export brings the same files).
        QByteArray content = m_contents.value(record.id);
        if (content.isEmpty())
            content = service.content(record, nullptr).value_or(QByteArray());
        changes.removed.append({record, std::nullopt, content});
    }
    for (const AttachmentRecord &record : now) {
        if (!m_records.contains(record))
            changes.added.append({std::nullopt, record, {}});
    }
    return changes;
}

} // namespace vt
