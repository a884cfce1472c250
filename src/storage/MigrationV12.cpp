#include "storage/MigrationSteps.h"

#include "storage/SearchIndex.h"
#include "storage/SqlValues.h"

#include <QSqlQuery>

namespace vt::migration {

// Schema 12: less written per visit (docs/PERFORMANCE.md, session 10).
// - The search index keeps no copy of the texts it indexes (content = '',
//   SearchIndex.h). Nothing read them back; they were two fifths of the index
//   and of its writing. The index is made again from the stored records, with
//   the bodies that removals will be made from (search_index::bodyOf), and
//   keeps its 32 MiB buffer.
// - The positions attendees hold are registered once each in `positions`, as
//   names are in `people`, for completion (Lookups::positions), instead of an
//   index on attendees.position: the largest index of a national data set (a
//   long text per attendee, 155 MB at 100,000 visits) served only to list a
//   few thousand distinct values, which the register lists at once. A position
//   no attendee holds any more stays offered, as a person does.
bool toVersion12(QSqlQuery &query, QString *error)
{
    const QString what = sql::Text::tr("Could not create schema version %1").arg(12);
    return sql::exec(query, QStringLiteral("DROP TABLE search_index"), what, error) &&
           sql::exec(query, QString::fromLatin1(search_index::kCreateTable), what, error) &&
           sql::exec(query, QString::fromLatin1(search_index::kSetBuffer), what, error) &&
           search_index::addAllVisits(query, error) &&
           sql::exec(query,
                     QStringLiteral("CREATE TABLE IF NOT EXISTS positions (id INTEGER PRIMARY KEY,"
                                    " name TEXT NOT NULL UNIQUE, name_fold TEXT NOT NULL)"),
                     what, error) &&
           // vt_fold is foldForSearch (SqlFunctions.h), as NameRegister folds.
           sql::exec(query,
                     QStringLiteral("INSERT OR IGNORE INTO positions (name, name_fold)"
                                    " SELECT DISTINCT position, vt_fold(position) FROM attendees"
                                    " WHERE position IS NOT NULL AND position <> ''"),
                     what, error) &&
           sql::exec(query, QStringLiteral("DROP INDEX IF EXISTS attendees_position"), what, error);
}

} // namespace vt::migration
