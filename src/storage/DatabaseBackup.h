#pragma once

// A consistent, verified copy of an open database (`backup FILE`, and the
// copy written before a schema upgrade).

#include <QString>

namespace vt {

class Database;
class Interruption;

struct BackupResult
{
    bool ok = false;
    QString error;          // what went wrong and what the user can do
    qint64 visitCount = 0;  // visits in the verified copy
    bool cancelled = false; // stopped through the Interruption: nothing written
};

// Writes a snapshot with VACUUM INTO to a temporary file beside target,
// flushes it to disk, opens it read-only and verifies it (quick_check, the
// file identity, the same number of visits as the source), and only then
// renames it over target. On any failure target is left as it was and the
// temporary file is removed. Refuses the open database itself as target.
// The visit count is compared only when no other connection committed while
// the copy was made (PRAGMA data_version). `interruption`, when given, may
// stop the copy from another thread (Interruption.h).
BackupResult backupDatabase(Database &database, const QString &target,
                            Interruption *interruption = nullptr);

} // namespace vt
