#include "storage/SearchIndex.h"

#include "storage/Database.h"
#include "storage/NativeStatement.h"
#include "storage/SearchTerms.h"
#include "storage/SqlValues.h"

#include "domain/TextFolding.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace vt {
namespace {

constexpr int kTypeCount = 4; // rowid = id * 4 + type

// The indexed text of each kind of record: id first, then the searchable
// columns. The WHERE clause is appended for one visit, or left off for all.
struct IndexedRecords
{
    SearchRecordType type;
    const char *select;
    const char *forVisit;
    int columns;
};

constexpr IndexedRecords kIndexed[] = {
    {SearchRecordType::Visit,
     "SELECT id, title, topic, summary, host_name, delegation_name FROM visits", " WHERE id = ?",
     6},
    {SearchRecordType::Finding, "SELECT id, text, area, organisation FROM findings",
     " WHERE visit_id = ?", 4},
    {SearchRecordType::Recommendation, "SELECT id, text, responsible FROM recommendations",
     " WHERE visit_id = ?", 3},
};

// Reads the entries of one kind of record; `after` pages through all rows by
// id when indexing a whole database (visitId 0).
bool readEntries(QSqlQuery &query, const IndexedRecords &records, qint64 visitId, qint64 after,
                 int limit, QList<search_index::Entry> *entries, QString *error)
{
    const QString what = sql::Text::tr("Could not update the search index");
    QString text = QLatin1StringView(records.select);
    text += visitId != 0 ? QLatin1StringView(records.forVisit)
                         : QLatin1StringView(" WHERE id > ? ORDER BY id LIMIT ?");
    query.setForwardOnly(true);
    if (!sql::prepare(query, text, what, error))
        return false;
    query.bindValue(0, visitId != 0 ? visitId : after);
    if (visitId == 0)
        query.bindValue(1, limit);
    if (!sql::exec(query, what, error))
        return false;
    QStringList folded;
    while (query.next()) {
        // The id is the first column, the indexed texts follow, each folded
        // as the writer folds it (the body must be the one written: kRemove).
        folded.clear();
        for (int i = 1; i < records.columns; ++i)
            folded.append(foldForSearch(query.value(i).toString()));
        entries->append({query.value(0).toLongLong() * kTypeCount + int(records.type),
                         search_index::bodyOf(folded)});
    }
    query.finish();
    return true;
}

bool insertEntries(QSqlQuery &query, const QList<search_index::Entry> &entries, QString *error)
{
    const QString what = sql::Text::tr("Could not update the search index");
    if (!sql::prepare(query, QLatin1StringView(search_index::kInsert), what, error))
        return false;
    for (const search_index::Entry &entry : entries) {
        query.bindValue(0, entry.rowId);
        query.bindValue(1, entry.body);
        if (!sql::exec(query, what, error))
            return false;
    }
    return true;
}

SearchHit hitFrom(const QSqlQuery &query)
{
    SearchHit hit;
    hit.type = SearchRecordType(query.value(0).toInt());
    hit.recordId = query.value(1).toLongLong();
    hit.visitId = query.value(2).toLongLong();
    hit.seq = query.value(3).isNull() ? -1 : query.value(3).toInt();
    hit.date = sql::dateFrom(query.value(4));
    hit.host = query.value(5).toString();
    hit.text = query.value(6).toString();
    QStringList detail;
    for (int i = 7; i <= 8; ++i) {
        if (const QString part = query.value(i).toString(); !part.isEmpty())
            detail.append(part);
    }
    hit.detail = detail.join(QStringLiteral(" — "));
    return hit;
}

} // namespace

namespace search_index {

bool entriesOfVisit(QSqlDatabase connection, qint64 visitId, QList<Entry> *entries, QString *error)
{
    QSqlQuery query(connection);
    for (const IndexedRecords &records : kIndexed) {
        if (!readEntries(query, records, visitId, 0, 0, entries, error))
            return false;
    }
    return true;
}

bool removeVisit(QSqlDatabase connection, qint64 visitId, QString *error)
{
    QList<Entry> entries;
    if (!entriesOfVisit(connection, visitId, &entries, error))
        return false;
    QSqlQuery query(connection);
    const QString what = sql::Text::tr("Could not update the search index");
    if (!sql::prepare(query, QLatin1StringView(kRemove), what, error))
        return false;
    for (const Entry &entry : std::as_const(entries)) {
        query.bindValue(0, entry.rowId);
        query.bindValue(1, entry.body);
        if (!sql::exec(query, what, error))
            return false;
    }
    return true;
}

QString bodyOf(const QStringList &foldedTexts)
{
    QString body;
    for (const QString &text : foldedTexts) {
        if (text.isEmpty())
            continue;
        if (!body.isEmpty())
            body += QLatin1Char('\n');
        body += text;
    }
    return body;
}

qint64 rowIdOf(SearchRecordType type, qint64 id)
{
    return id * kTypeCount + int(type);
}

bool addEntry(sql::NativeStatement &insert, const Entry &entry, QString *error)
{
    return insert.exec({entry.rowId, entry.body},
                       sql::Text::tr("Could not update the search index"), error);
}

bool addAllVisits(QSqlQuery &query, QString *error)
{
    // In batches, so a large database is indexed in bounded memory.
    constexpr int kBatch = 5000;
    for (const IndexedRecords &records : kIndexed) {
        qint64 after = 0;
        for (;;) {
            QList<search_index::Entry> entries;
            if (!readEntries(query, records, 0, after, kBatch, &entries, error) ||
                !insertEntries(query, entries, error))
                return false;
            if (entries.size() < kBatch)
                break;
            after = entries.constLast().rowId / kTypeCount;
        }
    }
    return true;
}

} // namespace search_index

SearchIndex::SearchIndex(Database &database) : m_database(database) {}

namespace {

// Anything but letters and digits separates words, so no quote or FTS5
// operator of the user's can reach the query syntax.
QStringList foldedWords(const QString &text)
{
    return search_terms::wordsOf(foldForSearch(text));
}

} // namespace

QString SearchIndex::matchExpression(const QString &text)
{
    QStringList tokens;
    for (const QString &word : foldedWords(text))
        tokens.append(QLatin1Char('"') + word + QStringLiteral("\"*"));
    return tokens.join(QLatin1Char(' '));
}

QString SearchIndex::startOfWordsExpression(const QString &text) const
{
    QStringList conditions;
    for (const QString &word : foldedWords(text))
        conditions.append(search_terms::startOfWordExpression(m_database.connection(), word));
    return conditions.join(QStringLiteral(" AND "));
}

QString SearchIndex::phraseExpression(const QString &text)
{
    const QStringList words = foldedWords(text);
    return words.isEmpty() ? QString()
                           : QLatin1Char('"') + words.join(QLatin1Char(' ')) + QLatin1Char('"');
}

namespace {

// The hits of one pass are the newest records (highest ids, so the last
// written, which stops FTS5 early); they are shown by their visit's date,
// newest first, so that a page reads in the order users think of. Ids follow
// the order records were entered, not their visits' dates: an imported
// history, or the generator's visits, mix the years.
void byDate(QList<SearchHit>::iterator begin, QList<SearchHit>::iterator end)
{
    std::stable_sort(begin, end,
                     [](const SearchHit &a, const SearchHit &b) { return a.date > b.date; });
}

} // namespace

QList<SearchHit> SearchIndex::find(const QString &text, int limit) const
{
    const QString phrase = phraseExpression(text);
    if (phrase.isEmpty() || limit <= 0)
        return {};
    QList<SearchHit> hits = findMatching(phrase, limit);
    byDate(hits.begin(), hits.end());
    if (hits.size() >= limit)
        return hits;
    const qsizetype phraseHits = hits.size();
    QSet<QPair<int, qint64>> seen;
    for (const SearchHit &hit : std::as_const(hits))
        seen.insert({int(hit.type), hit.recordId});
    for (const SearchHit &hit : findMatching(startOfWordsExpression(text), limit)) {
        if (hits.size() >= limit)
            break;
        if (!seen.contains({int(hit.type), hit.recordId}))
            hits.append(hit);
    }
    byDate(hits.begin() + phraseHits, hits.end());
    return hits;
}

QList<SearchHit> SearchIndex::findMatching(const QString &match, int limit) const
{
    QList<SearchHit> hits;
    // The newest records first: FTS5 walks its doclists in rowid order and
    // stops at the limit, which keeps a common word fast on a large database.
    // The hits are then found by primary key.
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "WITH hits AS MATERIALIZED (SELECT rowid AS r FROM search_index"
        "  WHERE search_index MATCH ? ORDER BY rowid DESC LIMIT ?)"
        " SELECT 0, v.id, v.id, NULL, v.date, v.host_name, v.title, v.topic, v.summary, hits.r"
        "  FROM hits JOIN visits v ON v.id = hits.r / 4 WHERE hits.r % 4 = 0"
        " UNION ALL"
        " SELECT 1, f.id, v.id, f.seq, v.date, v.host_name, f.text, f.area, f.organisation, hits.r"
        "  FROM hits JOIN findings f ON f.id = hits.r / 4 JOIN visits v ON v.id = f.visit_id"
        "  WHERE hits.r % 4 = 1"
        " UNION ALL"
        " SELECT 2, c.id, v.id, c.seq, v.date, v.host_name, c.text, c.responsible, NULL, hits.r"
        "  FROM hits JOIN recommendations c ON c.id = hits.r / 4"
        "  JOIN visits v ON v.id = c.visit_id WHERE hits.r % 4 = 2"
        " ORDER BY 10 DESC"));
    query.bindValue(0, match);
    query.bindValue(1, limit);
    if (!query.exec()) {
        qWarning("SearchIndex::find: %s", qPrintable(query.lastError().text()));
        return hits;
    }
    while (query.next())
        hits.append(hitFrom(query));
    return hits;
}

int SearchIndex::count(const QString &text, int cap, QString *error) const
{
    const QString match = startOfWordsExpression(text);
    if (match.isEmpty())
        return 0;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM search_index"
                                 " WHERE search_index MATCH ? LIMIT ?)"));
    query.bindValue(0, match);
    query.bindValue(1, cap);
    if (!query.exec() || !query.next()) {
        if (error)
            *error = query.lastError().text();
        else
            qWarning("SearchIndex::count: %s", qPrintable(query.lastError().text()));
        return 0;
    }
    return query.value(0).toInt();
}

} // namespace vt
