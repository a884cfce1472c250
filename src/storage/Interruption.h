#pragma once

// Lets one thread stop the SQLite work another thread is running: a backup
// written in the background is stopped when its file is closed or replaced,
// or the program quits, instead of being waited for (at national scale it
// takes many seconds). cancel() interrupts every attached connection: the
// running statement fails with "interrupted" and rolls back.
//
// Two ways, because each alone misses a case: sqlite3_interrupt (allowed from
// any thread) stops even a long single step such as quick_check's, but is
// forgotten when no statement is running yet; a progress handler checked
// every few hundred instructions catches a statement started just after.

#include <QSqlDatabase>

#include <atomic>
#include <mutex>
#include <vector>

struct sqlite3;

namespace vt {

class Interruption final
{
    Q_DISABLE_COPY_MOVE(Interruption)

public:
    Interruption() = default;

    // Interrupts the attached connections and every one attached from now on.
    void cancel();
    bool isCancelled() const;

    // While it lives, cancel() interrupts the connection. It must go before
    // the connection is closed: the handle is not used after that.
    class Attachment final
    {
        Q_DISABLE_COPY_MOVE(Attachment)

    public:
        Attachment(Interruption *interruption, const QSqlDatabase &connection);
        ~Attachment();

    private:
        Interruption *m_interruption;
        sqlite3 *m_handle;
    };

private:
    static int progressHandler(void *interruption);

    mutable std::mutex m_mutex;
    std::atomic<bool> m_cancelled = false;
    std::vector<sqlite3 *> m_handles;
};

} // namespace vt
