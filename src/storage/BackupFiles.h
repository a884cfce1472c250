#pragma once

// Reading and putting back backup files (File ▸ Restore from backup): what a
// backup holds, and replacing a closed database file with one of them.

#include <QString>

namespace vt {

struct BackupFileSummary
{
    bool readable = false; // a Visit Tracker database that opens read-only
    qint64 visitCount = 0;
    int schemaVersion = 0;
    QString problem; // why it is not readable
};

// Opens the file read-only on its own connection (never writes to it) and
// counts its visits. Cheap: no structure check (see checkDatabaseFile).
BackupFileSummary summariseBackupFile(const QString &filePath);

// Whether the file can be put back: readable, ours, not from a newer version
// of the program (older ones are upgraded when reopened), and sound by
// PRAGMA integrity_check. Each problem one readable sentence; empty when sound.
QStringList backupFileProblems(const QString &filePath);

// Copies `backup` over the database file `target`, which must be closed: the
// copy is written to a temporary name beside target, flushed and quick-checked,
// and only then renamed over it, so target is either the old file or the whole
// backup. Stale -wal/-shm files of target are removed first (they belong to the
// old contents). On failure target is left as it was.
bool replaceDatabaseFile(const QString &backup, const QString &target, QString *error);

} // namespace vt
