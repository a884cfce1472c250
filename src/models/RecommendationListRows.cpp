// Where the follow-up list's rows come from: given whole (setRows), or read
// from FollowUpCatalogue a page at a time in the order sort() sets, with the
// counts of the summary line aggregated in SQL (RecommendationListModel.h).

#include "models/RecommendationListModel.h"

#include "storage/Database.h"

#include <algorithm>
#include <iterator>
#include <utility>

namespace vt {

void RecommendationListModel::setRows(const QList<FollowUpRow> &rows)
{
    beginResetModel();
    m_catalogue.reset();
    forgetOrder();
    dropCounting();
    // The catalogue's file may be about to go (DatabaseSession::fileClosing):
    // no reading of it outlives this.
    m_droppedReadings.clear(); // each waits for its thread
    m_rows = rows;
    endResetModel();
    emit listed();
}

void RecommendationListModel::setCatalogue(const FollowUpCatalogue &catalogue,
                                           const FollowUpFilter &filter)
{
    dropCounting();
    // A list that was long is counted apart (its counts take 0.1 s at 100,000
    // visits); a short one, or one inside a transaction, is counted now.
    const bool wasLong = m_catalogue && !m_readApartFailed && m_counts.total >= m_rowsReadApart;
    if (!wasLong || catalogue.database().inTransaction()) {
        QString error;
        const FollowUpCounts counts = catalogue.count(filter, &error);
        if (!error.isEmpty())
            qWarning("RecommendationListModel: %s", qPrintable(error));
        list(catalogue, filter, counts);
        return;
    }
    auto counts = std::make_shared<FollowUpCounts>();
    m_counting = std::make_unique<ReadingApart>(
        catalogue.database().filePath(),
        [counts, asOf = catalogue.asOf(), filter](Database &reader, QString *error) {
            *counts = FollowUpCatalogue(reader, asOf).count(filter, error);
            return true;
        },
        onWindowThread(&RecommendationListModel::countedApart, ++m_countGeneration));
    m_countRead = std::move(counts);
    m_countedCatalogue.emplace(catalogue);
    m_countedFilter = filter;
}

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

void RecommendationListModel::list(const FollowUpCatalogue &catalogue, const FollowUpFilter &filter,
                                   const FollowUpCounts &counts)
{
    beginResetModel();
    m_rows.clear();
    m_catalogue.emplace(catalogue);
    m_filter = filter;
    m_readApartFailed = false;
    m_counts = counts;
    forgetOrder();
    endResetModel();
    emit listed();
}

void RecommendationListModel::sort(int column, Qt::SortOrder order)
{
    static constexpr FollowUpSortKey kKeys[] = {
        FollowUpSortKey::Host,        FollowUpSortKey::Visit,     FollowUpSortKey::Text,
        FollowUpSortKey::Responsible, FollowUpSortKey::Due,       FollowUpSortKey::Status,
        FollowUpSortKey::Urgency,     FollowUpSortKey::LastUpdate};
    static_assert(std::size(kKeys) == ColumnCount);
    if (column < 0 || column >= ColumnCount)
        return;
    FollowUpSortKey key = kKeys[column];
    // Most days overdue first is the urgency order itself.
    if (key == FollowUpSortKey::Urgency)
        order = order == Qt::DescendingOrder ? Qt::AscendingOrder : Qt::DescendingOrder;
    if (key == m_sortKey && order == m_sortOrder)
        return;
    beginResetModel();
    m_sortKey = key;
    m_sortOrder = order;
    forgetOrder();
    endResetModel();
}

struct RecommendationListModel::PageRead
{
    int index = 0;
    QList<FollowUpRow> rows;
    // A page beyond those read by offset is cut from the whole order, kept.
    std::optional<QList<qint64>> order;
};

RecommendationListModel::~RecommendationListModel()
{
    dropReading(m_counting);
    dropReading(m_orderReading);
    dropReading(m_pageReading);
    m_droppedReadings.clear(); // each waits for its thread
}

void RecommendationListModel::forgetOrder()
{
    m_pages.clear();
    m_order.reset();
    ++m_generation;
    dropReading(m_orderReading);
    dropReading(m_pageReading);
    m_deepPageWaits = false;
    // Only a list longer than its pages read by offset needs its whole order.
    if (m_catalogue && m_counts.total > kPagesByOffset * kPageSize)
        m_orderReadingDelay.start();
    else
        m_orderReadingDelay.stop();
}

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

const FollowUpRow *RecommendationListModel::rowAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    if (!m_catalogue)
        return &m_rows.at(row);
    const int pageIndex = row / kPageSize;
    auto page = m_pages.constFind(pageIndex);
    if (page == m_pages.constEnd()) {
        // A simple bound on memory, as the visit list: pages are cheap to read again.
        if (m_pages.size() >= kMaxCachedPages)
            m_pages.clear();
        QString error;
        if (!m_order && pageIndex >= kPagesByOffset) {
            if (m_orderReading) {
                if (m_orderReading->succeeded()) // waits for what is left of it
                    m_order = std::move(*m_orderRead);
                m_orderReading.reset();
                m_orderRead.reset();
            }
            if (!m_order) {
                QList<qint64> order =
                    m_catalogue->orderedIds(m_filter, m_sortKey, m_sortOrder, &error);
                if (error.isEmpty())
                    m_order = std::move(order);
            }
        }
        page = m_pages.insert(
            pageIndex,
            m_order ? m_catalogue->rowsOf(m_order->mid(qsizetype(pageIndex) * kPageSize, kPageSize),
                                          &error)
                    : m_catalogue->page(m_filter, m_sortKey, m_sortOrder, pageIndex * kPageSize,
                                        kPageSize, &error));
        if (!error.isEmpty())
            qWarning("RecommendationListModel: %s", qPrintable(error));
    }
    const int offset = row % kPageSize;
    return offset < page->size() ? &page->at(offset) : nullptr;
}

QList<FollowUpRow> RecommendationListModel::allRows(QString *error) const
{
    if (!m_catalogue)
        return m_rows;
    if (m_order)
        return m_catalogue->rowsOf(*m_order, error);
    return m_catalogue->page(m_filter, m_sortKey, m_sortOrder, 0, m_counts.total, error);
}

int RecommendationListModel::rowOfRecommendation(qint64 id) const
{
    const auto find = [id](const QList<FollowUpRow> &rows) -> qsizetype {
        for (qsizetype row = 0; row < rows.size(); ++row) {
            if (rows.at(row).id == id)
                return row;
        }
        return -1;
    };
    if (!m_catalogue)
        return int(find(m_rows));
    for (auto page = m_pages.cbegin(); page != m_pages.cend(); ++page) {
        if (const qsizetype row = find(page.value()); row >= 0)
            return page.key() * kPageSize + int(row);
    }
    return -1;
}

int RecommendationListModel::overdueCount() const
{
    if (m_catalogue)
        return m_counts.overdue();
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [](const FollowUpRow &row) { return row.isOverdue(); }));
}

int RecommendationListModel::overdueCount(OverdueAge age) const
{
    if (m_catalogue)
        return m_counts.overdue(age);
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [age](const FollowUpRow &row) {
        return overdueAgeOf(row.daysOverdue) == age;
    }));
}

} // namespace vt
