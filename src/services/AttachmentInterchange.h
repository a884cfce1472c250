#pragma once

// Attachments in the JSON interchange (docs/json-format.md, "Attachments"):
// never inlined. Export writes each content once into a folder beside the
// JSON file named after it (out.json -> out.attachments/) and lists the
// attachments of a visit, finding or update in its "x-attachments" field with
// the path relative to the JSON file and the SHA-256. Import reads them back
// and checks every file's hash before anything is written.

#include "domain/Validation.h"
#include "domain/Visit.h"
#include "storage/Attachments.h"

#include <QDir>
#include <QHash>
#include <QList>
#include <QString>

namespace vt {

class Database;

inline constexpr QLatin1StringView kAttachmentsField{"x-attachments"};

// "out.attachments" for ".../out.json"; "" for "-" (standard output).
QString attachmentFolderName(const QString &jsonPath);

// Adds "x-attachments" to each visit given (and its findings and updates)
// and writes the contents into the folder beside `jsonPath`, each content
// once however many visits list it. Visits must carry their database ids.
class AttachmentExport final
{
public:
    AttachmentExport(Database &database, const QString &jsonPath);
    bool add(Visit &visit, QString *error);

private:
    Database &m_database;
    QString m_folderName; // empty for standard output: the v1 document alone
    QDir m_base;
    QHash<QString, QString> m_written; // sha256 -> path relative to the JSON file
};

// The attachments a visit of an imported document lists.
struct ImportedAttachment
{
    AttachmentRecord record; // owner without the visit id
    QString filePath;        // absolute
    QString where;           // "visits[0].findings[1].x-attachments[0]"
};
struct ImportedAttachments
{
    bool listed = false; // the visit or one of its records has "x-attachments"
    QList<ImportedAttachment> items;
};

// Takes the "x-attachments" fields out of the visit and its records (they are
// stored as attachments, not as extensions) and checks each entry and its
// file (present, same size and SHA-256). Problems are appended to `issues`.
ImportedAttachments takeAttachments(Visit &visit, qsizetype visitIndex, const QString &jsonPath,
                                    QList<ValidationIssue> *issues);

// Removes the "x-attachments" fields takeAttachments() reads, without
// checking them again: for a visit read a second time after its check.
void dropAttachmentFields(Visit &visit);

// Inside the caller's transaction: the visit's attachments become those
// listed (when it lists any); each file is read again and its hash checked.
bool storeImportedAttachments(Database &database, qint64 visitId,
                              const ImportedAttachments &attachments, QString *error);

} // namespace vt
