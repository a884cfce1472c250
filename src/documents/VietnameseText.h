#pragma once

// Numbers and dates as official Vietnamese documents write them (DOMAIN.md,
// "Vietnamese conventions"), and the same figures for the plain layout in the
// interface language.

#include <QDate>
#include <QString>

namespace vt::documents {

// 51349 -> "51.349"; 99.2 -> "99,2"; at most two decimals, trailing zeros dropped.
QString vietnameseNumber(double value);
// "ngày 07 tháng 6 năm 2023": the day with two digits, months 1 and 2 as 01
// and 02 (so that nothing can be added in front of them), the others bare.
QString vietnameseDateWords(const QDate &date);
// In running text: "7/6/2023".
QString vietnameseShortDate(const QDate &date);

// How one document writes its figures: Vietnamese forms for the official
// layouts, the interface locale (QLocale()) for the plain one.
class Figures final
{
public:
    explicit Figures(bool vietnamese);

    bool isVietnamese() const { return m_vietnamese; }
    QString number(double value) const;
    QString percent(double value) const;   // "99,2%" (no space before %)
    QString date(const QDate &date) const; // running text; empty for an invalid date
    // The place-and-date line: "Long An, ngày 07 tháng 6 năm 2023" / "Long An, 7 June 2023".
    QString placeAndDate(const QString &place, const QDate &date) const;

private:
    bool m_vietnamese;
};

} // namespace vt::documents
