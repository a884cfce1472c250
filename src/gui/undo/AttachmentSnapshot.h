#pragma once

// The attachments of some visits as they stood before a change that may
// replace them wholesale (an import: a visit whose document lists
// "x-attachments" gets exactly those). Compared with the attachments after
// the change, it gives the steps that undo it: the files the change took
// away (with their contents, read before they could go) and the files it
// brought (their contents stay in the database until an undo takes them).

#include "services/AttachmentService.h"

#include <QHash>
#include <QList>
#include <QSet>

namespace vt {

class Database;

class AttachmentSnapshot final
{
public:
    // `keepContentOf`: the visits whose attachments the change may take away;
    // their contents are read now, except those `staysStored` names by
    // SHA-256 (the change stores them again: an import stores the files it
    // lists before it removes the old ones, so re-importing an export reads
    // nothing here).
    AttachmentSnapshot(Database &database, const QList<qint64> &visitIds,
                       const QList<qint64> &keepContentOf = {},
                       const QSet<QString> &staysStored = {});

    // How the attachments changed since: of these visits and of those now
    // stored under `visitIdsNow` (visits the change created).
    struct Changes
    {
        QList<AttachmentChange> removed; // each (record -> absent) with its content
        QList<AttachmentChange> added;   // each (absent -> record); content stays stored
    };
    Changes changesSince(const QList<qint64> &visitIdsNow) const;

private:
    Database &m_database;
    QList<qint64> m_visitIds;
    QList<AttachmentRecord> m_records;
    QHash<qint64, QByteArray> m_contents; // by attachment id
};

} // namespace vt
