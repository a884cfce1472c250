#pragma once

// The follow-up list as the Follow-up tab shows it: counted first, then read
// one page at a time in the order of the column the user sorts by, so that
// half a million recommendations open at once and scroll without a pause
// (reading them whole took 8 s at 100,000 visits). The rows and the filter
// are RecommendationQueries' own; only the paging and the orders are here.

#include "storage/RecommendationQueries.h"

#include <QDate>
#include <QList>
#include <array>

namespace vt {

class Database;

enum class FollowUpSortKey
{
    Urgency, // ascending: overdue first, the longest overdue first, then by deadline
    Host,
    Visit, // the visit's date
    Text,
    Responsible,
    Due, // undated last
    Status,
    LastUpdate // the date of the latest update; none first
};

struct FollowUpCounts
{
    int total = 0;
    // Overdue among them, by age (the order of kOverdueAges).
    std::array<int, 4> overdueByAge{};

    int overdue() const;
    int overdue(OverdueAge age) const;
};

class FollowUpCatalogue final
{
public:
    FollowUpCatalogue(Database &database, const QDate &asOf);

    QDate asOf() const { return m_asOf; }
    Database &database() const { return m_database; }
    FollowUpCounts count(const FollowUpFilter &filter, QString *error) const;
    // Rows [offset, offset + limit) in the order of `key`; ties by id, so
    // that pages never overlap.
    QList<FollowUpRow> page(const FollowUpFilter &filter, FollowUpSortKey key, Qt::SortOrder order,
                            int offset, int limit, QString *error) const;
    // Every id the filter selects, in the order of `key` (ties by id). A page
    // deep in the list by OFFSET makes SQLite keep every row before it in a
    // bounded sorter (0.6–0.7 s two thirds down 466,412 recommendations); the
    // whole order is one plain sort (0.4 s), after which any page is read by
    // its ids (rowsOf).
    QList<qint64> orderedIds(const FollowUpFilter &filter, FollowUpSortKey key, Qt::SortOrder order,
                             QString *error) const;
    // The rows of these recommendations, in the order given; ids that no
    // longer exist are left out.
    QList<FollowUpRow> rowsOf(const QList<qint64> &ids, QString *error) const;

private:
    // LIMIT/OFFSET apply when limit >= 0.
    QList<qint64> idsInOrder(const FollowUpFilter &filter, FollowUpSortKey key, Qt::SortOrder order,
                             int offset, int limit, QString *error) const;

    Database &m_database;
    QDate m_asOf;
};

} // namespace vt
