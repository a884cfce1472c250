#include "storage/FollowUpOrderReading.h"

#include "storage/Database.h"
#include "storage/Interruption.h"

namespace vt {

FollowUpOrderReading::FollowUpOrderReading(const FollowUpCatalogue &catalogue,
                                           const FollowUpFilter &filter, FollowUpSortKey key,
                                           Qt::SortOrder order)
    : m_interruption(std::make_shared<Interruption>())
{
    m_order = std::async(
        std::launch::async,
        [interruption = m_interruption, path = catalogue.database().filePath(),
         asOf = catalogue.asOf(), filter, key, order]() -> std::optional<QList<qint64>> {
            // Qt's connections belong to the thread that opens them. Opening
            // a large file read-only costs about a millisecond (no check of
            // the file above 32 MiB, DatabaseCheck.h).
            Database reader;
            if (interruption->isCancelled() ||
                !reader.open(path, nullptr, Database::Access::ReadOnly))
                return std::nullopt;
            QString error;
            QList<qint64> ids;
            {
                const Interruption::Attachment attached(interruption.get(), reader.connection());
                ids = FollowUpCatalogue(reader, asOf).orderedIds(filter, key, order, &error);
            }
            if (!error.isEmpty())
                return std::nullopt;
            return ids;
        });
}

FollowUpOrderReading::~FollowUpOrderReading()
{
    if (m_order.valid()) {
        m_interruption->cancel();
        m_order.wait();
    }
}

void FollowUpOrderReading::cancel()
{
    m_interruption->cancel();
}

bool FollowUpOrderReading::isFinished() const
{
    return !m_order.valid() ||
           m_order.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
}

std::optional<QList<qint64>> FollowUpOrderReading::take()
{
    if (!m_order.valid())
        return std::nullopt;
    return m_order.get();
}

} // namespace vt
