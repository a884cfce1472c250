#include "storage/MigrationSteps.h"

#include "storage/SqlValues.h"

#include <QSqlQuery>

namespace vt::migration {
namespace {

// Schema 10: narrow indexes for the dashboard of issue 4 (storage/ProgressQueries),
// so that its aggregates read a few megabytes of index instead of the wide rows
// of visits, indicators and recommendations (docs/PERFORMANCE.md, session 4).
const char *const kSchema10[] = {
    // What the dashboard asks of a visit, found by its id: a join from a
    // measurement or a recommendation names it INDEXED BY, because SQLite
    // otherwise reads the visit's whole row (about 1.3 KB) by rowid.
    R"(CREATE INDEX IF NOT EXISTS visits_progress
        ON visits (id, status, date, host_id, host_fold, delegation_fold))",
    // The measurements of one period with what the latest measurement of each
    // indicator is chosen by; the rest is read for the few hundred chosen.
    R"(CREATE INDEX IF NOT EXISTS indicators_period
        ON indicators (period, visit_id, name, seq, as_of))",
    // Measurements that may carry a schedule ("x-schedule" in extensions),
    // usually few: only these rows are read for the plan to date.
    R"(CREATE INDEX IF NOT EXISTS indicators_scheduled
        ON indicators (period, visit_id) WHERE extensions IS NOT NULL)",
    // Recommendations by status over time: a visit's recommendations with
    // what decides their state each month.
    R"(CREATE INDEX IF NOT EXISTS recommendations_visit_status
        ON recommendations (visit_id, status, due, completed))",
    // The first and last follow-up update of a recommendation, one seek each.
    R"(CREATE INDEX IF NOT EXISTS follow_up_updates_date
        ON follow_up_updates (recommendation_id, date))",
    // Overdue by host and age: the recommendations still to be done of each
    // visit, read host by host without sorting.
    R"(CREATE INDEX IF NOT EXISTS recommendations_pending
        ON recommendations (visit_id, due, status) WHERE status IN ('open', 'in-progress'))",
};

} // namespace

bool toVersion10(QSqlQuery &query, QString *error)
{
    for (const char *statement : kSchema10) {
        if (!sql::exec(query, QString::fromLatin1(statement),
                       sql::Text::tr("Could not create schema version %1").arg(10), error))
            return false;
    }
    return true;
}

} // namespace vt::migration
