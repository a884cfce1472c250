#pragma once

// Vietnamese text handling: stored text is NFC; search ignores diacritics and
// folds đ/Đ to d (which Unicode does not decompose), so "dang" finds "Đảng".

#include <QString>

namespace vt {

// Normalises text to Unicode NFC (input methods may deliver NFD).
QString normalizedText(const QString &text);

// Lower-case, diacritic-free form for searching: "Chậm đổi mới" -> "cham doi moi".
QString foldForSearch(const QString &text);

} // namespace vt
