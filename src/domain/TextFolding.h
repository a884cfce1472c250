#pragma once

// Vietnamese text handling: stored text is NFC; search ignores diacritics and
// folds đ/Đ to d (which Unicode does not decompose), so "dang" finds "Đảng".

#include <QString>

namespace vt {

// Normalises text to Unicode NFC (input methods may deliver NFD).
QString normalizedText(const QString &text);

// Lower-case, diacritic-free form for searching: "Chậm đổi mới" -> "cham doi moi".
QString foldForSearch(const QString &text);

// The words of a text (runs without white space, QChar::isSpace), each once
// in the order they first appear, joined by single spaces:
// "tinh uy long an\ntinh uy tan an" -> "tinh uy long an tan". A text without
// white space is contained in the one exactly when it is in the other, since
// it can only lie inside one word: the visit list's filter words are matched
// against this shorter form (storage's search_fold, schema 13).
QString distinctWords(const QString &text);

} // namespace vt
