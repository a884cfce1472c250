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
    FollowUpCounts count(const FollowUpFilter &filter, QString *error) const;
    // Rows [offset, offset + limit) in the order of `key`; ties by id, so
    // that pages never overlap.
    QList<FollowUpRow> page(const FollowUpFilter &filter, FollowUpSortKey key, Qt::SortOrder order,
                            int offset, int limit, QString *error) const;

private:
    Database &m_database;
    QDate m_asOf;
};

} // namespace vt
