#pragma once

// Full-text search over visits, findings and recommendations. An FTS5 table
// (schema 2) holds the folded text (foldForSearch) of each record, so "han
// che" finds "hạn chế" and "dang" finds "Đảng", which FTS5's own
// remove_diacritics cannot do for đ. The index rowid encodes the record:
// id * 4 + type, so no mapping table is needed and a hit is found by primary key.

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <initializer_list>

class QSqlQuery;

namespace vt {
namespace sql {
class NativeStatement;
}

class Database;

enum class SearchRecordType
{
    Visit = 0,
    Finding = 1,
    Recommendation = 2
};

struct SearchHit
{
    SearchRecordType type = SearchRecordType::Visit;
    qint64 recordId = 0; // id of the visit, finding or recommendation
    qint64 visitId = 0;
    int seq = -1; // position of the finding or recommendation in its visit
    QDate date;
    QString host;
    QString text;   // visit title, finding or recommendation text
    QString detail; // visit topic and summary; finding area and unit; responsible unit
};

class SearchIndex final
{
public:
    explicit SearchIndex(Database &database);

    // At most `limit` matches: records holding the words exactly as typed,
    // side by side, come first ("han che" ranks "hạn chế" above "ban hành
    // quy chế"), then the others; newest first within each. Every word of
    // `text` must match the start of a word of the record.
    QList<SearchHit> find(const QString &text, int limit) const;
    // Number of matching records, counted up to `cap` (a common word matches
    // most of a large database, and counting all of them is slow).
    int count(const QString &text, int cap) const;

    // The FTS5 query for user text: each folded word as a quoted prefix token,
    // '"han"* "che"*'. Empty when the text has no word.
    static QString matchExpression(const QString &text);
    // The words as one exact phrase, '"han che"'. Empty when the text has no word.
    static QString phraseExpression(const QString &text);

private:
    // As matchExpression, with each word of four letters or more written as
    // the indexed words it starts (search_terms): the same matches, without
    // FTS5's slow prefix scan.
    QString startOfWordsExpression(const QString &text) const;
    QList<SearchHit> findMatching(const QString &match, int limit) const;

    Database &m_database;
};

namespace search_index {

// The FTS5 table of schema 2 (MigrationV2.cpp).
inline constexpr char kCreateTable[] =
    "CREATE VIRTUAL TABLE search_index USING fts5(body, tokenize = 'unicode61',"
    " prefix = '2 3')";

// Called by the visit writer inside the save transaction: drop the entries of
// a stored visit before its children are rewritten, then add the new ones
// without reading them back: kInsert prepared once, addEntry per record (in
// rowid order, VisitWriter.h) with the body made of the texts of kIndexed in
// SearchIndex.cpp (visit: title, topic, summary, host, delegation; finding:
// text, area, organisation; recommendation: text, responsible), each already
// folded (foldForSearch).
bool removeVisit(QSqlDatabase connection, qint64 visitId, QString *error);
// The rowids of a stored visit's entries (its own, its findings', its
// recommendations'), for a writer that removes them later with kRemove.
bool entriesOfVisit(QSqlDatabase connection, qint64 visitId, QList<qint64> *rowIds, QString *error);
inline constexpr char kInsert[] = "INSERT INTO search_index (rowid, body) VALUES (?, ?)";
inline constexpr char kRemove[] = "DELETE FROM search_index WHERE rowid = ?";
QString bodyOf(std::initializer_list<QString> foldedTexts);
struct Entry
{
    qint64 rowId; // rowIdOf the record
    QString body;
};
qint64 rowIdOf(SearchRecordType type, qint64 id);
bool addEntry(sql::NativeStatement &insert, const Entry &entry, QString *error);
// Indexes every stored visit (the v2 migration of an existing database).
bool addAllVisits(QSqlQuery &query, QString *error);

} // namespace search_index
} // namespace vt
