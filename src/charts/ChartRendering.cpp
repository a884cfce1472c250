#include "charts/ChartRendering.h"

#include "charts/ChartStyle.h"

#include <QChart>
#include <QCoreApplication>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace vt::charts {

std::optional<ChartFileFormat> chartFileFormatFor(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1StringView("png"))
        return ChartFileFormat::Png;
    if (suffix == QLatin1StringView("pdf"))
        return ChartFileFormat::Pdf;
    return std::nullopt;
}

void renderChart(QChart &chart, QPainter &painter, const QRectF &target, const QSize &layoutSize)
{
    // A scene of its own, given back before it goes: the scene would delete the chart.
    QGraphicsScene scene;
    scene.addItem(&chart);
    chart.setGeometry(QRectF(QPointF(0, 0), layoutSize));
    // The chart lays itself out through posted layout requests.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCoreApplication::processEvents();
    scene.setSceneRect(QRectF(QPointF(0, 0), layoutSize));
    scene.setBackgroundBrush(Qt::white);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    scene.render(&painter, target, scene.sceneRect(), Qt::KeepAspectRatio);
    scene.removeItem(&chart);
}

QImage renderToImage(const QList<QChart *> &charts, const QSize &chartSize)
{
    QImage image(chartSize.width(), chartSize.height() * int(std::max<qsizetype>(1, charts.size())),
                 QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    for (qsizetype i = 0; i < charts.size(); ++i) {
        const QRectF target(0, double(i) * chartSize.height(), chartSize.width(),
                            chartSize.height());
        renderChart(*charts.at(i), painter, target, chartSize);
    }
    painter.end();
    return image;
}

namespace {

// The chart is laid out at the page's own size at 96 dpi, so that its fonts
// print at their point size (a larger layout would be scaled down on paper).
bool paintPdf(const QList<QChart *> &charts, QIODevice &device, const QString &title)
{
    QPdfWriter writer(&device);
    writer.setTitle(title);
    writer.setCreator(QCoreApplication::applicationName());
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                     QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter));
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    for (qsizetype i = 0; i < charts.size(); ++i) {
        if (i > 0)
            writer.newPage();
        const QRect page = writer.pageLayout().paintRectPixels(writer.resolution());
        const QSizeF millimetres = writer.pageLayout().paintRect(QPageLayout::Millimeter).size();
        const QSize layout(qRound(millimetres.width() / 25.4 * 96),
                           qRound(millimetres.height() / 25.4 * 96));
        renderChart(*charts.at(i), painter, QRectF(QPointF(0, 0), page.size()), layout);
    }
    return painter.end();
}

} // namespace

bool renderToPdf(const QList<QChart *> &charts, const QString &fileName, const QString &title,
                 QString *error)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || !paintPdf(charts, file, title) || !file.commit()) {
        if (error)
            *error = ChartText::tr("Could not write the chart to “%1”: %2")
                         .arg(fileName, file.errorString());
        return false;
    }
    return true;
}

bool writeChartFile(const QList<QChart *> &charts, const QString &fileName, const QString &title,
                    QString *error, const QSize &chartSize)
{
    const std::optional<ChartFileFormat> format = chartFileFormatFor(fileName);
    if (format == ChartFileFormat::Pdf)
        return renderToPdf(charts, fileName, title, error);
    QSaveFile file(fileName);
    const bool written = format == ChartFileFormat::Png && file.open(QIODevice::WriteOnly) &&
                         renderToImage(charts, chartSize).save(&file, "PNG") && file.commit();
    if (!written && error)
        *error = ChartText::tr("Could not write the chart to “%1”: %2")
                     .arg(fileName, format ? file.errorString()
                                           : ChartText::tr("use a file ending in .png or .pdf"));
    return written;
}

} // namespace vt::charts
