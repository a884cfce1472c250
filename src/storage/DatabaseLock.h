#pragma once

// The single-writer rule: a QLockFile "<database>.lock" beside the file, held
// while a Visit Tracker process has the database open for writing. Other
// processes then open it read-only. Several Database objects of one process
// share the lock (SQLite itself serialises their writes).

#include <QString>
#include <memory>

class QLockFile;

namespace vt {

class DatabaseLock final
{
    Q_DISABLE_COPY_MOVE(DatabaseLock)

public:
    ~DatabaseLock();

    // Takes (or shares within this process) the lock of databasePath. On
    // failure returns null and sets *reason: the holder's process id when
    // another process holds it, or why the lock file cannot be written.
    static std::unique_ptr<DatabaseLock> acquire(const QString &databasePath, QString *reason);

    static QString lockFilePath(const QString &databasePath);

    struct Shared; // one QLockFile, shared by the Database objects of a process

private:
    explicit DatabaseLock(std::shared_ptr<Shared> shared);
    std::shared_ptr<Shared> m_shared;
};

} // namespace vt
