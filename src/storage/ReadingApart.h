#pragma once

// A reading of a database on a thread of its own, with its own read-only
// connection to the file, so that the window's thread does not wait for it.
// At 100,000 visits some orders of the follow-up list take 0.2–0.6 s to read
// (sorting 466,412 recommendations) and the dashboard's figures 0.3 s: the
// window shows what it has meanwhile and what was read once it arrives
// (RecommendationListModel, DashboardView).
//
// What is read is the caller's: `read` runs on the other thread with the
// reading's connection and stores what it reads where the caller will look
// once succeeded() says it may. `finished`, when given, is called on the
// other thread once the reading is over, however it ended (to post a message
// to the window's thread). The destructor cancels the reading and waits for
// its thread.
//
// Another connection does not see what one holds uncommitted: a caller in
// the middle of a transaction reads on its own connection instead.

#include <QString>

#include <functional>
#include <future>
#include <memory>

namespace vt {

class Database;
class Interruption;

// The window's readings that take 0.1–0.4 s at 100,000 visits (2 GB) are read
// apart from this file size on, about 2,500 visits: the dashboard's figures,
// the follow-up list's first count, the search's count. Below it they take a
// few milliseconds, less than starting a thread and opening a connection.
inline constexpr qint64 kReadApartFromBytes = 64LL * 1024 * 1024;
// Whether `database` is at least `fromBytes` large and has no transaction
// open (another connection would not see what the transaction holds).
bool isWorthReadingApart(const Database &database, qint64 fromBytes);

class ReadingApart final
{
    Q_DISABLE_COPY_MOVE(ReadingApart)

public:
    // False with an error, or when cancelled.
    using Read = std::function<bool(Database &reader, QString *error)>;

    ReadingApart(const QString &path, Read read, std::function<void()> finished = {});
    ~ReadingApart();

    // Waits for the reading; false when it could not be done apart (the file
    // could not be opened read-only, the reading failed, or was cancelled), so
    // the caller reads on its own connection. Once only.
    bool succeeded();
    // Asks the reading to stop without waiting for it. SQLite notices
    // between rows, not while it sorts them: a reading dropped at that point
    // runs on for up to a second, which the window need not wait for.
    void cancel();
    bool isFinished() const;

private:
    std::shared_ptr<Interruption> m_interruption;
    std::future<bool> m_done;
};

} // namespace vt
