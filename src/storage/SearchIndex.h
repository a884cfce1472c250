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
#include <QStringList>

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
    // quy chế"), then the others. Within each, the records entered last
    // (FTS5 stops there on a common word), shown by their visit's date, the
    // newest first. Every word of `text` must match the start of a word of
    // the record.
    QList<SearchHit> find(const QString &text, int limit) const;
    // Number of matching records, counted up to `cap` (a common word matches
    // most of a large database, and counting all of them is slow). A failure
    // goes to *error, or without one to the log (it counts 0).
    int count(const QString &text, int cap, QString *error = nullptr) const;

    // The FTS5 query for user text: each folded word as a quoted prefix token,
    // '"han"* "che"*'. Empty when the text has no word.
    static QString matchExpression(const QString &text);
    // The words as one exact phrase, '"han che"'. Empty when the text has no word.
    static QString phraseExpression(const QString &text);

    Database &database() const { return m_database; }

private:
    // As matchExpression, with each word of four letters or more written as
    // the indexed words it starts (search_terms): the same matches, without
    // FTS5's slow prefix scan.
    QString startOfWordsExpression(const QString &text) const;
    QList<SearchHit> findMatching(const QString &match, int limit) const;

    Database &m_database;
};

namespace search_index {

// The FTS5 table of schema 12 (MigrationV12.cpp). Contentless (content = ''):
// nothing reads an indexed text back (a hit is found by its rowid), so FTS5
// keeps the index only, not a second copy of every folded text (two fifths of
// the index's size; docs/PERFORMANCE.md, session 10). The price: FTS5 cannot
// look up the words of an entry it must remove, so it is told them (kRemove
// with the body). The body removed is made from the stored record by the same
// bodyOf as the body written was made from the record being written, and the
// record's indexed columns change only through the visit writer, so a removal
// takes away exactly what was indexed. A word left behind would not show as
// damage ('integrity-check' cannot see it) but as a hit on a record that no
// longer has the word: hence a change to foldForSearch, to bodyOf or to the
// indexed columns needs a schema step that rebuilds the index, as schema 12
// does (addAllVisits into a new table).
inline constexpr char kCreateTable[] =
    "CREATE VIRTUAL TABLE search_index USING fts5(body, tokenize = 'unicode61',"
    " prefix = '2 3', content = '')";
// Up to 32 MiB of new entries in memory before FTS5 writes a segment (schema 11).
inline constexpr char kSetBuffer[] =
    "INSERT INTO search_index (search_index, rank) VALUES ('hashsize', 33554432)";

// Called by the visit writer inside the save transaction: drop the entries of
// a stored visit before its children are rewritten, then add the new ones
// without reading them back: kInsert prepared once, addEntry per record (in
// rowid order, VisitWriter.h) with the body made by bodyOf from the texts of
// kIndexed in SearchIndex.cpp (visit: title, topic, summary, host, delegation;
// finding: text, area, organisation; recommendation: text, responsible), each
// folded (foldForSearch).
bool removeVisit(QSqlDatabase connection, qint64 visitId, QString *error);
struct Entry
{
    qint64 rowId; // rowIdOf the record
    QString body;
};
// The entries of a stored visit (its own, its findings', its
// recommendations'), made from its stored records, for a writer that removes
// them later with kRemove.
bool entriesOfVisit(QSqlDatabase connection, qint64 visitId, QList<Entry> *entries, QString *error);
inline constexpr char kInsert[] = "INSERT INTO search_index (rowid, body) VALUES (?, ?)";
// ?1 the rowid, ?2 the body it was indexed with.
inline constexpr char kRemove[] =
    "INSERT INTO search_index (search_index, rowid, body) VALUES ('delete', ?, ?)";
// The body of an entry: the non-empty folded texts, one per line, in the
// order of kIndexed.
QString bodyOf(const QStringList &foldedTexts);
qint64 rowIdOf(SearchRecordType type, qint64 id);
bool addEntry(sql::NativeStatement &insert, const Entry &entry, QString *error);
// Indexes every stored visit into an empty index (schemas 2 and 12).
bool addAllVisits(QSqlQuery &query, QString *error);

} // namespace search_index
} // namespace vt
