#include "documents/VietnameseText.h"

#include "documents/DocumentTypes.h"

#include <QLocale>
#include <cmath>

namespace vt::documents {
namespace {

// Two decimals at most, without trailing zeros: report figures are counts
// and percentages, never long fractions.
int decimalsOf(double value)
{
    const double rounded = std::round(std::abs(value) * 100.0);
    if (std::fmod(rounded, 100.0) == 0.0)
        return 0;
    return std::fmod(rounded, 10.0) == 0.0 ? 1 : 2;
}

bool interfaceIsVietnamese()
{
    return QLocale().language() == QLocale::Vietnamese;
}

} // namespace

QString vietnameseNumber(double value)
{
    const QString digits = QString::number(std::abs(value), 'f', decimalsOf(value));
    const qsizetype point = digits.indexOf(QLatin1Char('.'));
    const QString whole = point < 0 ? digits : digits.left(point);
    QString grouped;
    for (qsizetype i = 0; i < whole.size(); ++i) {
        if (i > 0 && (whole.size() - i) % 3 == 0)
            grouped += QLatin1Char('.');
        grouped += whole.at(i);
    }
    if (point >= 0)
        grouped += QLatin1Char(',') + digits.mid(point + 1);
    return value < 0 && grouped != QLatin1String("0") ? QLatin1Char('-') + grouped : grouped;
}

QString vietnameseDateWords(const QDate &date)
{
    if (!date.isValid())
        return QString();
    const QString month = date.month() <= 2
                              ? QStringLiteral("%1").arg(date.month(), 2, 10, QLatin1Char('0'))
                              : QString::number(date.month());
    return QStringLiteral("ngày %1 tháng %2 năm %3")
        .arg(date.day(), 2, 10, QLatin1Char('0'))
        .arg(month)
        .arg(date.year());
}

QString vietnameseShortDate(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("d/M/yyyy")) : QString();
}

Figures::Figures(bool vietnamese) : m_vietnamese(vietnamese) {}

QString Figures::number(double value) const
{
    if (m_vietnamese)
        return vietnameseNumber(value);
    return QLocale().toString(value, 'f', decimalsOf(value));
}

QString Figures::percent(double value) const
{
    return number(value) + QLatin1Char('%');
}

QString Figures::date(const QDate &date) const
{
    if (!date.isValid())
        return QString();
    if (m_vietnamese || interfaceIsVietnamese())
        return vietnameseShortDate(date);
    return QLocale().toString(date, QStringLiteral("d MMMM yyyy"));
}

QString Figures::placeAndDate(const QString &place, const QDate &date) const
{
    const QString when = (m_vietnamese || interfaceIsVietnamese())
                             ? vietnameseDateWords(date)
                             : QLocale().toString(date, QStringLiteral("d MMMM yyyy"));
    if (place.trimmed().isEmpty())
        return when.left(1).toUpper() + when.mid(1);
    // The official line is the format itself, never translated.
    if (m_vietnamese)
        return place.trimmed() + QStringLiteral(", ") + when;
    return Text::tr("%1, %2", "place, date").arg(place.trimmed(), when);
}

} // namespace vt::documents
