#include "storage/MigrationSteps.h"

#include "storage/SqlValues.h"

#include <QSqlQuery>

namespace vt::migration {
namespace {

// Attachments (issue 10): photos and documents kept inside the database, so
// that one file is the whole record and a backup is complete.
// - attachments holds what lists show (name, type, size, caption, credit,
//   date added, hash): never a blob, so lists stay fast with gigabytes stored.
// - attachment_contents holds each distinct content once, keyed by its
//   SHA-256; attachment_thumbnails the small PNG of a photo, so the editor
//   never reads a photo to show it.
// The owner is the visit, a finding of it by key, or a follow-up update by
// position (recommendation_seq, update_seq): finding and update rows are
// rewritten when a visit is saved, their keys and positions are what stays.
// When the last reference to a content goes (also through the cascade of a
// deleted visit), the trigger removes the content and its thumbnail.
const char *const kSchema7[] = {
    R"(CREATE TABLE attachment_contents (
        sha256 TEXT PRIMARY KEY,
        size INTEGER NOT NULL,
        data BLOB NOT NULL))",
    R"(CREATE TABLE attachment_thumbnails (
        sha256 TEXT PRIMARY KEY REFERENCES attachment_contents (sha256) ON DELETE CASCADE,
        image BLOB NOT NULL))",
    R"(CREATE TABLE attachments (
        id INTEGER PRIMARY KEY,
        visit_id INTEGER NOT NULL REFERENCES visits (id) ON DELETE CASCADE,
        finding_key TEXT,
        recommendation_seq INTEGER,
        update_seq INTEGER,
        file_name TEXT NOT NULL,
        mime_type TEXT NOT NULL,
        size INTEGER NOT NULL,
        caption TEXT,
        credit TEXT,
        added_at TEXT NOT NULL,
        sha256 TEXT NOT NULL REFERENCES attachment_contents (sha256),
        print_in_minutes INTEGER NOT NULL DEFAULT 0,
        CHECK (finding_key IS NULL OR recommendation_seq IS NULL),
        CHECK ((recommendation_seq IS NULL) = (update_seq IS NULL))))",
    R"(CREATE INDEX attachments_visit ON attachments (visit_id, id))",
    R"(CREATE INDEX attachments_sha256 ON attachments (sha256))",
    R"(CREATE TRIGGER attachments_release AFTER DELETE ON attachments
        WHEN NOT EXISTS (SELECT 1 FROM attachments WHERE sha256 = OLD.sha256)
        BEGIN DELETE FROM attachment_contents WHERE sha256 = OLD.sha256; END)",
};

} // namespace

bool toVersion7(QSqlQuery &query, QString *error)
{
    for (const char *statement : kSchema7) {
        if (!sql::exec(query, QString::fromLatin1(statement),
                       sql::Text::tr("Could not create schema version %1").arg(7), error))
            return false;
    }
    return true;
}

} // namespace vt::migration
