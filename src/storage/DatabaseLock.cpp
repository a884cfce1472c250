#include "storage/DatabaseLock.h"

#include "storage/SqlValues.h"

#include <QFileInfo>
#include <QHash>
#include <QLockFile>
#include <QMutex>
#include <QMutexLocker>
#include <QSysInfo>

#include <utility>

namespace vt {

struct DatabaseLock::Shared
{
    explicit Shared(const QString &path) : file(path) {}
    ~Shared() { file.unlock(); }
    QLockFile file;
};

namespace {

QMutex &registryMutex()
{
    static QMutex mutex;
    return mutex;
}

// The locks this process holds, by lock file path.
QHash<QString, std::weak_ptr<DatabaseLock::Shared>> &registry()
{
    static QHash<QString, std::weak_ptr<DatabaseLock::Shared>> locks;
    return locks;
}

} // namespace

DatabaseLock::DatabaseLock(std::shared_ptr<Shared> shared) : m_shared(std::move(shared)) {}

DatabaseLock::~DatabaseLock()
{
    const QMutexLocker locker(&registryMutex());
    m_shared.reset(); // unlocks when this was the last user in the process
}

QString DatabaseLock::lockFilePath(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteFilePath() + QLatin1StringView(".lock");
}

std::unique_ptr<DatabaseLock> DatabaseLock::acquire(const QString &databasePath, QString *reason)
{
    const QString lockPath = lockFilePath(databasePath);
    const QMutexLocker locker(&registryMutex());
    if (auto shared = registry().value(lockPath).lock())
        return std::unique_ptr<DatabaseLock>(new DatabaseLock(std::move(shared)));

    auto shared = std::make_shared<Shared>(lockPath);
    // Only a dead holder makes a lock stale, never its age: a window may stay
    // open for days. tryLock() removes the lock of a process that died.
    shared->file.setStaleLockTime(0);
    if (!shared->file.tryLock(0)) {
        if (shared->file.error() == QLockFile::LockFailedError) {
            qint64 pid = 0;
            QString host;
            QString application;
            shared->file.getLockInfo(&pid, &host, &application);
            if (reason) {
                *reason = host.isEmpty() || host == QSysInfo::machineHostName()
                              ? sql::Text::tr("it is already open for writing in another Visit "
                                              "Tracker window (process %1)")
                                    .arg(pid)
                              : sql::Text::tr("it is already open for writing in another Visit "
                                              "Tracker window (process %1 on %2)")
                                    .arg(pid)
                                    .arg(host);
            }
        } else if (reason) {
            *reason = sql::Text::tr("the lock file “%1” cannot be created").arg(lockPath);
        }
        return nullptr;
    }
    registry().insert(lockPath, shared);
    return std::unique_ptr<DatabaseLock>(new DatabaseLock(std::move(shared)));
}

} // namespace vt
