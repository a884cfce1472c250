#pragma once

// What an interchange document names in the open database, read before and
// after it is imported so that the import becomes one undo step
// (DatabaseSession::importDocument, loadSampleVisits).

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>

class QIODevice;

namespace vt {

class Database;

// What the undo step needs of a document, read once: each visit's ref (NFC,
// as the import reads it) and whether it lists attachments ("x-attachments",
// services/AttachmentInterchange.h), and the SHA-256 of every file listed.
// Only that is read of each visit, not all of it: reading the document in
// full twice for the undo step made an import from the window take twice as
// long as the import itself.
struct DocumentOutline
{
    struct VisitOutline
    {
        QString ref;
        bool listsAttachments = false;
    };
    QList<VisitOutline> visits;
    QSet<QString> listedContents;
};

// From the device's position to its end; the caller seeks back to read it
// again.
DocumentOutline outlineOf(QIODevice &device);
DocumentOutline outlineOf(const QByteArray &json);

// The visits a document's refs name now, and what they can touch; the
// stored ones among them whose attachments it replaces (those it lists
// attachments for), and the SHA-256 of every file it lists.
struct NamedVisits
{
    QList<qint64> reach;
    QList<qint64> stored; // by the document's refs
    QList<qint64> listingAttachments;
    QSet<QString> listedContents;
};

NamedVisits visitsNamedBy(Database &database, const DocumentOutline &outline);
NamedVisits visitsNamedIn(Database &database, const QByteArray &json);

} // namespace vt
