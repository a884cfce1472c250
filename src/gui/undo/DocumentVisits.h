#pragma once

// What an interchange document names in the open database, read before and
// after it is imported so that the import becomes one undo step
// (DatabaseSession::importDocument, loadSampleVisits).

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>

namespace vt {

class Database;

// The visits a document's refs name now, and what they can touch; the
// stored ones among them whose attachments it replaces (those it lists
// "x-attachments" for: services/AttachmentInterchange.h), and the SHA-256 of
// every file it lists.
struct NamedVisits
{
    QList<qint64> reach;
    QList<qint64> stored; // by the document's refs
    QList<qint64> listingAttachments;
    QSet<QString> listedContents;
};

NamedVisits visitsNamedIn(Database &database, const QByteArray &json);

} // namespace vt
