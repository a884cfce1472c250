#include "storage/Interruption.h"

#include "storage/NativeStatement.h"

#include <QFile>

#include <algorithm>
#include <sqlite3.h>
#include <utility>

namespace vt {
namespace {

// Often enough to stop within a millisecond, rarely enough to cost nothing.
constexpr int kInstructionsBetweenChecks = 1000;

} // namespace

int Interruption::progressHandler(void *interruption)
{
    return static_cast<Interruption *>(interruption)->m_cancelled.load() ? 1 : 0;
}

void Interruption::cancel()
{
    // Under the lock: an Attachment cannot detach, and its connection cannot
    // close, while its handle is being interrupted.
    const std::lock_guard lock(m_mutex);
    m_cancelled = true;
    for (sqlite3 *handle : m_handles)
        sqlite3_interrupt(handle);
}

bool Interruption::isCancelled() const
{
    return m_cancelled.load();
}

Interruption::~Interruption()
{
    for (const QString &path : std::as_const(m_removals))
        QFile::remove(path);
}

void Interruption::deferRemovals()
{
    const std::lock_guard lock(m_mutex);
    m_deferRemovals = true;
}

void Interruption::removeFiles(const QStringList &paths)
{
    {
        const std::lock_guard lock(m_mutex);
        if (m_deferRemovals && m_cancelled.load()) {
            m_removals += paths;
            return;
        }
    }
    for (const QString &path : paths)
        QFile::remove(path);
}

QStringList Interruption::takeRemovals()
{
    const std::lock_guard lock(m_mutex);
    return std::exchange(m_removals, {});
}

Interruption::Attachment::Attachment(Interruption *interruption, const QSqlDatabase &connection)
    : m_interruption(interruption), m_handle(interruption ? sql::handleOf(connection) : nullptr)
{
    if (!m_handle)
        return;
    // Set on the thread that uses the connection, as SQLite asks.
    sqlite3_progress_handler(m_handle, kInstructionsBetweenChecks, &Interruption::progressHandler,
                             m_interruption);
    const std::lock_guard lock(m_interruption->m_mutex);
    m_interruption->m_handles.push_back(m_handle);
}

Interruption::Attachment::~Attachment()
{
    if (!m_handle)
        return;
    {
        const std::lock_guard lock(m_interruption->m_mutex);
        std::vector<sqlite3 *> &handles = m_interruption->m_handles;
        handles.erase(std::find(handles.begin(), handles.end(), m_handle));
    }
    sqlite3_progress_handler(m_handle, 0, nullptr, nullptr);
}

} // namespace vt
