#pragma once

// What the follow-up list's queries share (private to storage/): the row
// they read, the filter as a WHERE clause, the overdue test and the list's
// order. RecommendationQueries reads whole lists; FollowUpCatalogue reads
// them a page at a time.

#include "storage/RecommendationQueries.h"
#include "storage/SqlCondition.h"

namespace vt::follow_up_rows {

// Statuses that can be overdue; the complement of done and cancelled.
inline constexpr char kOpenStatuses[] = "r.status IN ('open', 'in-progress')";

// Open or in progress and due before the bound as-of date (one value).
QString overdueClause();
// Overdue first, the longest overdue first; then by due date, undated last
// (binds the as-of date once).
QString urgencyOrder();
// The filter over recommendations `r` joined to visits `v`.
sql::Condition conditionOf(const FollowUpFilter &filter, const QDate &asOf);
// True when the filter needs the visit (alias v) joined.
bool needsVisit(const FollowUpFilter &filter);

// Reads rows with kSelect + condition + order; `order` may hold one `?`,
// bound to the as-of date after the condition's values.
bool readRows(Database &database, const QDate &asOf, const sql::Condition &condition,
              const QString &order, QList<FollowUpRow> *rows, QString *error);

} // namespace vt::follow_up_rows
