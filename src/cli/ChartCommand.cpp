// `chart plan|indicators|hosts|recommendations` (INTERFACES.md): renders a
// progress chart to .png or .pdf, headless. Extra options: --delegation,
// --indicator (hosts: the indicator compared; indicators with --host: that
// indicator's history), --on-track and --near (the band thresholds, percent).

#include "cli/CommandSet.h"

#include "charts/ChartRendering.h"
#include "charts/ProgressCharts.h"
#include "cli/CommandSupport.h"
#include "domain/Clock.h"
#include "domain/TextFolding.h"
#include "services/ProgressSeries.h"
#include "storage/Database.h"

#include <QRegularExpression>
#include <memory>

namespace vt::cli {
namespace {

const QStringList kKinds{QStringLiteral("plan"), QStringLiteral("indicators"),
                         QStringLiteral("hosts"), QStringLiteral("recommendations")};

// A whole name (accents optional), else the one name containing the text.
std::optional<QString> resolveName(const QStringList &names, const QString &given,
                                   const QString &what, QString *error)
{
    const QString wanted = foldForSearch(given).simplified();
    QStringList containing;
    for (const QString &name : names) {
        const QString folded = foldForSearch(name);
        if (folded == wanted)
            return name;
        if (folded.contains(wanted))
            containing.append(name);
    }
    if (containing.size() == 1)
        return containing.first();
    *error =
        containing.isEmpty()
            ? tr("no %1 named \"%2\"").arg(what, given)
            : tr("\"%1\" matches several: %2").arg(given, containing.join(QStringLiteral("; ")));
    return std::nullopt;
}

std::optional<double> percentOption(const QString &text)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || value <= 0 || value > 1000)
        return std::nullopt;
    return value / 100.0;
}

struct Charts
{
    std::vector<std::unique_ptr<QChart>> owned;
    QString title;

    void add(std::unique_ptr<QChart> chart)
    {
        if (title.isEmpty()) {
            // The PDF's title: the chart's, without its markup.
            static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
            title =
                chart->title().replace(QStringLiteral("<br>"), QStringLiteral(" — ")).remove(tags);
        }
        owned.push_back(std::move(chart));
    }
    QList<QChart *> list() const
    {
        QList<QChart *> result;
        for (const auto &chart : owned)
            result.append(chart.get());
        return result;
    }
};

} // namespace

int chartCommand(const QStringList &args, const QString &dbPath)
{
    QCommandLineParser parser;
    const QCommandLineOption host(QStringLiteral("host"),
                                  tr("Only this host (whole name or a unique part, accents "
                                     "optional)."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption delegation(QStringLiteral("delegation"),
                                        tr("Only visits of this delegation."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption period(
        QStringLiteral("period"),
        tr("The period, a year such as 2024 (default: the latest year with measurements)."),
        QStringLiteral("P"));
    const QCommandLineOption asOf(QStringLiteral("as-of"),
                                  tr("Compute progress and overdue as of DATE (YYYY-MM-DD)."),
                                  QStringLiteral("DATE"));
    const QCommandLineOption indicator(
        QStringLiteral("indicator"),
        tr("hosts: the indicator compared (default: the one most hosts measured); indicators "
           "with --host: draw this indicator's history."),
        QStringLiteral("NAME"));
    const QCommandLineOption onTrack(QStringLiteral("on-track"),
                                     tr("Percent of plan counted as on track (default 100)."),
                                     QStringLiteral("PCT"));
    const QCommandLineOption near(QStringLiteral("near"),
                                  tr("Percent of plan counted as near (default 90)."),
                                  QStringLiteral("PCT"));
    const QCommandLineOption output(QStringLiteral("o"), tr("Write to FILE (.png or .pdf)."),
                                    QStringLiteral("FILE"));
    parser.addOptions({host, delegation, period, asOf, indicator, onTrack, near, output});
    QString usage;
    if (!parseArguments(parser, QStringLiteral("chart"), args, 1, &usage))
        return wrongUsage(parser.errorText().isEmpty()
                              ? tr("chart needs one of: %1").arg(kKinds.join(QStringLiteral(", ")))
                              : usage);
    const QString kind = parser.positionalArguments().constFirst();
    if (!kKinds.contains(kind))
        return wrongUsage(
            tr("chart needs one of %1, not \"%2\"").arg(kKinds.join(QStringLiteral(", ")), kind));
    const QString fileName = parser.value(output);
    if (!parser.isSet(output) || fileName.isEmpty())
        return wrongUsage(tr("chart needs -o FILE (.png or .pdf)"));
    if (!charts::chartFileFormatFor(fileName))
        return wrongUsage(tr("-o needs a file ending in .png or .pdf, not \"%1\"").arg(fileName));

    ProgressRequest request;
    if (parser.isSet(asOf)) {
        request.asOf = QDate::fromString(parser.value(asOf), Qt::ISODate);
        if (!request.asOf.isValid() || parser.value(asOf).size() != 10)
            return wrongUsage(tr("--as-of must be a date written YYYY-MM-DD, not \"%1\"")
                                  .arg(parser.value(asOf)));
        Clock::setToday(request.asOf);
    }
    charts::ChartStyle style = charts::defaultStyle();
    for (const auto &[option, field] : {std::pair{&onTrack, &style.thresholds.onTrack},
                                        std::pair{&near, &style.thresholds.near}}) {
        if (!parser.isSet(*option))
            continue;
        const std::optional<double> value = percentOption(parser.value(*option));
        if (!value)
            return wrongUsage(tr("--%1 must be a percentage such as 90, not \"%2\"")
                                  .arg(option->names().constFirst(), parser.value(*option)));
        *field = *value;
    }
    if (style.thresholds.near > style.thresholds.onTrack)
        return wrongUsage(tr("--near must not be above --on-track"));

    Database db;
    if (!openDatabase(db, dbPath))
        return Failure;
    QString error;
    const ProgressQueries queries(db);
    if (parser.isSet(host)) {
        const auto name =
            resolveName(queries.hostNames(&error), parser.value(host), tr("host"), &error);
        if (!name)
            return fail(error);
        request.scope.host = *name;
    }
    if (parser.isSet(delegation)) {
        const auto name = resolveName(queries.delegationNames(&error), parser.value(delegation),
                                      tr("delegation"), &error);
        if (!name)
            return fail(error);
        request.scope.delegation = *name;
    }
    const ProgressSeries series(db, style.thresholds);
    request.period = parser.value(period);
    request = series.resolved(request, &error);
    static const QRegularExpression year(QStringLiteral("^\\d{4}$"));
    const bool byIndicator = kind == QLatin1String("indicators") || kind == QLatin1String("hosts");
    if (byIndicator &&
        !queries.periods(request.scope, request.asOf, &error).contains(request.period)) {
        return fail(request.period.isEmpty()
                        ? tr("no indicators were measured by %1 for this choice")
                              .arg(request.asOf.toString(Qt::ISODate))
                        : tr("no indicators were measured for period \"%1\" by %2 for this choice")
                              .arg(request.period, request.asOf.toString(Qt::ISODate)));
    }
    if (!byIndicator && parser.isSet(period) && !year.match(request.period).hasMatch())
        return fail(tr("the period of a %1 chart is a year such as 2024, not \"%2\"")
                        .arg(kind, request.period));

    Charts charts;
    if (kind == QLatin1String("plan")) {
        charts.add(charts::buildVisitPlanChart(series.visitPlan(request, &error), style));
    } else if (kind == QLatin1String("recommendations")) {
        charts.add(charts::buildRecommendationStatusChart(
            series.recommendationStatus(request, &error), style));
        charts.add(
            charts::buildOverdueChart(series.overdueByHost(request, &error), request.asOf, style));
    } else if (kind == QLatin1String("hosts")) {
        const QString name = parser.isSet(indicator)
                                 ? parser.value(indicator)
                                 : series.mostMeasuredIndicator(request, &error);
        const QList<IndicatorProgress> ranking = series.hostRanking(request, name, &error);
        if (ranking.isEmpty() && error.isEmpty())
            return fail(
                tr("no indicator \"%1\" was measured for period %2").arg(name, request.period));
        charts.add(charts::buildHostRankingChart(ranking, name, style));
    } else if (parser.isSet(indicator) && !request.scope.host.isEmpty()) {
        const IndicatorHistory history = series.history(request.scope.host, parser.value(indicator),
                                                        request.period, request.asOf, &error);
        if (history.measurements.isEmpty() && error.isEmpty())
            return fail(tr("no indicator \"%1\" was measured at %2 for period %3")
                            .arg(parser.value(indicator), request.scope.host, request.period));
        charts.add(charts::buildIndicatorHistoryChart(history, style));
    } else {
        const QList<IndicatorProgress> indicators = series.indicators(request, &error);
        if (request.scope.host.isEmpty())
            charts.add(charts::buildIndicatorBandsChart(series.bandsByIndicator(indicators),
                                                        request.period, style));
        else
            charts.add(charts::buildIndicatorChart(indicators, style));
    }
    if (!error.isEmpty())
        return fail(error);
    if (!charts::writeChartFile(charts.list(), fileName, charts.title, &error))
        return fail(error);
    return Success;
}

} // namespace vt::cli
