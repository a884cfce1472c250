#pragma once

// Schema steps after version 1, one file each so that features that bring
// their own tables keep their DDL beside their queries. Each runs inside the
// upgrade transaction of migrateSchema().

#include <QString>

class QSqlQuery;

namespace vt::migration {

// Version 2: the full-text search index over folded text (MigrationV2.cpp).
bool toVersion2(QSqlQuery &query, QString *error);
// Version 3: verdicts on recommendations carried over to a later visit.
bool toVersion3(QSqlQuery &query, QString *error);
// Version 4: the organisation hierarchy (parent, kind).
bool toVersion4(QSqlQuery &query, QString *error);
// Version 5: the append-only change history.
bool toVersion5(QSqlQuery &query, QString *error);
// Version 6: remembered fields of printed documents (MigrationV6.cpp).
bool toVersion6(QSqlQuery &query, QString *error);
// Version 7: attachments, their contents and thumbnails (MigrationV7.cpp).
bool toVersion7(QSqlQuery &query, QString *error);
// Version 8: the words of the search index (MigrationV8.cpp).
bool toVersion8(QSqlQuery &query, QString *error);
// Version 9: indexes for reading at national scale (MigrationV9.cpp).
bool toVersion9(QSqlQuery &query, QString *error);
// Version 10: indexes for the dashboard (MigrationV10.cpp).
bool toVersion10(QSqlQuery &query, QString *error);
// Version 11: the search index's in-memory buffer for large writes (MigrationV11.cpp).
bool toVersion11(QSqlQuery &query, QString *error);
// Version 12: the search index without a copy of the texts; positions
// registered instead of indexed (MigrationV12.cpp).
bool toVersion12(QSqlQuery &query, QString *error);
// Version 13: each visit's search text holds each folded word once (MigrationV13.cpp).
bool toVersion13(QSqlQuery &query, QString *error);
// Version 14: each recommendation's latest update date, for the follow-up list's
// order (MigrationV14.cpp).
bool toVersion14(QSqlQuery &query, QString *error);

} // namespace vt::migration
