#pragma once

// A backup of a database file written on a thread of its own, over a
// read-only connection of its own, so that the window keeps answering while a
// large file is copied (about 14 s at 100,000 visits, docs/PERFORMANCE.md).
// The window's connection is not used: in WAL mode the reader copies the last
// committed state while the window goes on reading and writing.

#include "services/BackupRotation.h"

#include <QObject>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

namespace vt {

class Interruption;

class BackgroundBackup final : public QObject
{
    Q_OBJECT

public:
    enum class When
    {
        IfDue, // BackupRotation::runIfDue
        Now    // BackupRotation::backUpNow
    };

    explicit BackgroundBackup(QObject *parent = nullptr);
    ~BackgroundBackup() override; // stops the running backup and waits for it

    // Starts backing up the file; false when a backup is already running.
    bool start(const QString &databasePath, When when,
               const BackupPolicy &policy = BackupPolicy::fromSettings());
    // From start() until its result is delivered or it is stopped.
    bool isRunning() const;
    // Stops the running backup and waits until it has let go of the database
    // (a moment: the copy is interrupted). Its partial file is removed after
    // that, on its thread, which is joined by the next start() or the
    // destructor: at national scale the removal alone took about a second.
    // finished() is not emitted for it. Called before the file is closed or
    // replaced.
    void stop();

signals:
    // On this object's thread, once per start() not stopped.
    void finished(const vt::RotationResult &result);

private:
    void deliver(quint64 run, const RotationResult &result);

    // Set by the backup's thread once its connection is closed.
    void release();

    std::thread m_thread;
    std::unique_ptr<Interruption> m_interruption;
    mutable std::mutex m_mutex;
    std::condition_variable m_releasedChanged;
    bool m_released = true; // no backup holds the database
    bool m_active = false;  // isRunning(); this object's thread only
    quint64 m_run = 0;      // which start() a delivered result belongs to
};

} // namespace vt
