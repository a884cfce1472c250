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
#include <QStringList>

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

    // The partial output of a stopped job. Removing a file of gigabytes takes
    // this file system about a second (docs/PERFORMANCE.md, session 8), too
    // long for the window's thread, which waits for a stopped backup to let go
    // of its database. With deferRemovals(), the files of a cancelled job are
    // kept for takeRemovals(), so that whoever stopped it removes them once
    // it has let go; otherwise, and for a job that failed, they go at once.
    // Any not taken are removed when the Interruption goes.
    ~Interruption();
    void deferRemovals();
    void removeFiles(const QStringList &paths);
    QStringList takeRemovals();

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
    bool m_deferRemovals = false;
    QStringList m_removals; // deferred, under m_mutex
};

} // namespace vt
