#pragma once

// The follow-up report as a table for people (translated headers, statuses in
// words, dates as the interface writes them), printed through composeList.
// The limitation list uses reports/FindingTables.

#include "reports/TableExport.h"
#include "storage/RecommendationQueries.h"

namespace vt::documents {

ReportTable followUpReportTable(const QList<FollowUpRow> &rows, const QDate &asOf,
                                const QString &subtitle);

} // namespace vt::documents
