#include "storage/SqlFunctions.h"

#include "storage/NativeStatement.h"

#include "domain/TextFolding.h"

#include <QHash>

#include <sqlite3.h>

#include <cstring>

namespace vt::sql {
namespace {

// vt_distinct_words(text) is distinctWords (the schema step that rewrote the
// stored search texts in that form, 13). NULL stays NULL.
void distinctWordsFunction(sqlite3_context *context, int, sqlite3_value **values)
{
    if (sqlite3_value_type(values[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(values[0]));
    const QByteArray result =
        distinctWords(QString::fromUtf8(text, sqlite3_value_bytes(values[0]))).toUtf8();
    sqlite3_result_text(context, result.constData(), int(result.size()), SQLITE_TRANSIENT);
}

// vt_fold with a memory of the short texts it folded on this connection. The
// responsible units it folds for the follow-up list's order and filter are a
// few hundred names repeated over half a million recommendations: folding
// each row again took 0.3 s of the order at 100,000 visits; a lookup does
// not. Long texts are rarely the same twice and are folded as they come.
class FoldMemory
{
public:
    static void destroy(void *memory) { delete static_cast<FoldMemory *>(memory); }

    static void call(sqlite3_context *context, int, sqlite3_value **values)
    {
        if (sqlite3_value_type(values[0]) == SQLITE_NULL) {
            sqlite3_result_null(context);
            return;
        }
        const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(values[0]));
        const int bytes = sqlite3_value_bytes(values[0]);
        auto *memory = static_cast<FoldMemory *>(sqlite3_user_data(context));
        const QByteArray &folded = memory->foldedOf(text, bytes);
        sqlite3_result_text(context, folded.constData(), int(folded.size()), SQLITE_TRANSIENT);
    }

private:
    static constexpr int kLongestRemembered = 256; // bytes
    static constexpr qsizetype kMostRemembered = 4096;

    const QByteArray &foldedOf(const char *text, int bytes)
    {
        const auto fold = [&] { return foldForSearch(QString::fromUtf8(text, bytes)).toUtf8(); };
        if (bytes > kLongestRemembered) {
            m_long = fold();
            return m_long;
        }
        // Looked up without copying the text; copied only when remembered.
        const auto found = m_folded.constFind(QByteArray::fromRawData(text, bytes));
        if (found != m_folded.cend())
            return found.value();
        if (m_folded.size() >= kMostRemembered)
            m_folded.clear(); // a simple bound: a new list of names starts over
        return m_folded.insert(QByteArray(text, bytes), fold()).value();
    }

    QHash<QByteArray, QByteArray> m_folded;
    QByteArray m_long;
};

// vt_contains(text, part): 1 when part occurs in text, byte for byte; NULL
// when either is NULL, as LIKE. Both sides are folded already (lowercase,
// no diacritics), so this is `text LIKE '%part%'` without LIKE's work: SQLite
// decodes and compares the pattern a character at a time from every start,
// while memmem skips through the bytes; a UTF-8 part found in UTF-8 text is
// always found on a character boundary. The list filters scan every visit's
// folded text with it (session 12: the 100,000-visit list filter).
void containsFunction(sqlite3_context *context, int, sqlite3_value **values)
{
    // The text first, then its size (sqlite3_value_bytes after the conversion).
    const void *text = sqlite3_value_text(values[0]);
    const int textBytes = sqlite3_value_bytes(values[0]);
    const void *part = sqlite3_value_text(values[1]);
    const int partBytes = sqlite3_value_bytes(values[1]);
    if (!text || !part) {
        sqlite3_result_null(context);
        return;
    }
    sqlite3_result_int(context, partBytes == 0 || memmem(text, size_t(textBytes), part,
                                                         size_t(partBytes)) != nullptr);
}

} // namespace

bool addFunctions(const QSqlDatabase &connection)
{
    sqlite3 *handle = handleOf(connection);
    constexpr int kPure = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
    return handle &&
           // SQLite calls the destructor even when the function is not made.
           sqlite3_create_function_v2(handle, "vt_fold", 1, kPure, new FoldMemory,
                                      &FoldMemory::call, nullptr, nullptr,
                                      &FoldMemory::destroy) == SQLITE_OK &&
           sqlite3_create_function_v2(handle, "vt_contains", 2, kPure, nullptr, &containsFunction,
                                      nullptr, nullptr, nullptr) == SQLITE_OK &&
           sqlite3_create_function_v2(handle, "vt_distinct_words", 1, kPure, nullptr,
                                      &distinctWordsFunction, nullptr, nullptr,
                                      nullptr) == SQLITE_OK;
}

} // namespace vt::sql
