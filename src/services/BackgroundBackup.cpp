#include "services/BackgroundBackup.h"

#include "storage/Database.h"
#include "storage/Interruption.h"

#include <QFile>

namespace vt {
namespace {

RotationResult backUpFile(const QString &databasePath, BackgroundBackup::When when,
                          const BackupPolicy &policy, const QDateTime &now,
                          Interruption *interruption)
{
    Database reader; // its own connection, made and closed on this thread
    QString error;
    if (!reader.open(databasePath, &error, Database::Access::ReadOnly)) {
        RotationResult result;
        result.outcome = RotationResult::Outcome::Failed;
        result.error = error;
        return result;
    }
    BackupRotation rotation(policy);
    return when == BackgroundBackup::When::IfDue ? rotation.runIfDue(reader, now, interruption)
                                                 : rotation.backUpNow(reader, now, interruption);
}

} // namespace

BackgroundBackup::BackgroundBackup(QObject *parent) : QObject(parent) {}

BackgroundBackup::~BackgroundBackup()
{
    stop();
    if (m_thread.joinable())
        m_thread.join(); // perhaps still removing a stopped copy's partial file
}

bool BackgroundBackup::isRunning() const
{
    return m_active;
}

void BackgroundBackup::release()
{
    const std::lock_guard lock(m_mutex);
    m_released = true;
    m_releasedChanged.notify_all();
}

bool BackgroundBackup::start(const QString &databasePath, When when, const BackupPolicy &policy)
{
    if (m_active)
        return false;
    if (m_thread.joinable())
        m_thread.join(); // a stopped backup's thread, removing its partial file
    m_interruption = std::make_unique<Interruption>();
    m_interruption->deferRemovals();
    {
        const std::lock_guard lock(m_mutex);
        m_released = false;
    }
    const quint64 run = ++m_run;
    m_active = true;
    m_thread =
        std::thread([this, run, databasePath, when, policy, now = QDateTime::currentDateTime(),
                     interruption = m_interruption.get()] {
            const RotationResult result = backUpFile(databasePath, when, policy, now, interruption);
            // The connection is closed: whoever stopped the backup may go on,
            // while the partial file of a stopped one goes here.
            const QStringList leftovers = interruption->takeRemovals();
            release();
            for (const QString &path : leftovers)
                QFile::remove(path);
            // Queued to this object's thread; dropped should this object be gone
            // by then (its destructor has joined this thread first).
            QMetaObject::invokeMethod(
                this, [this, run, result] { deliver(run, result); }, Qt::QueuedConnection);
        });
    return true;
}

void BackgroundBackup::stop()
{
    // Also one that is done but not yet delivered: its result is dropped.
    if (!m_active)
        return;
    m_interruption->cancel();
    {
        std::unique_lock lock(m_mutex);
        m_releasedChanged.wait(lock, [this] { return m_released; });
    }
    m_active = false;
    ++m_run; // what it delivers now is not for anyone
}

void BackgroundBackup::deliver(quint64 run, const RotationResult &result)
{
    if (run != m_run)
        return;
    if (m_thread.joinable())
        m_thread.join(); // it has posted this and is returning
    m_active = false;
    emit finished(result);
}

} // namespace vt
