#include "storage/ReadingApart.h"

#include "storage/Database.h"
#include "storage/Interruption.h"

#include <QFileInfo>

namespace vt {

bool isWorthReadingApart(const Database &database, qint64 fromBytes)
{
    return !database.inTransaction() && QFileInfo(database.filePath()).size() >= fromBytes;
}

ReadingApart::ReadingApart(const QString &path, Read read, std::function<void()> finished)
    : m_interruption(std::make_shared<Interruption>())
{
    m_done = std::async(std::launch::async, [interruption = m_interruption, path,
                                             read = std::move(read),
                                             finished = std::move(finished)] {
        bool ok = false;
        {
            // Qt's connections belong to the thread that opens them. Opening
            // a large file read-only costs about a millisecond (no check of
            // the file above 32 MiB, DatabaseCheck.h).
            Database reader;
            if (!interruption->isCancelled() &&
                reader.open(path, nullptr, Database::Access::ReadOnly)) {
                const Interruption::Attachment attached(interruption.get(), reader.connection());
                QString error;
                ok = read(reader, &error) && error.isEmpty() && !interruption->isCancelled();
            }
        }
        if (finished)
            finished();
        return ok;
    });
}

ReadingApart::~ReadingApart()
{
    if (m_done.valid()) {
        m_interruption->cancel();
        m_done.wait();
    }
}

void ReadingApart::cancel()
{
    m_interruption->cancel();
}

bool ReadingApart::isFinished() const
{
    return !m_done.valid() || m_done.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
}

bool ReadingApart::succeeded()
{
    return m_done.valid() && m_done.get();
}

} // namespace vt
