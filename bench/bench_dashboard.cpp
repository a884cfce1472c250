// The dashboard of issue 4 on an existing data set, offscreen:
//   bench_dashboard --database FILE [--samples N] [--as-of YYYY-MM-DD]
// Figures: the whole dashboard's series (every chart: indicators, the host
// ranking, the visit plan, recommendations by status, overdue by age, and one
// indicator's history) with no filter, which is the budget of 300 ms; the
// same for one host and one delegation; each part on its own; and building
// the six charts from the series. The first, cold, run is left out.

#include "BenchSupport.h"

#include "charts/ProgressCharts.h"
#include "services/ProgressSeries.h"
#include "storage/Database.h"

#include <QApplication>

using namespace vt;

namespace {

struct Dashboard
{
    DashboardSeries series;
    IndicatorHistory history;
};

Dashboard build(Database &db, const ProgressRequest &request)
{
    const ProgressSeries progress(db);
    QString error;
    Dashboard d;
    d.series = progress.dashboard(request, &error);
    const QString host =
        d.series.request.scope.host.isEmpty()
            ? (d.series.hostRanking.isEmpty() ? QString() : d.series.hostRanking.last().host)
            : d.series.request.scope.host;
    d.history = progress.history(host, d.series.rankedIndicator, d.series.request.period,
                                 d.series.request.asOf, &error);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return d;
}

template <typename F> double medianOf(int samples, F &&f)
{
    QList<double> times;
    f(); // cold: pages come from disk the first time
    for (int i = 0; i < samples; ++i)
        times.append(bench::timeMs(f));
    return bench::median(times);
}

// The same in CPU time, steadier than wall-clock time on a loaded machine.
template <typename F> double cpuMedianOf(int samples, F &&f)
{
    QList<double> times;
    f();
    for (int i = 0; i < samples; ++i)
        times.append(bench::cpuTimeMs(f));
    return bench::median(times);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv); // charts are QGraphicsWidgets
    const QStringList args = app.arguments();
    const QString path = bench::argument(args, QStringLiteral("--database"));
    const int samples =
        bench::argument(args, QStringLiteral("--samples"), QStringLiteral("7")).toInt();
    // The generator's "today": its planned visits lie after it, its overdue items before.
    const QDate asOf = QDate::fromString(
        bench::argument(args, QStringLiteral("--as-of"), QStringLiteral("2025-06-30")),
        Qt::ISODate);
    if (path.isEmpty() || !asOf.isValid()) {
        qWarning("usage: bench_dashboard --database FILE [--samples N] [--as-of YYYY-MM-DD]");
        return 2;
    }
    Database db;
    QString error;
    if (!db.open(path, &error, Database::Access::ReadOnly)) {
        qWarning("%s", qPrintable(error));
        return 1;
    }
    ProgressRequest all;
    all.asOf = asOf;
    const Dashboard sample = build(db, all);
    qInfo("period %s, %lld indicators, %lld hosts ranked on \"%s\", %d planned / %d held, "
          "%lld hosts with overdue items",
          qPrintable(sample.series.request.period), qsizetype(sample.series.indicators.size()),
          qsizetype(sample.series.hostRanking.size()), qPrintable(sample.series.rankedIndicator),
          sample.series.plan.planned.value(11),
          sample.series.plan.held.isEmpty() ? 0 : sample.series.plan.held.last(),
          qsizetype(sample.series.overdue.size()));

    bench::report("dashboard", medianOf(samples, [&] { (void)build(db, all); }), "ms", 300);
    bench::reportInfo("dashboard_cpu", cpuMedianOf(samples, [&] { (void)build(db, all); }), "ms");

    ProgressRequest oneHost = all;
    oneHost.scope.host =
        sample.series.overdue.isEmpty() ? QString() : sample.series.overdue.first().host;
    bench::reportInfo("dashboard_host", medianOf(samples, [&] { (void)build(db, oneHost); }), "ms");
    ProgressRequest oneDelegation = all;
    QStringList delegations = ProgressQueries(db).delegationNames(&error);
    oneDelegation.scope.delegation = delegations.value(0);
    bench::reportInfo("dashboard_delegation",
                      medianOf(samples, [&] { (void)build(db, oneDelegation); }), "ms");

    // The parts, to see where the time goes.
    const ProgressSeries progress(db);
    const ProgressRequest resolved = sample.series.request;
    bench::reportInfo("dash_indicators",
                      medianOf(samples, [&] { (void)progress.indicators(resolved, &error); }),
                      "ms");
    bench::reportInfo("dash_plan",
                      medianOf(samples, [&] { (void)progress.visitPlan(resolved, &error); }), "ms");
    bench::reportInfo(
        "dash_recommendations",
        medianOf(samples, [&] { (void)progress.recommendationStatus(resolved, &error); }), "ms");
    bench::reportInfo("dash_overdue",
                      medianOf(samples, [&] { (void)progress.overdueByHost(resolved, &error); }),
                      "ms");

    const charts::ChartStyle style = charts::defaultStyle();
    bench::reportInfo(
        "dashboard_charts",
        medianOf(samples,
                 [&] {
                     const DashboardSeries &s = sample.series;
                     (void)charts::buildIndicatorBandsChart(s.bandsByIndicator, s.request.period,
                                                            style);
                     (void)charts::buildHostRankingChart(s.hostRanking, s.rankedIndicator, style);
                     (void)charts::buildIndicatorHistoryChart(sample.history, style);
                     (void)charts::buildVisitPlanChart(s.plan, style);
                     (void)charts::buildRecommendationStatusChart(s.recommendations, style);
                     (void)charts::buildOverdueChart(s.overdue, s.request.asOf, style);
                 }),
        "ms");
    return 0;
}
