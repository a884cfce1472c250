#include "services/BackgroundBackup.h"

#include "storage/Database.h"
#include "storage/Interruption.h"

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
}

bool BackgroundBackup::start(const QString &databasePath, When when, const BackupPolicy &policy)
{
    if (isRunning())
        return false;
    m_interruption = std::make_unique<Interruption>();
    const quint64 run = ++m_run;
    m_thread =
        std::thread([this, run, databasePath, when, policy, now = QDateTime::currentDateTime(),
                     interruption = m_interruption.get()] {
            const RotationResult result = backUpFile(databasePath, when, policy, now, interruption);
            // Queued to this object's thread; dropped should this object be gone
            // by then (its destructor has joined this thread first).
            QMetaObject::invokeMethod(
                this, [this, run, result] { deliver(run, result); }, Qt::QueuedConnection);
        });
    return true;
}

void BackgroundBackup::stop()
{
    if (!isRunning())
        return;
    m_interruption->cancel();
    m_thread.join();
    ++m_run; // what it delivers now is not for anyone
}

void BackgroundBackup::deliver(quint64 run, const RotationResult &result)
{
    if (run != m_run)
        return;
    if (m_thread.joinable())
        m_thread.join(); // it has posted this and is returning
    emit finished(result);
}

} // namespace vt
