#pragma once

// Sort expressions that rank visit kinds and statuses in their declared order
// (planned before held ...) rather than alphabetically by key. Schema 1 indexes
// exactly these expressions, and SQLite uses such an index only for the same
// expression, so the list sorts and the migration share these strings. A new
// kind or status needs a migration that recreates the two indexes.

namespace vt::visit_order {

inline constexpr char kKindRank[] =
    "(CASE kind WHEN 'working' THEN 0 WHEN 'inspection' THEN 1 WHEN 'supervision' THEN 2"
    " WHEN 'survey' THEN 3 END)";
inline constexpr char kStatusRank[] =
    "(CASE status WHEN 'planned' THEN 0 WHEN 'held' THEN 1 WHEN 'concluded' THEN 2"
    " WHEN 'closed' THEN 3 WHEN 'cancelled' THEN 4 END)";

} // namespace vt::visit_order
