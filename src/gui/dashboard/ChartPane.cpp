#include "gui/dashboard/ChartPane.h"

#include "charts/ChartRendering.h"
#include "charts/ProgressCharts.h"
#include "gui/FileDialogs.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarSet>
#include <QChartView>
#include <QClipboard>
#include <QCursor>
#include <QHBoxLayout>
#include <QLineSeries>
#include <QMessageBox>
#include <QStandardPaths>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

namespace vt {
namespace {

QToolButton *toolButton(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setObjectName(objectName);
    button->setAutoRaise(true);
    return button;
}

// The index of the point nearest to `point` (lines report positions, not indexes).
int nearestPoint(const QXYSeries &series, const QPointF &point)
{
    int best = -1;
    double bestDistance = 0;
    for (int i = 0; i < series.count(); ++i) {
        const double distance = std::abs(series.at(i).x() - point.x());
        if (best < 0 || distance < bestDistance) {
            best = i;
            bestDistance = distance;
        }
    }
    return best;
}

} // namespace

ChartPane::ChartPane(const QString &objectName, QWidget *parent) : QWidget(parent)
{
    setObjectName(objectName);
    m_view = new QChartView(this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(560, 480);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto *savePng = toolButton(tr("Save as PNG…"), QStringLiteral("savePngButton"), this);
    auto *savePdf = toolButton(tr("Save as PDF…"), QStringLiteral("savePdfButton"), this);
    auto *copy = toolButton(tr("Copy"), QStringLiteral("copyChartButton"), this);
    connect(savePng, &QToolButton::clicked, this,
            [this] { askFileAndSave(QStringLiteral("png")); });
    connect(savePdf, &QToolButton::clicked, this,
            [this] { askFileAndSave(QStringLiteral("pdf")); });
    connect(copy, &QToolButton::clicked, this, &ChartPane::copyToClipboard);
    // The same three in the chart's context menu.
    for (QToolButton *button : {savePng, savePdf, copy}) {
        auto *action = new QAction(button->text(), m_view);
        connect(action, &QAction::triggered, button, &QToolButton::click);
        m_view->addAction(action);
    }

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(savePng);
    buttons->addWidget(savePdf);
    buttons->addWidget(copy);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
}

void ChartPane::setBuilder(Builder builder)
{
    m_builder = std::move(builder);
    QChart *previous = m_view->chart();
    std::unique_ptr<QChart> chart = m_builder();
    m_view->setChart(chart.release()); // the view owns it now
    delete previous;
    connectSeries();
}

QChart *ChartPane::chart() const
{
    return m_view->chart();
}

void ChartPane::connectSeries()
{
    for (QAbstractSeries *series : chart()->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            connect(bars, &QAbstractBarSeries::hovered, this,
                    [this](bool status, int index, QBarSet *set) {
                        if (status)
                            showTooltip(set, index);
                        else
                            QToolTip::hideText();
                    });
            connect(bars, &QAbstractBarSeries::clicked, this,
                    [this](int index, QBarSet *set) { clickedAt(set, index, set->label()); });
        } else if (auto *line = qobject_cast<QXYSeries *>(series)) {
            connect(line, &QXYSeries::hovered, this,
                    [this, line](const QPointF &point, bool state) {
                        if (state)
                            showTooltip(line, nearestPoint(*line, point));
                        else
                            QToolTip::hideText();
                    });
            connect(line, &QXYSeries::clicked, this, [this, line](const QPointF &point) {
                clickedAt(line, nearestPoint(*line, point), line->name());
            });
        }
    }
}

void ChartPane::showTooltip(const QObject *series, int index)
{
    const QString text = series->property(charts::kTooltipsProperty).toStringList().value(index);
    if (!text.isEmpty())
        QToolTip::showText(QCursor::pos(), text, m_view);
}

void ChartPane::clickedAt(const QObject *series, int index, const QString &seriesName)
{
    const QVariantList visits = series->property(charts::kVisitIdsProperty).toList();
    const QStringList hosts = series->property(charts::kHostsProperty).toStringList();
    if (index >= 0 && index < visits.size() && visits.at(index).toLongLong() > 0)
        emit visitClicked(visits.at(index).toLongLong());
    else if (index >= 0 && index < hosts.size())
        emit hostClicked(hosts.at(index), seriesName);
    else
        emit categoryClicked(index, seriesName);
}

bool ChartPane::saveAs(const QString &fileName, QString *error) const
{
    if (!m_builder)
        return false;
    const std::unique_ptr<QChart> fresh = m_builder();
    return charts::writeChartFile({fresh.get()}, fileName, fresh->title(), error);
}

void ChartPane::copyToClipboard() const
{
    if (!m_builder)
        return;
    const std::unique_ptr<QChart> fresh = m_builder();
    QApplication::clipboard()->setImage(charts::renderToImage({fresh.get()}));
}

void ChartPane::askFileAndSave(const QString &suffix)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString filter =
        suffix == QLatin1StringView("png") ? tr("PNG images (*.png)") : tr("PDF documents (*.pdf)");
    QString fileName = FileDialogs::saveFileName(
        this, tr("Save the chart"),
        folder + QLatin1Char('/') + objectName() + QLatin1Char('.') + suffix, filter);
    if (fileName.isEmpty())
        return;
    if (!fileName.endsWith(QLatin1Char('.') + suffix, Qt::CaseInsensitive))
        fileName += QLatin1Char('.') + suffix;
    QString error;
    if (!saveAs(fileName, &error))
        QMessageBox::warning(this, tr("Cannot save the chart"), error);
}

} // namespace vt
