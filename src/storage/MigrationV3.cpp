#include "storage/MigrationSteps.h"

#include "storage/SqlValues.h"

#include <QSqlQuery>

namespace vt::migration {
namespace {

// Schema 3. A verdict belongs to the visit that verified the earlier
// recommendation, so it goes when either of them goes. seq keeps the order in
// which the visit lists its verdicts.
const char *const kSchema3[] = {
    R"(CREATE TABLE carry_over_verdicts (
        visit_id INTEGER NOT NULL REFERENCES visits (id) ON DELETE CASCADE,
        recommendation_id INTEGER NOT NULL REFERENCES recommendations (id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        verdict TEXT NOT NULL,
        note TEXT,
        PRIMARY KEY (visit_id, recommendation_id)))",
    // "What did later visits say about this recommendation?", and the cascade.
    R"(CREATE INDEX carry_over_verdicts_recommendation ON carry_over_verdicts (recommendation_id))",
    // Follow-up queries need no new index: the overdue count uses
    // recommendations (status, due), carry-over candidates visits (host_id,
    // date) and the latest update follow_up_updates (recommendation_id, seq).
};

} // namespace

bool toVersion3(QSqlQuery &query, QString *error)
{
    for (const char *statement : kSchema3) {
        if (!sql::exec(query, QString::fromLatin1(statement),
                       sql::Text::tr("Could not create schema version %1").arg(3), error))
            return false;
    }
    return true;
}

} // namespace vt::migration
