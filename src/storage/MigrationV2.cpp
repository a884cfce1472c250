#include "storage/MigrationSteps.h"

#include "storage/SearchIndex.h"
#include "storage/SqlValues.h"

#include <QSqlQuery>

namespace vt::migration {
namespace {

// Schema 2's table, which kept a copy of each indexed text (replaced by schema 12).
constexpr char kCreateTable[] =
    "CREATE VIRTUAL TABLE search_index USING fts5(body, tokenize = 'unicode61',"
    " prefix = '2 3')";

} // namespace

// The search index over folded text. Records already stored are indexed in
// the same upgrade transaction, so an upgraded file is searchable at once.
bool toVersion2(QSqlQuery &query, QString *error)
{
    return sql::exec(query, QString::fromLatin1(kCreateTable),
                     sql::Text::tr("Could not create schema version %1").arg(2), error) &&
           search_index::addAllVisits(query, error);
}

} // namespace vt::migration
