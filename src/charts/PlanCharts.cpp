// The visit plan against the visits held, and the follow-up of
// recommendations: by status month by month, and overdue by age per host.

#include "charts/ChartParts.h"
#include "charts/ProgressCharts.h"

#include <QBarCategoryAxis>
#include <QHorizontalStackedBarSeries>
#include <QLineSeries>
#include <QPen>
#include <QStackedBarSeries>

namespace vt::charts {
namespace {

QBarCategoryAxis *monthAxis(const QList<QDate> &months, const ChartStyle &style)
{
    auto *axis = new QBarCategoryAxis;
    // The year only where it starts (and on the first month): twelve "10/24"
    // labels do not fit under a chart in a narrow pane and get cut to "10...".
    // Category labels must be unique, so a second year's months keep theirs.
    QStringList labels;
    for (const QDate &month : months) {
        const QString bare = QString::number(month.month());
        labels.append(labels.isEmpty() || month.month() == 1 || labels.contains(bare)
                          ? style.shortMonth(month)
                          : bare);
    }
    axis->append(labels);
    styleAxis(*axis, style, ChartText::tr("Month"));
    return axis;
}

QLineSeries *cumulativeLine(const QString &name, const QString &legend, const QList<int> &values,
                            const QPen &pen, const QList<QDate> &months, const ChartStyle &style)
{
    auto *line = new QLineSeries;
    line->setName(legend);
    line->setPen(pen);
    line->setPointsVisible(true);
    QStringList tooltips;
    for (qsizetype i = 0; i < values.size(); ++i) {
        line->append(double(i), values.at(i));
        tooltips.append(ChartText::tr("%1\n%2: %3")
                            .arg(style.month(months.at(i)), name, style.number(values.at(i))));
    }
    line->setProperty(kTooltipsProperty, tooltips);
    return line;
}

} // namespace

std::unique_ptr<QChart> buildVisitPlanChart(const VisitPlanSeries &plan, const ChartStyle &style)
{
    auto chart = std::make_unique<QChart>();
    QString title = ChartText::tr("Visit plan: planned and held visits, cumulative");
    if (!plan.months.isEmpty())
        title += QStringLiteral(", %1 – %2")
                     .arg(style.month(plan.months.first()), style.month(plan.months.last()));
    const int planned = plan.planned.isEmpty() ? 0 : plan.planned.last();
    const int held = plan.held.isEmpty() ? 0 : plan.held.last();
    QStringList notes{
        ChartText::tr("%1 of %2 visits held").arg(style.number(held), style.number(planned))};
    if (plan.plannedPastDue > 0)
        notes << ChartText::tr("planned visits past their date: %1")
                     .arg(style.number(plan.plannedPastDue));
    if (plan.cancelled > 0)
        notes << ChartText::tr("cancelled: %1").arg(style.number(plan.cancelled));
    style.apply(*chart, titleWithNote(title, notes.join(QLatin1StringView("; "))));

    // The legend carries the totals; the planned line is drawn over the held
    // one, so that where they agree the dashes still show.
    const QString heldName = ChartText::tr("Held (cumulative)");
    const QString plannedName = ChartText::tr("Planned (cumulative)");
    QLineSeries *heldLine = cumulativeLine(
        heldName, QStringLiteral("%1: %2").arg(heldName, style.number(held)), plan.held,
        QPen(style.colourOf(ProgressBand::OnTrack), 4), plan.months, style);
    QLineSeries *plannedLine = cumulativeLine(
        plannedName, QStringLiteral("%1: %2").arg(plannedName, style.number(planned)), plan.planned,
        QPen(QColor(0x15, 0x65, 0xc0), 2, Qt::DashLine), plan.months, style);
    chart->addSeries(heldLine);
    chart->addSeries(plannedLine);
    QBarCategoryAxis *months = monthAxis(plan.months, style);
    chart->addAxis(months, Qt::AlignBottom);
    QValueAxis *counts = countAxis(planned * 1.1, style, ChartText::tr("Visits"));
    chart->addAxis(counts, Qt::AlignLeft);
    for (QLineSeries *line : {heldLine, plannedLine}) {
        line->attachAxis(months);
        line->attachAxis(counts);
    }
    return chart;
}

std::unique_ptr<QChart> buildRecommendationStatusChart(const RecommendationStatusSeries &series,
                                                       const ChartStyle &style)
{
    auto chart = std::make_unique<QChart>();
    style.apply(*chart, ChartText::tr("Recommendations by status at the end of each month"));
    auto *bars = new QStackedBarSeries;
    const struct
    {
        QString name;
        const QList<int> &values;
        QColor colour;
    } parts[] = {
        {ChartText::tr("Overdue"), series.overdue, style.colourOf(ProgressBand::Behind)},
        {ChartText::tr("Not started"), series.open, QColor(0x90, 0xa4, 0xae)},
        {ChartText::tr("In progress"), series.inProgress, QColor(0x42, 0x85, 0xf4)},
        {ChartText::tr("Done"), series.done, style.colourOf(ProgressBand::OnTrack)},
        {ChartText::tr("Cancelled"), series.cancelled, QColor(0x61, 0x61, 0x61)},
    };
    int top = 0;
    for (qsizetype i = 0; i < series.months.size(); ++i) {
        top = std::max(top, series.open.at(i) + series.inProgress.at(i) + series.overdue.at(i) +
                                series.done.at(i) + series.cancelled.at(i));
    }
    for (const auto &part : parts) {
        QBarSet *set = barSet(part.name, part.colour);
        QStringList tooltips;
        for (qsizetype i = 0; i < part.values.size(); ++i) {
            set->append(part.values.at(i));
            tooltips.append(ChartText::tr("%1\n%2: %3")
                                .arg(style.month(series.months.at(i)), part.name,
                                     style.number(part.values.at(i))));
        }
        set->setProperty(kTooltipsProperty, tooltips);
        bars->append(set);
    }
    bars->setBarWidth(0.7);
    chart->addSeries(bars);
    QBarCategoryAxis *months = monthAxis(series.months, style);
    chart->addAxis(months, Qt::AlignBottom);
    bars->attachAxis(months);
    QValueAxis *counts = countAxis(top, style, ChartText::tr("Recommendations"));
    chart->addAxis(counts, Qt::AlignLeft);
    bars->attachAxis(counts);
    return chart;
}

std::unique_ptr<QChart> buildOverdueChart(const QList<OverdueAgeCounts> &overdue, const QDate &asOf,
                                          const ChartStyle &style)
{
    auto chart = std::make_unique<QChart>();
    int total = 0;
    for (const OverdueAgeCounts &row : overdue)
        total += row.total();
    const QList<OverdueAgeCounts> shown = overdue.mid(0, style.maxBars);
    QString title = ChartText::tr("Overdue recommendations by age, as of %1: %2")
                        .arg(style.date(asOf), style.number(total));
    const QString note =
        overdue.size() > shown.size()
            ? ChartText::tr("the %1 hosts with the most, of %2 with overdue recommendations")
                  .arg(shown.size())
                  .arg(overdue.size())
            : QString();
    style.apply(*chart, titleWithNote(title, note));
    const struct
    {
        QString name;
        QColor colour;
    } buckets[] = {
        {ChartText::tr("1–30 days"), QColor(0xff, 0xca, 0x28)},
        {ChartText::tr("31–60 days"), QColor(0xfb, 0x8c, 0x00)},
        {ChartText::tr("61–90 days"), QColor(0xe5, 0x39, 0x35)},
        {ChartText::tr("over 90 days"), QColor(0x8e, 0x24, 0x24)},
    };
    auto *bars = new QHorizontalStackedBarSeries;
    int widest = 0;
    for (std::size_t b = 0; b < 4; ++b) {
        QBarSet *set = barSet(buckets[b].name, buckets[b].colour);
        QStringList hosts;
        QStringList tooltips;
        // The most overdue host at the top.
        for (qsizetype i = shown.size() - 1; i >= 0; --i) {
            const OverdueAgeCounts &row = shown.at(i);
            set->append(row.buckets[b]);
            hosts.append(row.host);
            tooltips.append(ChartText::tr("%1\n%2: %3")
                                .arg(row.host, buckets[b].name, style.number(row.buckets[b])));
            widest = std::max(widest, row.total());
        }
        set->setProperty(kHostsProperty, hosts);
        set->setProperty(kTooltipsProperty, tooltips);
        bars->append(set);
    }
    bars->setBarWidth(barWidthFor(shown.size()));
    chart->addSeries(bars);
    auto *hostAxis = new QBarCategoryAxis;
    for (qsizetype i = shown.size() - 1; i >= 0; --i)
        hostAxis->append(shown.at(i).host.toHtmlEscaped() + QStringLiteral(" — ") +
                         style.number(shown.at(i).total()));
    styleAxis(*hostAxis, style);
    chart->addAxis(hostAxis, Qt::AlignLeft);
    bars->attachAxis(hostAxis);
    QValueAxis *counts = countAxis(widest, style, ChartText::tr("Overdue recommendations"));
    chart->addAxis(counts, Qt::AlignBottom);
    bars->attachAxis(counts);
    return chart;
}

} // namespace vt::charts
