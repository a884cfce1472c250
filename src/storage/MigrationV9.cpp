#include "storage/MigrationSteps.h"

#include "storage/SqlValues.h"

#include <QSqlQuery>

namespace vt::migration {
namespace {

// Schema 9: indexes for reading at national scale (docs/PERFORMANCE.md), so
// that what the user waits for reads a narrow index instead of every visit's
// wide row (title, summary, folded search text: about 1.3 KB each).
const char *const kSchema9[] = {
    // The place names offered while typing in the visit editor: one index
    // entry per visit instead of reading every visit.
    R"(CREATE INDEX IF NOT EXISTS visits_location ON visits (location))",
    // Overdue recommendations counted per visit (dashboard, overdue by age)
    // without reading a recommendation's row.
    R"(CREATE INDEX IF NOT EXISTS recommendations_status_due_visit
        ON recommendations (status, due, visit_id))",
    // The visit list's filters (words, host, delegation: LIKE '%text%') and
    // the limitation review's host filter: matches are found and counted in
    // this index, about a fifth of the visits' rows, and the newest-first list
    // (date, id) is read from it, so only the visits shown are read in full.
    R"(CREATE INDEX IF NOT EXISTS visits_date_text
        ON visits (date, id, search_fold, host_fold, delegation_fold))",
    // It serves everything the index on date alone served; with both, SQLite
    // judges the narrower one cheaper and reads every visit's row to filter.
    R"(DROP INDEX IF EXISTS visits_date)",
};

} // namespace

bool toVersion9(QSqlQuery &query, QString *error)
{
    for (const char *statement : kSchema9) {
        if (!sql::exec(query, QString::fromLatin1(statement),
                       sql::Text::tr("Could not create schema version %1").arg(9), error))
            return false;
    }
    return true;
}

} // namespace vt::migration
