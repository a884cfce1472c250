#include "storage/MigrationSteps.h"

#include "storage/SqlValues.h"

#include <QSqlQuery>

namespace vt::migration {

// Schema 13: each visit's search text (visits.search_fold, which the visit
// list's filter scans at every visit) holds each folded word once
// (distinctWords, domain/TextFolding.h): the title usually names the host and
// the topic again, so the text is about half as long (215 → 116 characters on
// average in the 100,000-visit benchmark set) and so is the index entry the
// filter reads. A filter word, which has no white space, is found in the new
// text exactly when it was found in the old; only the bytes scanned change
// (docs/PERFORMANCE.md, session 12). Rewrites the search text of every visit:
// about 3 s at 100,000 visits, once.
bool toVersion13(QSqlQuery &query, QString *error)
{
    return sql::exec(
        query, QStringLiteral("UPDATE visits SET search_fold = vt_distinct_words(search_fold)"),
        sql::Text::tr("Could not create schema version %1").arg(13), error);
}

} // namespace vt::migration
