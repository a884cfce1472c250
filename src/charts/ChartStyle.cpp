#include "charts/ChartStyle.h"

#include "charts/ChartParts.h"

#include <QChart>
#include <QDate>
#include <QGuiApplication>
#include <QLegend>

namespace vt::charts {

QColor ChartStyle::colourOf(ProgressBand band) const
{
    // Colour-blind readers still see the band in the legend and the labels.
    switch (band) {
    case ProgressBand::OnTrack:
        return QColor(0x2e, 0x7d, 0x32); // green
    case ProgressBand::Near:
        return QColor(0xef, 0xa0, 0x00); // amber
    case ProgressBand::Behind:
        return QColor(0xc6, 0x28, 0x28); // red
    case ProgressBand::NoTarget:
        break;
    }
    return QColor(0x9e, 0x9e, 0x9e); // grey
}

QString ChartStyle::bandName(ProgressBand band) const
{
    switch (band) {
    case ProgressBand::OnTrack:
        return ChartText::tr("On track (≥ %1)").arg(percent(thresholds.onTrack));
    case ProgressBand::Near:
        return ChartText::tr("Near (%1 – %2)")
            .arg(percent(thresholds.near), percent(thresholds.onTrack));
    case ProgressBand::Behind:
        return ChartText::tr("Behind (under %1)").arg(percent(thresholds.near));
    case ProgressBand::NoTarget:
        break;
    }
    return ChartText::tr("No target");
}

QString ChartStyle::percent(double fraction) const
{
    // One decimal where it says something (99,2%), none for whole figures (100%).
    const double value = fraction * 100.0;
    const double rounded = std::round(value * 10.0) / 10.0;
    const int decimals = std::abs(rounded - std::round(rounded)) < 1e-9 ? 0 : 1;
    return locale.toString(rounded, 'f', decimals) + QLatin1Char('%');
}

QString ChartStyle::unitSuffix(const QString &unit) const
{
    if (unit.isEmpty() || unit == QLatin1StringView("%"))
        return unit;
    return QLatin1Char(' ') + unit;
}

QString ChartStyle::number(double value) const
{
    const double rounded = std::round(value * 10.0) / 10.0;
    const int decimals = std::abs(rounded - std::round(rounded)) < 1e-9 ? 0 : 1;
    return locale.toString(rounded, 'f', decimals);
}

QString ChartStyle::month(const QDate &month) const
{
    return QStringLiteral("%1/%2").arg(month.month()).arg(month.year());
}

QString ChartStyle::shortMonth(const QDate &month) const
{
    return QStringLiteral("%1/%2")
        .arg(month.month())
        .arg(month.year() % 100, 2, 10, QLatin1Char('0'));
}

QString ChartStyle::date(const QDate &date) const
{
    return locale.language() == QLocale::Vietnamese ? date.toString(QStringLiteral("d/M/yyyy"))
                                                    : locale.toString(date, QLocale::ShortFormat);
}

void ChartStyle::apply(QChart &chart, const QString &title) const
{
    chart.setTheme(QChart::ChartThemeLight);
    chart.setLocale(locale);
    chart.setLocalizeNumbers(true);
    chart.setAnimationOptions(animated ? QChart::SeriesAnimations : QChart::NoAnimation);
    QFont titleFont = font;
    titleFont.setPointSizeF(font.pointSizeF() * 1.4);
    titleFont.setBold(true);
    chart.setTitleFont(titleFont);
    // Long titles break into lines rather than being cut off in a narrow pane;
    // titles with their own markup are already laid out.
    chart.setTitle(title.contains(QLatin1Char('<')) ? title : wrappedLabel(title, kTitleWidth));
    chart.legend()->setFont(font);
    chart.legend()->setAlignment(Qt::AlignBottom);
}

ChartStyle defaultStyle()
{
    ChartStyle style;
    style.locale = QLocale();
    style.font = QGuiApplication::font();
    if (style.font.pointSizeF() < 10)
        style.font.setPointSizeF(10);
    return style;
}

} // namespace vt::charts
