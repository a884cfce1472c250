#pragma once

// The words in the search index (schema 8, table search_terms), so that a
// typed word is matched as the start of a word without FTS5's prefix scan.
// FTS5 answers "vien"* by merging into memory the doclists of every indexed
// word that starts with "vien", before it can skip anything: about 50 ms per
// common word on 100,000 visits even when "vien" is the only such word. The
// same condition written as the words themselves, ("vien"), walks the index
// with skips and takes well under a millisecond when combined with other
// words. Prefixes of two and three letters have FTS5's own prefix indexes
// (prefix = '2 3') and stay prefix queries.
//
// Words are only ever added: a word whose records are gone expands a query
// by a word that matches nothing, which is harmless.

#include "storage/NativeStatement.h"

#include <QHashFunctions>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <unordered_set>

namespace vt::search_terms {

inline constexpr char kCreateTable[] =
    "CREATE TABLE search_terms (term TEXT PRIMARY KEY) WITHOUT ROWID";
// Fills the table from the index's own vocabulary (the migration).
bool addAllTerms(QSqlQuery &query, QString *error);

// Calls `word(QStringView)` for each word of folded text as the index and the
// queries split it: runs of letters and digits. Stops at the first call that
// returns false, and returns false then.
template <typename Word> bool forEachWord(QStringView folded, Word word)
{
    qsizetype start = -1;
    for (qsizetype i = 0; i <= folded.size(); ++i) {
        const bool inWord = i < folded.size() && folded.at(i).isLetterOrNumber();
        if (inWord && start < 0) {
            start = i;
        } else if (!inWord && start >= 0) {
            if (!word(folded.sliced(start, i - start)))
                return false;
            start = -1;
        }
    }
    return true;
}

// The words of folded text (forEachWord) as a list.
QStringList wordsOf(const QString &folded);

// The FTS5 expression matching records with a word that starts with `word`
// (folded): ("w1" OR "w2") from the table, or "word"* for short words, words
// with too many continuations and words the table does not know.
QString startOfWordExpression(QSqlDatabase connection, const QString &word);

// Records the words of the texts a writer indexes. Remembers what it has
// recorded, so a batch asks the database about each word once.
class TermRecorder final
{
public:
    explicit TermRecorder(QSqlDatabase connection);
    bool record(const QString &folded, QString *error);

private:
    // Looked up by QStringView, so a known word (nearly every word of a
    // batch) costs no allocation.
    struct WordHash
    {
        using is_transparent = void;
        size_t operator()(QStringView word) const { return qHash(word); }
    };
    struct WordEqual
    {
        using is_transparent = void;
        bool operator()(QStringView a, QStringView b) const { return a == b; }
    };

    sql::NativeStatement m_insert;
    std::unordered_set<QString, WordHash, WordEqual> m_recorded;
};

} // namespace vt::search_terms
