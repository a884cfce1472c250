#include "storage/SearchTerms.h"

#include "storage/SqlValues.h"

namespace vt::search_terms {
namespace {

// Shorter words use FTS5's prefix indexes (prefix = '2 3' in SearchIndex.h).
constexpr qsizetype kLongestIndexedPrefix = 3;
// More continuations than this and the OR costs more than the prefix scan.
constexpr int kMostWords = 24;

QString quoted(const QString &word)
{
    return QLatin1Char('"') + word + QLatin1Char('"');
}

} // namespace

bool addAllTerms(QSqlQuery &query, QString *error)
{
    const QString what = sql::Text::tr("Could not build the list of indexed words");
    return sql::exec(query,
                     QStringLiteral("CREATE VIRTUAL TABLE temp.search_vocabulary"
                                    " USING fts5vocab(main, search_index, row)"),
                     what, error) &&
           sql::exec(query,
                     QStringLiteral("INSERT INTO search_terms (term)"
                                    " SELECT term FROM temp.search_vocabulary"),
                     what, error) &&
           sql::exec(query, QStringLiteral("DROP TABLE temp.search_vocabulary"), what, error);
}

QStringList wordsOf(const QString &folded)
{
    QStringList words;
    forEachWord(folded, [&words](QStringView word) {
        words.append(word.toString());
        return true;
    });
    return words;
}

QString startOfWordExpression(QSqlDatabase connection, const QString &word)
{
    const QString prefix = quoted(word) + QLatin1Char('*');
    if (word.size() <= kLongestIndexedPrefix)
        return prefix;
    QSqlQuery query(connection);
    query.setForwardOnly(true);
    // Every word that starts with `word` sorts between it and word + the
    // highest code point.
    if (!query.prepare(QStringLiteral("SELECT term FROM search_terms"
                                      " WHERE term >= ? AND term < ? ORDER BY term LIMIT ?")))
        return prefix;
    query.addBindValue(word);
    query.addBindValue(QString(word + QString::fromUcs4(U"\U0010FFFF")));
    query.addBindValue(kMostWords + 1);
    if (!query.exec())
        return prefix;
    QStringList words;
    while (query.next())
        words.append(quoted(query.value(0).toString()));
    if (words.isEmpty() || words.size() > kMostWords)
        return prefix;
    return QLatin1Char('(') + words.join(QStringLiteral(" OR ")) + QLatin1Char(')');
}

TermRecorder::TermRecorder(QSqlDatabase connection)
{
    // A statement that does not prepare reports why at its first use.
    m_insert.prepare(connection,
                     QStringLiteral("INSERT OR IGNORE INTO search_terms (term) VALUES (?)"), {},
                     nullptr);
}

bool TermRecorder::record(const QString &folded, QString *error)
{
    // Without building the list of words.
    return forEachWord(folded, [this, error](QStringView word) {
        if (m_recorded.find(word) != m_recorded.end())
            return true;
        const QString text = word.toString();
        if (!m_insert.exec({text}, sql::Text::tr("Could not update the search index"), error))
            return false;
        m_recorded.insert(text);
        return true;
    });
}

} // namespace vt::search_terms
