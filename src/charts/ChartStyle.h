#pragma once

// How the progress charts look and speak: the locale of their figures
// (99,2%; 51.349 in Vietnamese), the progress bands and their colours, the
// fonts. One style serves the dashboard, the command line and printing.

#include "services/ProgressSeries.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QLocale>
#include <QString>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace vt::charts {

// Titles, legends and axis labels; lupdate and the translator share this context.
struct ChartText
{
    Q_DECLARE_TR_FUNCTIONS(vt::charts::ChartText)
};

struct ChartStyle
{
    QLocale locale;
    ProgressThresholds thresholds;
    QFont font;            // labels; titles are larger and bold
    bool animated = false; // on screen only; rendering to files never animates
    int maxBars = 20;      // longer rankings show the best and the worst halves
    int labelWidth = 34;   // characters per line of a name on a category axis

    QColor colourOf(ProgressBand band) const;
    QString bandName(ProgressBand band) const; // "On track (≥ 100%)", ...
    // " lớp" after a figure, "%" without a space (99,2%).
    QString unitSuffix(const QString &unit) const;
    QString percent(double fraction) const;       // 0.992 -> "99,2%" in Vietnamese
    QString number(double value) const;           // 51349 -> "51.349"
    QString month(const QDate &month) const;      // "6/2024"
    QString shortMonth(const QDate &month) const; // "6/24", for twelve on an axis
    QString date(const QDate &date) const;        // "7/6/2023"

    // Title, fonts, theme, locale of the axis figures.
    void apply(QChart &chart, const QString &title) const;
};

// The style of the current UI language: QLocale() and the default fonts.
ChartStyle defaultStyle();

} // namespace vt::charts
