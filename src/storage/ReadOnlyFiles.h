#pragma once

// What the backup writer and the backup folder share (private to storage/):
// looking into a database file on a read-only connection of its own, and
// making a written file durable.

#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace vt::files {

// Runs `work` on a new read-only connection to the file and returns what it
// returns; false, with SQLite's message in *problem, when the file does not
// open. The connection is gone afterwards.
bool withReadOnlyConnection(const QString &filePath, QString *problem,
                            const std::function<bool(QSqlDatabase)> &work);

// fsync of the file's contents; false when it cannot be opened or synced.
bool syncFile(const QString &path);
// fsync of a folder, so that a rename into it is durable; best effort.
void syncFolder(const QString &folder);

} // namespace vt::files
