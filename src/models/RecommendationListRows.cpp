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
    // visits), and so is the first list of a large file; a short one, or one
    // inside a transaction, is counted now.
    const bool wasLong = m_catalogue && !m_readApartFailed && m_counts.total >= m_rowsReadApart;
    const bool firstOfLargeFile =
        !m_catalogue && isWorthReadingApart(catalogue.database(), m_firstCountApartFromBytes);
    if (!(wasLong || firstOfLargeFile) || catalogue.database().inTransaction()) {
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
