#include "domain/TextFolding.h"

namespace vt {

QString normalizedText(const QString &text)
{
    return text.normalized(QString::NormalizationForm_C);
}

QString foldForSearch(const QString &text)
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

} // namespace vt
