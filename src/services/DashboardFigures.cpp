#include "services/DashboardFigures.h"

#include <algorithm>

namespace vt {
namespace {

// The host to show a history for when no host is chosen: the one furthest
// behind on the ranked indicator (the ranking is best first, no target last).
QString mostBehind(const QList<IndicatorProgress> &ranking)
{
    for (qsizetype i = ranking.size() - 1; i >= 0; --i) {
        if (ranking.at(i).progress)
            return ranking.at(i).host;
    }
    return ranking.isEmpty() ? QString() : ranking.last().host;
}

QList<NameCount> indicatorNames(Database &database, const DashboardSeries &series, QString *error)
{
    // Without a host every host's indicators are at hand; with one, all hosts are asked.
    if (series.request.scope.host.isEmpty()) {
        QList<NameCount> names;
        for (const IndicatorBandCounts &c : series.bandsByIndicator)
            names.append({c.name, c.hosts[0] + c.hosts[1] + c.hosts[2] + c.hosts[3]});
        std::stable_sort(names.begin(), names.end(),
                         [](const NameCount &a, const NameCount &b) { return a.count > b.count; });
        return names;
    }
    ProgressScope scope = series.request.scope;
    scope.host.clear();
    return ProgressQueries(database).indicatorNames(scope, series.request.period,
                                                    series.request.asOf, error);
}

} // namespace

DashboardFigures readDashboardFigures(Database &database, const ProgressThresholds &thresholds,
                                      const ProgressRequest &request, QString *error)
{
    const ProgressSeries progress(database, thresholds);
    DashboardFigures figures;
    figures.series = progress.dashboard(request, error);
    figures.indicatorNames = indicatorNames(database, figures.series, error);
    const ProgressRequest &resolved = figures.series.request;
    const QString host = resolved.scope.host.isEmpty() ? mostBehind(figures.series.hostRanking)
                                                       : resolved.scope.host;
    figures.history = progress.history(host, figures.series.rankedIndicator, resolved.period,
                                       resolved.asOf, error);
    return figures;
}

} // namespace vt
