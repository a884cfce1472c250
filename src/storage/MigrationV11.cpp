#include "storage/MigrationSteps.h"

#include "storage/SqlValues.h"

#include <QSqlQuery>

namespace vt::migration {

// Schema 11: the search index keeps up to 32 MiB of new entries in memory
// before writing them out as a segment (FTS5's 'hashsize', 1 MiB by default).
// An import of 10,000 visits adds 170,000 entries in one transaction; with the
// default, FTS5 wrote and then merged dozens of small segments, a quarter of
// its cost (docs/PERFORMANCE.md, session 6). The memory is only held while a
// transaction writes that many entries. The setting is stored in the index's
// own configuration table, so every connection and program uses it.
bool toVersion11(QSqlQuery &query, QString *error)
{
    return sql::exec(query,
                     QStringLiteral("INSERT INTO search_index (search_index, rank)"
                                    " VALUES ('hashsize', 33554432)"),
                     sql::Text::tr("Could not create schema version %1").arg(11), error);
}

} // namespace vt::migration
