#pragma once

// Schema upgrades, one step per version, all in one transaction with the new
// user_version and application_id: a file is either fully upgraded or untouched.

#include <QString>

namespace vt {

class Database;

// Brings the schema of an open, writable database from fromVersion up to
// Database::kSchemaVersion. The caller has already checked that the file is
// ours (or new) and not newer than this build.
bool migrateSchema(Database &database, int fromVersion, QString *error);

} // namespace vt
