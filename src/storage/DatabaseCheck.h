#pragma once

// Checks of a database file: SQLite's own structure checks and ours (the file
// identity, the schema version and the tables this version expects).

#include <QSqlDatabase>
#include <QStringList>

namespace vt {

class Database;

// The full check behind the `check` command: PRAGMA integrity_check,
// foreign_key_check, application_id, user_version and the expected tables.
// Returns the problems found, each one readable sentence; empty when all is well.
QStringList checkDatabase(const Database &database);

// The same checks on a file opened read-only on its own connection, without
// the refusals of Database::open, so that `check` can name the problems of a
// damaged, foreign or newer file. Never writes to the file. Returns false
// (and *error) when the file cannot be checked at all.
bool checkDatabaseFile(const QString &filePath, QStringList *problems, QString *error);

// PRAGMA quick_check (the structure without comparing indexes to tables):
// the problems found; empty when the file is sound.
QStringList quickCheck(QSqlDatabase connection);

// Files at most this size are quick-checked each time they are opened.
// quick_check reads every page. Measured on a shared 2-core machine: 20,000
// generated visits make a 524 MB file that takes 2.1 s (cached) to 3.7 s (cold)
// to check, so 100,000 visits would take 10 s or more; a 133 MB file took
// 2.6-7 s. At 4-7 ms per MB, files up to 32 MB check in about 130-250 ms;
// larger ones are checked by `check` (and before every backup).
inline constexpr qint64 kQuickCheckOnOpenMaxBytes = 32LL * 1024 * 1024;

} // namespace vt
