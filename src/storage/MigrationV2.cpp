#include "storage/MigrationSteps.h"

#include "storage/SearchIndex.h"
#include "storage/SqlValues.h"

#include <QSqlQuery>

namespace vt::migration {

// The search index over folded text. Records already stored are indexed in
// the same upgrade transaction, so an upgraded file is searchable at once.
bool toVersion2(QSqlQuery &query, QString *error)
{
    return sql::exec(query, QString::fromLatin1(search_index::kCreateTable),
                     sql::Text::tr("Could not create schema version %1").arg(2), error) &&
           search_index::addAllVisits(query, error);
}

} // namespace vt::migration
