#pragma once

// A consistent, verified copy of an open database (`backup FILE`, and the
// copy written before a schema upgrade).

#include <QString>

namespace vt {

class Database;

struct BackupResult
{
    bool ok = false;
    QString error;         // what went wrong and what the user can do
    qint64 visitCount = 0; // visits in the verified copy
};

// Writes a snapshot with VACUUM INTO to a temporary file beside target,
// flushes it to disk, opens it read-only and verifies it (quick_check, the
// file identity, the same number of visits as the source), and only then
// renames it over target. On any failure target is left as it was and the
// temporary file is removed. Refuses the open database itself as target.
BackupResult backupDatabase(Database &database, const QString &target);

} // namespace vt
