#pragma once

// Pieces the chart builders share (private to charts/).

#include "charts/ChartStyle.h"

#include <QBarSet>
#include <QChart>
#include <QStringList>
#include <QValueAxis>

namespace vt::charts {

// Characters per line of a chart title.
inline constexpr int kTitleWidth = 44;

// A title in lines of kTitleWidth, with a note in normal weight below it.
QString titleWithNote(const QString &title, const QString &note);

// Long names on a category axis break into lines (rich text) instead of
// being cut off.
QString wrappedLabel(const QString &text, int width = 34);

// Axis fonts and colours after the theme, which resets them.
void styleAxis(QAbstractAxis &axis, const ChartStyle &style, const QString &title = {});

// A value axis from zero to a round figure above `maximum`.
QValueAxis *countAxis(double maximum, const ChartStyle &style, const QString &title);

// Bars as wide as a category allows, but not a wall of colour for one or two.
double barWidthFor(qsizetype categories);

// A bar set in one colour whose bars carry drill-down keys and tooltips.
QBarSet *barSet(const QString &label, const QColor &colour);

// A percentage axis from 0 to a round figure above the largest progress
// (at least 110%), with a suffix after localised figures.
QValueAxis *percentAxis(double maxFraction, const ChartStyle &style, const QString &title);

} // namespace vt::charts
