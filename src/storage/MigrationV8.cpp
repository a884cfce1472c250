#include "storage/MigrationSteps.h"

#include "storage/SearchTerms.h"
#include "storage/SqlValues.h"

#include <QSqlQuery>

namespace vt::migration {

// Schema 8. The words of the search index in a table of their own
// (SearchTerms.h), so that searching for the start of a long word does not
// make FTS5 merge whole doclists. Filled from the index in the upgrade
// transaction.
bool toVersion8(QSqlQuery &query, QString *error)
{
    return sql::exec(query, QString::fromLatin1(search_terms::kCreateTable),
                     sql::Text::tr("Could not create schema version %1").arg(8), error) &&
           search_terms::addAllTerms(query, error);
}

} // namespace vt::migration
