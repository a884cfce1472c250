#pragma once

// SQL functions this program adds to each of its connections (private to
// storage/). vt_fold(text) is foldForSearch (domain/TextFolding.h): the
// diacritic- and case-insensitive form the *_fold columns store, for the
// few columns filtered by substring that have no folded copy (the
// responsible unit of a recommendation). vt_contains(text, part) is
// `text LIKE '%part%'` for folded texts, several times faster;
// vt_distinct_words(text) is distinctWords. Only queries and schema steps use
// them, never the schema itself, so other tools still read every file.

#include <QSqlDatabase>

namespace vt::sql {

// False when the connection is not SQLite's or the function cannot be added.
bool addFunctions(const QSqlDatabase &connection);

} // namespace vt::sql
