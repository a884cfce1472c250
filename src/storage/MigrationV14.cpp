#include "storage/MigrationSteps.h"

#include "storage/SqlValues.h"

#include <QSqlQuery>

namespace vt::migration {

// Schema 14: each recommendation keeps the date of its latest follow-up update
// (the one with the highest seq; NULL without updates or when that update has
// no date). The follow-up list sorts by it: computed per recommendation from
// follow_up_updates, the sort read half a million index entries and took
// 0.4–0.6 s at 100,000 visits on the window's thread; as a column it is a scan
// like the due date's. Written by VisitWriter with the updates and by
// RecommendationQueries::appendUpdate; `check` compares it with the updates.
bool toVersion14(QSqlQuery &query, QString *error)
{
    const QString what = sql::Text::tr("Could not create schema version %1").arg(14);
    // A file whose version was set back by hand may have the column already.
    if (!sql::exec(query,
                   QStringLiteral("SELECT count(*) FROM pragma_table_info('recommendations')"
                                  " WHERE name = 'last_update_date'"),
                   what, error) ||
        !query.next())
        return false;
    const bool hasColumn = query.value(0).toInt() > 0;
    query.finish();
    if (!hasColumn &&
        !sql::exec(query,
                   QStringLiteral("ALTER TABLE recommendations ADD COLUMN last_update_date TEXT"),
                   what, error))
        return false;
    return sql::exec(query,
                     QStringLiteral("UPDATE recommendations SET last_update_date ="
                                    " (SELECT u.date FROM follow_up_updates u"
                                    "  WHERE u.recommendation_id = recommendations.id"
                                    "  ORDER BY u.seq DESC LIMIT 1)"),
                     what, error);
}

} // namespace vt::migration
