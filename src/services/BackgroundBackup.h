#pragma once

// A backup of a database file written on a thread of its own, over a
// read-only connection of its own, so that the window keeps answering while a
// large file is copied (about 14 s at 100,000 visits, docs/PERFORMANCE.md).
// The window's connection is not used: in WAL mode the reader copies the last
// committed state while the window goes on reading and writing.

#include "services/BackupRotation.h"

#include <QObject>

#include <memory>
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
    bool isRunning() const { return m_thread.joinable(); }
    // Stops the running backup and waits for its thread, which takes a moment:
    // the copy is interrupted, its partial file removed. finished() is not
    // emitted for it. Called before the file is closed or replaced.
    void stop();

signals:
    // On this object's thread, once per start() not stopped.
    void finished(const vt::RotationResult &result);

private:
    void deliver(quint64 run, const RotationResult &result);

    std::thread m_thread;
    std::unique_ptr<Interruption> m_interruption;
    quint64 m_run = 0; // which start() a delivered result belongs to
};

} // namespace vt
