#pragma once

// Charts into files without a window: PNG through QImage, PDF as vectors
// (the chart's scene painted on a QPdfWriter, so text stays text). The charts
// must not be shown in a view at the same time: build fresh ones to render.

#include <QImage>
#include <QList>
#include <QSize>
#include <QString>
#include <optional>

QT_BEGIN_NAMESPACE
class QChart;
class QPainter;
class QRectF;
QT_END_NAMESPACE

namespace vt::charts {

// The default picture of one chart: readable at 100% on a screen and on A4.
inline constexpr QSize kDefaultImageSize{1400, 900};

enum class ChartFileFormat
{
    Png,
    Pdf
};
// By extension (.png, .pdf; case-insensitive); nullopt for anything else.
std::optional<ChartFileFormat> chartFileFormatFor(const QString &fileName);

// Paints the chart, laid out at `layoutSize`, into `target` of the painter.
void renderChart(QChart &chart, QPainter &painter, const QRectF &target, const QSize &layoutSize);

// The charts one under the other, each `chartSize`, on white.
QImage renderToImage(const QList<QChart *> &charts, const QSize &chartSize = kDefaultImageSize);
// One A4 landscape page per chart, laid out at the page's size; false and a
// message when the file cannot be written.
bool renderToPdf(const QList<QChart *> &charts, const QString &fileName, const QString &title,
                 QString *error);
// PNG (charts of `chartSize`) or PDF by extension, written beside the target
// and renamed (nothing half-written).
bool writeChartFile(const QList<QChart *> &charts, const QString &fileName, const QString &title,
                    QString *error, const QSize &chartSize = kDefaultImageSize);

} // namespace vt::charts
