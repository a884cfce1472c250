#include "domain/TextFolding.h"

#include <QStringView>
#include <QVarLengthArray>

#include <algorithm>
#include <array>

namespace vt {
namespace {

// The definition: decompose (NFD), drop the combining marks, fold đ/Đ to d,
// lower-case. Slow (normalisation allocates), so used for text outside the
// table below and to fill the table.
QString foldByDecomposing(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar ch : decomposed) {
        if (ch.category() == QChar::Mark_NonSpacing)
            continue;
        // đ (U+0111) and Đ (U+0110) are letters of their own, not d with a mark.
        if (ch == QChar(0x0111) || ch == QChar(0x0110)) {
            folded.append(QLatin1Char('d'));
            continue;
        }
        folded.append(ch.toLower());
    }
    return folded;
}

// Every character below U+2000 (Latin with all Vietnamese letters, the
// combining marks, Greek, Cyrillic, punctuation) folded on its own: canonical
// decomposition never joins characters, and the marks it yields are dropped in
// any order, so folding character by character gives the same text. 0 means
// "drop" (a combining mark); kNotSingle: folds to more than one character, so
// the text takes the slow path.
constexpr char16_t kTableSize = 0x2000;
constexpr char16_t kNotSingle = 0xFFFF;

const std::array<char16_t, kTableSize> &foldTable()
{
    static const std::array<char16_t, kTableSize> table = [] {
        std::array<char16_t, kTableSize> t{};
        for (char16_t c = 0; c < kTableSize; ++c) {
            const QString folded = foldByDecomposing(QString(QChar(c)));
            t[c] = folded.isEmpty() ? 0 : folded.size() == 1 ? folded.at(0).unicode() : kNotSingle;
        }
        return t;
    }();
    return table;
}

} // namespace

QString normalizedText(const QString &text)
{
    return text.normalized(QString::NormalizationForm_C);
}

QString foldForSearch(const QString &text)
{
    // The writer folds every stored text; most of it is in the table.
    if (text.isNull())
        return foldByDecomposing(text);
    const std::array<char16_t, kTableSize> &table = foldTable();
    QString folded(text.size(), Qt::Uninitialized);
    QChar *out = folded.data();
    qsizetype length = 0;
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (c >= kTableSize || table[c] == kNotSingle)
            return foldByDecomposing(text);
        if (c == 0) { // NUL stays NUL, as in the definition
            out[length++] = ch;
            continue;
        }
        if (table[c] != 0)
            out[length++] = QChar(table[c]);
    }
    folded.truncate(length);
    return folded;
}

QString distinctWords(const QString &text)
{
    QString words;
    words.reserve(text.size());
    // A visit's texts have a few dozen words: looking through those seen is
    // cheaper than hashing each (a QSet here was 3% of an import's writing).
    QVarLengthArray<QStringView, 64> seen;
    const qsizetype size = text.size();
    for (qsizetype at = 0; at < size;) {
        while (at < size && text.at(at).isSpace())
            ++at;
        const qsizetype start = at;
        while (at < size && !text.at(at).isSpace())
            ++at;
        if (at == start)
            break;
        const QStringView word = QStringView(text).sliced(start, at - start);
        if (std::find(seen.cbegin(), seen.cend(), word) != seen.cend())
            continue;
        seen.append(word);
        if (!words.isEmpty())
            words.append(QLatin1Char(' '));
        words.append(word);
    }
    return words;
}

} // namespace vt
