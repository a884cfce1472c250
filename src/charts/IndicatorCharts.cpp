// Indicators against their plan: one host's indicators, hosts per band, the
// ranking of hosts on one indicator, and one indicator's history.

#include "charts/ChartParts.h"
#include "charts/ProgressCharts.h"

#include <QBarCategoryAxis>
#include <QBarLegendMarker>
#include <QDateTimeAxis>
#include <QHorizontalStackedBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPen>
#include <QScatterSeries>
#include <array>

namespace vt::charts {
namespace {

constexpr std::array<ProgressBand, 4> kBands = {ProgressBand::OnTrack, ProgressBand::Near,
                                                ProgressBand::Behind, ProgressBand::NoTarget};

QString figureOf(const IndicatorProgress &p, const ChartStyle &style)
{
    const QString unit = style.unitSuffix(p.unit);
    if (!p.progress)
        return ChartText::tr("%1%2, no target").arg(style.number(p.actual), unit);
    // A share reads "85,5% of 93%"; a count "41 of 51,2 lớp".
    const QString actual =
        style.number(p.actual) + (p.unit == QLatin1StringView("%") ? unit : QString());
    return ChartText::tr("%1 of %2%3").arg(actual, style.number(*p.planToDate), unit);
}

QString tooltipOf(const IndicatorProgress &p, const ChartStyle &style)
{
    QStringList lines{p.host, p.name};
    const QString unit = style.unitSuffix(p.unit);
    lines << ChartText::tr("Actual: %1%2 (as of %3)")
                 .arg(style.number(p.actual), unit, style.date(p.asOf));
    if (p.target)
        lines << ChartText::tr("Target for %1: %2%3").arg(p.period, style.number(*p.target), unit);
    if (!p.schedule.isEmpty() && p.planToDate)
        lines << ChartText::tr("Plan to date: %1%2").arg(style.number(*p.planToDate), unit);
    lines << (p.progress ? ChartText::tr("Progress: %1 of plan").arg(style.percent(*p.progress))
                         : ChartText::tr("No target"));
    return lines.join(QLatin1Char('\n'));
}

// Horizontal bars of progress, one per item, coloured by band: one stacked
// set per band, each item's value in its band's set only. The first item is
// drawn at the top.
void addBandedBars(QChart &chart, const QList<IndicatorProgress> &items,
                   const QStringList &categories, const ChartStyle &style, const QString &axisTitle)
{
    auto *series = new QHorizontalStackedBarSeries;
    std::array<QBarSet *, 4> sets{};
    for (std::size_t b = 0; b < kBands.size(); ++b) {
        sets[b] = barSet(style.bandName(kBands[b]), style.colourOf(kBands[b]));
        QVariantList visitIds;
        QStringList hosts;
        QStringList tooltips;
        for (qsizetype i = items.size() - 1; i >= 0; --i) {
            const IndicatorProgress &p = items.at(i);
            const bool here = p.band == kBands[b];
            // Items without a target get a short grey stub, so the row is not empty.
            const double value = !here ? 0.0 : p.progress ? *p.progress * 100.0 : 2.0;
            sets[b]->append(value);
            visitIds.append(p.visitId);
            hosts.append(p.host);
            tooltips.append(tooltipOf(p, style));
        }
        sets[b]->setProperty(kVisitIdsProperty, visitIds);
        sets[b]->setProperty(kHostsProperty, hosts);
        sets[b]->setProperty(kTooltipsProperty, tooltips);
        series->append(sets[b]);
    }
    series->setBarWidth(barWidthFor(items.size()));
    chart.addSeries(series);

    auto *categoryAxis = new QBarCategoryAxis;
    QStringList reversed;
    for (qsizetype i = categories.size() - 1; i >= 0; --i)
        reversed.append(categories.at(i));
    categoryAxis->append(reversed);
    styleAxis(*categoryAxis, style);
    chart.addAxis(categoryAxis, Qt::AlignLeft);
    series->attachAxis(categoryAxis);

    double maxProgress = 1.0;
    for (const IndicatorProgress &p : items)
        maxProgress = std::max(maxProgress, p.progress.value_or(0.0));
    QValueAxis *valueAxis = percentAxis(maxProgress, style, axisTitle);
    chart.addAxis(valueAxis, Qt::AlignBottom);
    series->attachAxis(valueAxis);
    // Bands nobody is in stay out of the legend.
    const QList<QLegendMarker *> markers = chart.legend()->markers(series);
    for (std::size_t b = 0; b < kBands.size() && b < std::size_t(markers.size()); ++b)
        markers.at(qsizetype(b))->setVisible(sets[b]->sum() > 0);
}

} // namespace

std::unique_ptr<QChart> buildIndicatorChart(const QList<IndicatorProgress> &indicators,
                                            const ChartStyle &style)
{
    auto chart = std::make_unique<QChart>();
    const QString host = indicators.isEmpty() ? QString() : indicators.first().host;
    const QString period = indicators.isEmpty() ? QString() : indicators.first().period;
    style.apply(
        *chart,
        indicators.isEmpty()
            ? ChartText::tr("Indicators: no measurements")
            : ChartText::tr("Indicators of %1, %2: progress against plan").arg(host, period));
    QStringList categories;
    for (const IndicatorProgress &p : indicators) {
        QString label = p.name;
        // The figure beside the name: the percentage alone hides the scale.
        if (!indicators.isEmpty() && indicators.first().host != p.host)
            label = p.host + QLatin1StringView(": ") + label;
        categories.append(wrappedLabel(label, style.labelWidth) + QLatin1StringView("<br><i>") +
                          figureOf(p, style).toHtmlEscaped() + QStringLiteral(" — ") +
                          (p.progress ? style.percent(*p.progress) : style.bandName(p.band)) +
                          QLatin1StringView("</i>"));
    }
    addBandedBars(*chart, indicators, categories, style, ChartText::tr("% of plan to date"));
    return chart;
}

std::unique_ptr<QChart> buildHostRankingChart(const QList<IndicatorProgress> &ranking,
                                              const QString &indicator, const ChartStyle &style)
{
    auto chart = std::make_unique<QChart>();
    QList<IndicatorProgress> shown = ranking;
    QString title = ChartText::tr("%1: hosts ranked by progress").arg(indicator);
    if (ranking.size() > style.maxBars) {
        // The leaders to praise and the laggards to remind; the middle is left out.
        const int half = style.maxBars / 2;
        shown = ranking.mid(0, half) + ranking.mid(ranking.size() - half);
        title = ChartText::tr("%1: the %2 best and %2 last of %3 hosts")
                    .arg(indicator)
                    .arg(half)
                    .arg(ranking.size());
    }
    if (!ranking.isEmpty())
        title += QLatin1StringView(", ") + ranking.first().period;
    style.apply(*chart, title);
    QStringList categories;
    for (const IndicatorProgress &p : shown) {
        categories.append(p.host.toHtmlEscaped() + QStringLiteral(" — ") +
                          (p.progress ? style.percent(*p.progress) : style.bandName(p.band)));
    }
    addBandedBars(*chart, shown, categories, style, ChartText::tr("% of plan to date"));
    return chart;
}

std::unique_ptr<QChart> buildIndicatorBandsChart(const QList<IndicatorBandCounts> &counts,
                                                 const QString &period, const ChartStyle &style)
{
    auto chart = std::make_unique<QChart>();
    style.apply(*chart, ChartText::tr("Hosts on track, near and behind plan, %1").arg(period));
    auto *series = new QHorizontalStackedBarSeries;
    int widest = 0;
    for (const ProgressBand band : kBands) {
        QBarSet *set = barSet(style.bandName(band), style.colourOf(band));
        QStringList tooltips;
        for (qsizetype i = counts.size() - 1; i >= 0; --i) {
            const int hosts = counts.at(i).hosts[std::size_t(band)];
            set->append(hosts);
            tooltips.append(ChartText::tr("%1\n%2: %3 hosts")
                                .arg(counts.at(i).name, style.bandName(band), style.number(hosts)));
        }
        set->setProperty(kTooltipsProperty, tooltips);
        series->append(set);
    }
    for (const IndicatorBandCounts &c : counts)
        widest = std::max(widest, c.hosts[0] + c.hosts[1] + c.hosts[2] + c.hosts[3]);
    series->setBarWidth(barWidthFor(counts.size()));
    series->setLabelsVisible(true);
    series->setLabelsPrecision(6);
    chart->addSeries(series);
    auto *categoryAxis = new QBarCategoryAxis;
    for (qsizetype i = counts.size() - 1; i >= 0; --i)
        categoryAxis->append(wrappedLabel(counts.at(i).name, style.labelWidth));
    styleAxis(*categoryAxis, style);
    chart->addAxis(categoryAxis, Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    QValueAxis *valueAxis = countAxis(widest, style, ChartText::tr("Hosts"));
    chart->addAxis(valueAxis, Qt::AlignBottom);
    series->attachAxis(valueAxis);
    for (QLegendMarker *marker : chart->legend()->markers(series)) {
        if (auto *bar = qobject_cast<QBarLegendMarker *>(marker))
            bar->setVisible(bar->barset()->sum() > 0);
    }
    return chart;
}

std::unique_ptr<QChart> buildIndicatorHistoryChart(const IndicatorHistory &history,
                                                   const ChartStyle &style)
{
    auto chart = std::make_unique<QChart>();
    style.apply(*chart, ChartText::tr("%1 — %2, %3: actual against plan")
                            .arg(history.name, history.host, history.period));
    const auto msecs = [](const QDate &date) {
        return double(date.startOfDay(Qt::UTC).toMSecsSinceEpoch());
    };
    auto *plan = new QLineSeries;
    plan->setName(ChartText::tr("Plan"));
    QPen planPen(QColor(0x15, 0x65, 0xc0), 2, Qt::DashLine);
    plan->setPen(planPen);
    double top = 0;
    QDate first;
    QDate last;
    const auto extend = [&](const QDate &date) {
        first = !first.isValid() || date < first ? date : first;
        last = !last.isValid() || date > last ? date : last;
    };
    for (const SchedulePoint &point : history.planLine) {
        plan->append(msecs(point.date), point.target);
        top = std::max(top, point.target);
        extend(point.date);
    }
    // The actual line in the colour of its latest progress against the plan line.
    ProgressBand band = ProgressBand::NoTarget;
    if (!history.measurements.isEmpty() && !history.planLine.isEmpty()) {
        const IndicatorMeasurement &latest = history.measurements.constLast();
        band = bandOf(progressOf(latest.actual, planToDate(history.planLine, std::nullopt,
                                                           history.period, latest.asOf)),
                      style.thresholds);
    }
    auto *actual = new QLineSeries;
    actual->setName(ChartText::tr("Actual"));
    actual->setPen(
        QPen(band == ProgressBand::NoTarget ? QColor(0x37, 0x47, 0x4f) : style.colourOf(band), 3));
    actual->setPointsVisible(true);
    actual->setPointLabelsVisible(true);
    actual->setPointLabelsFont(style.font);
    actual->setPointLabelsClipping(false);
    QVariantList visitIds;
    QStringList tooltips;
    for (const IndicatorMeasurement &m : history.measurements) {
        actual->append(msecs(m.asOf), m.actual);
        top = std::max(top, m.actual);
        extend(m.asOf);
        visitIds.append(m.visitId);
        tooltips.append(
            ChartText::tr("%1\nActual: %2%3 (as of %4)")
                .arg(m.name, style.number(m.actual), style.unitSuffix(m.unit), style.date(m.asOf)));
    }
    actual->setPointLabelsFormat(QStringLiteral("@yPoint"));
    actual->setProperty(kVisitIdsProperty, visitIds);
    actual->setProperty(kTooltipsProperty, tooltips);
    chart->addSeries(plan);
    chart->addSeries(actual);

    auto *dateAxis = new QDateTimeAxis;
    dateAxis->setFormat(QStringLiteral("d/M/yyyy"));
    if (first.isValid()) {
        // A margin on each side keeps the first and last points off the frame.
        const qint64 margin = std::max<qint64>(7, first.daysTo(last) / 40);
        dateAxis->setRange(first.addDays(-margin).startOfDay(Qt::UTC),
                           last.addDays(margin).startOfDay(Qt::UTC));
    }
    dateAxis->setTickCount(first.isValid() && first.daysTo(last) > 200 ? 5 : 4);
    styleAxis(*dateAxis, style, ChartText::tr("Date"));
    chart->addAxis(dateAxis, Qt::AlignBottom);
    QValueAxis *valueAxis = countAxis(top * 1.1, style, history.unit);
    if (history.unit.isEmpty())
        valueAxis->setTitleVisible(false);
    chart->addAxis(valueAxis, Qt::AlignLeft);
    for (QAbstractSeries *series :
         {static_cast<QAbstractSeries *>(plan), static_cast<QAbstractSeries *>(actual)}) {
        series->attachAxis(dateAxis);
        series->attachAxis(valueAxis);
    }
    return chart;
}

} // namespace vt::charts
