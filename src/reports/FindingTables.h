#pragma once

// The limitation list and the good-model library as exported tables.

#include "reports/TableExport.h"
#include "storage/FindingQueries.h"

namespace vt {

// For people: translated headers, dates as 07/06/2023, recommendations with
// their status as of `asOf` (limitations only). The subtitle names the filter.
ReportTable findingTable(const QList<FindingRow> &rows, FindingCategory category, const QDate &asOf,
                         const QString &subtitle);

// For scripts (CLI csv): the fixed header of INTERFACES.md,
// visit_id,date,host,area,organisation,text,recommendations; ISO dates.
ReportTable limitationScriptTable(const QList<FindingRow> &rows, const QDate &asOf);

} // namespace vt
