// The follow-up list's readings on another thread (ReadingApart), for a list
// of kRowsReadApart rows or more: a new list counted while the rows shown
// stay, the pages the view shows (one at a time; their rows show "Reading…"
// until dataChanged() brings them) and the whole order read ahead once an
// order has stayed a moment. Each reading calls back on the window's thread
// with the generation it was started in; one of an earlier list or order is
// ignored, and dropped readings are waited for before the file goes.

#include "models/RecommendationListModel.h"

#include "storage/Database.h"

#include <algorithm>
#include <utility>

namespace vt {

void RecommendationListModel::dropCounting()
{
    ++m_countGeneration;
    dropReading(m_counting);
    m_countRead.reset();
    m_countedCatalogue.reset();
}

void RecommendationListModel::countedApart(quint64 generation)
{
    if (generation != m_countGeneration || !m_counting)
        return;
    const std::unique_ptr<ReadingApart> counting = std::move(m_counting);
    const FollowUpCatalogue catalogue = *m_countedCatalogue;
    const FollowUpFilter filter = m_countedFilter;
    FollowUpCounts counts = *m_countRead;
    if (!counting->succeeded()) {
        QString error;
        counts = catalogue.count(filter, &error); // here, where it says what failed
        if (!error.isEmpty())
            qWarning("RecommendationListModel: %s", qPrintable(error));
    }
    m_countRead.reset();
    m_countedCatalogue.reset();
    list(catalogue, filter, counts);
}

struct RecommendationListModel::PageRead
{
    int index = 0;
    QList<FollowUpRow> rows;
    // A page beyond those read by offset is cut from the whole order, kept.
    std::optional<QList<qint64>> order;
};

void RecommendationListModel::dropReading(std::unique_ptr<ReadingApart> &reading) const
{
    if (reading) {
        reading->cancel();
        m_droppedReadings.push_back(std::move(reading));
    }
    std::erase_if(m_droppedReadings, [](const auto &dropped) { return dropped->isFinished(); });
}

std::function<void()>
RecommendationListModel::onWindowThread(void (RecommendationListModel::*slot)(quint64),
                                        quint64 generation) const
{
    // The destructor waits for every reading, so `model` outlives the call;
    // a message still queued when it goes is discarded with it.
    auto *model = const_cast<RecommendationListModel *>(this);
    return [model, slot, generation] {
        QMetaObject::invokeMethod(
            model, [model, slot, generation] { (model->*slot)(generation); }, Qt::QueuedConnection);
    };
}

void RecommendationListModel::startOrderReading()
{
    if (!m_catalogue || m_order || m_orderReading)
        return;
    dropReading(m_orderReading); // forgets the finished dropped ones
    // A page cut from the whole order brings the order with it.
    const bool deepPageRead = m_pageReading && m_pageRead->index >= kPagesByOffset;
    if (!m_droppedReadings.empty() || deepPageRead) {
        m_orderReadingDelay.start(); // the core is busy still: later
        return;
    }
    // Another connection does not see what this one holds uncommitted: in the
    // middle of a transaction the order is read here, when needed.
    if (m_catalogue->database().inTransaction())
        return;
    auto ids = std::make_shared<QList<qint64>>();
    m_orderReading = std::make_unique<ReadingApart>(
        m_catalogue->database().filePath(),
        [ids, asOf = m_catalogue->asOf(), filter = m_filter, key = m_sortKey,
         order = m_sortOrder](Database &reader, QString *error) {
            *ids = FollowUpCatalogue(reader, asOf).orderedIds(filter, key, order, error);
            return true;
        },
        onWindowThread(&RecommendationListModel::orderReadApart, m_generation));
    m_orderRead = std::move(ids);
}

void RecommendationListModel::orderReadApart(quint64 generation)
{
    if (generation != m_generation || !m_orderReading)
        return; // dropped, or already taken by a page that needed it
    if (m_orderReading->succeeded() && !m_order)
        m_order = std::move(*m_orderRead);
    m_orderReading.reset();
    m_orderRead.reset();
    if (std::exchange(m_deepPageWaits, false) && rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

bool RecommendationListModel::readsApart() const
{
    return m_catalogue && !m_readApartFailed && m_counts.total >= m_rowsReadApart &&
           !m_catalogue->database().inTransaction();
}

const FollowUpRow *RecommendationListModel::shownRowAt(int row, bool *reading) const
{
    *reading = false;
    if (row < 0 || row >= rowCount() || !readsApart())
        return rowAt(row);
    const int pageIndex = row / kPageSize;
    if (const auto page = m_pages.constFind(pageIndex); page != m_pages.constEnd()) {
        const int offset = row % kPageSize;
        return offset < page->size() ? &page->at(offset) : nullptr;
    }
    // A page by id from the whole order takes a few milliseconds: read now.
    if (m_order)
        return rowAt(row);
    if (pageIndex >= kPagesByOffset && m_orderReading) {
        if (!m_orderReading->isFinished()) {
            m_deepPageWaits = true;
            *reading = true;
            return nullptr;
        }
        return rowAt(row); // takes the order read ahead
    }
    readPageApart(pageIndex);
    *reading = true;
    return nullptr;
}

void RecommendationListModel::readPageApart(int pageIndex) const
{
    if (m_pageReading)
        return;
    auto read = std::make_shared<PageRead>();
    read->index = pageIndex;
    m_pageReading = std::make_unique<ReadingApart>(
        m_catalogue->database().filePath(),
        [read, asOf = m_catalogue->asOf(), filter = m_filter, key = m_sortKey,
         order = m_sortOrder](Database &reader, QString *error) {
            const FollowUpCatalogue catalogue(reader, asOf);
            const int offset = read->index * kPageSize;
            if (read->index < kPagesByOffset) {
                read->rows = catalogue.page(filter, key, order, offset, kPageSize, error);
                return true;
            }
            QList<qint64> ids = catalogue.orderedIds(filter, key, order, error);
            if (!error->isEmpty())
                return false;
            read->rows = catalogue.rowsOf(ids.mid(offset, kPageSize), error);
            read->order = std::move(ids);
            return true;
        },
        onWindowThread(&RecommendationListModel::pageReadApart, m_generation));
    m_pageRead = std::move(read);
}

void RecommendationListModel::pageReadApart(quint64 generation)
{
    if (generation != m_generation || !m_pageReading)
        return;
    const std::unique_ptr<ReadingApart> reading = std::move(m_pageReading);
    const std::shared_ptr<PageRead> read = std::move(m_pageRead);
    int first = 0;
    int last = rowCount() - 1;
    if (reading->succeeded()) {
        if (m_pages.size() >= kMaxCachedPages)
            m_pages.clear();
        m_pages.insert(read->index, read->rows);
        if (read->order && !m_order)
            m_order = std::move(read->order);
        first = read->index * kPageSize;
        last = std::min(last, first + kPageSize - 1);
    } else {
        qWarning("RecommendationListModel: the list could not be read on another thread;"
                 " it is read when shown");
        m_readApartFailed = true;
    }
    if (first <= last)
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

} // namespace vt
