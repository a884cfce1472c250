#include "services/ProgressSeries.h"

#include "domain/Clock.h"
#include "domain/TextFolding.h"
#include "storage/Database.h"
#include "storage/ReadingApart.h"

#include <QRegularExpression>
#include <algorithm>
#include <future>

namespace vt {
namespace {

bool isHeld(const QString &status)
{
    return status == QLatin1StringView("held") || status == QLatin1StringView("concluded") ||
           status == QLatin1StringView("closed");
}

int monthNumber(const QDate &date)
{
    return date.year() * 12 + date.month() - 1;
}

// The ranking's order: highest progress first, no target last, then by name.
bool rankedBefore(const IndicatorProgress &a, const IndicatorProgress &b)
{
    if (a.progress.has_value() != b.progress.has_value())
        return a.progress.has_value();
    if (a.progress && b.progress && *a.progress != *b.progress)
        return *a.progress > *b.progress;
    return foldForSearch(a.host) < foldForSearch(b.host);
}

} // namespace

ProgressSeries::ProgressSeries(Database &database, ProgressThresholds thresholds)
    : m_database(database), m_thresholds(thresholds)
{
}

ProgressRequest ProgressSeries::resolved(const ProgressRequest &request, QString *error) const
{
    ProgressRequest result = request;
    if (!result.asOf.isValid())
        result.asOf = Clock::today();
    if (result.period.isEmpty()) {
        const QStringList periods =
            ProgressQueries(m_database).periods(result.scope, result.asOf, error);
        // Newest first; "2024" sorts after "2023-2025", so years are preferred.
        static const QRegularExpression year(QStringLiteral("^\\d{4}$"));
        for (const QString &period : periods) {
            if (year.match(period).hasMatch()) {
                result.period = period;
                break;
            }
        }
        if (result.period.isEmpty() && !periods.isEmpty())
            result.period = periods.constFirst();
    }
    return result;
}

IndicatorProgress ProgressSeries::progressFrom(const IndicatorMeasurement &m) const
{
    IndicatorProgress p;
    p.visitId = m.visitId;
    p.visitDate = m.visitDate;
    p.host = m.host;
    p.name = m.name;
    p.unit = m.unit;
    p.period = m.period;
    p.target = m.target;
    p.actual = m.actual;
    p.asOf = m.asOf;
    p.schedule = scheduleFromJson(m.scheduleJson);
    // The actual is as of its measurement: it is compared with the plan at that date.
    p.planToDate = planToDate(p.schedule, p.target, p.period, p.asOf);
    p.progress = progressOf(p.actual, p.planToDate);
    p.band = bandOf(p.progress, m_thresholds);
    return p;
}

QList<IndicatorProgress> ProgressSeries::indicators(const ProgressRequest &request,
                                                    QString *error) const
{
    QList<IndicatorProgress> result;
    const QList<IndicatorMeasurement> latest =
        ProgressQueries(m_database)
            .latestMeasurements(request.scope, request.period, {}, request.asOf, error);
    result.reserve(latest.size());
    for (const IndicatorMeasurement &m : latest)
        result.append(progressFrom(m));
    return result;
}

QList<IndicatorBandCounts>
ProgressSeries::bandsByIndicator(const QList<IndicatorProgress> &indicators) const
{
    QList<IndicatorBandCounts> result;
    for (const IndicatorProgress &p : indicators) {
        auto it = std::find_if(result.begin(), result.end(),
                               [&](const IndicatorBandCounts &c) { return c.name == p.name; });
        if (it == result.end()) {
            result.append({p.name, p.unit, {}});
            it = result.end() - 1;
        }
        ++it->hosts[std::size_t(p.band)];
    }
    std::sort(
        result.begin(), result.end(),
        [](const IndicatorBandCounts &a, const IndicatorBandCounts &b) { return a.name < b.name; });
    return result;
}

QList<IndicatorProgress> ProgressSeries::ranked(QList<IndicatorProgress> measured,
                                                const QString &name)
{
    measured.removeIf([&](const IndicatorProgress &p) { return p.name != name; });
    std::sort(measured.begin(), measured.end(), rankedBefore);
    return measured;
}

QList<IndicatorProgress> ProgressSeries::hostRanking(const ProgressRequest &request,
                                                     const QString &name, QString *error) const
{
    ProgressScope scope = request.scope;
    scope.host.clear(); // one indicator across the hosts
    QList<IndicatorProgress> result;
    for (const IndicatorMeasurement &m :
         ProgressQueries(m_database)
             .latestMeasurements(scope, request.period, name, request.asOf, error))
        result.append(progressFrom(m));
    return ranked(result, name);
}

QString ProgressSeries::mostMeasuredIndicator(const ProgressRequest &request, QString *error) const
{
    ProgressScope scope = request.scope;
    scope.host.clear();
    const QList<NameCount> names =
        ProgressQueries(m_database).indicatorNames(scope, request.period, request.asOf, error);
    return names.isEmpty() ? QString() : names.constFirst().name;
}

IndicatorHistory ProgressSeries::history(const QString &host, const QString &name,
                                         const QString &period, const QDate &asOf,
                                         QString *error) const
{
    IndicatorHistory h;
    h.host = host;
    h.name = name;
    h.period = period;
    h.measurements = ProgressQueries(m_database).history(host, name, period, asOf, error);
    if (h.measurements.isEmpty())
        return h;
    const IndicatorMeasurement &last = h.measurements.constLast();
    h.host = last.host;
    h.unit = last.unit;
    // The latest schedule given wins: a later visit may revise the plan.
    QList<SchedulePoint> schedule;
    for (const IndicatorMeasurement &m : h.measurements) {
        if (!m.scheduleJson.isEmpty())
            schedule = scheduleFromJson(m.scheduleJson);
    }
    h.planLine =
        planLineOf(schedule, last.target, period, h.measurements.constFirst().asOf, last.asOf);
    return h;
}

std::pair<QDate, int> ProgressSeries::monthWindow(const ProgressRequest &request)
{
    static const QRegularExpression year(QStringLiteral("^\\d{4}$"));
    if (year.match(request.period).hasMatch())
        return {QDate(request.period.toInt(), 1, 1), 12};
    const QDate asOf = request.asOf.isValid() ? request.asOf : Clock::today();
    return {QDate(asOf.year(), asOf.month(), 1).addMonths(-11), 12};
}

VisitPlanSeries ProgressSeries::visitPlan(const ProgressRequest &request, QString *error) const
{
    VisitPlanSeries series;
    const auto [first, months] = monthWindow(request);
    const QDate last = first.addMonths(months).addDays(-1);
    const ProgressQueries queries(m_database);
    const QList<MonthStatusCount> counts = queries.visitsByMonth(request.scope, first, last, error);
    const int lastHeldMonth = monthNumber(request.asOf) - monthNumber(first);
    int planned = 0;
    int held = 0;
    for (int i = 0; i < months; ++i) {
        const QDate month = first.addMonths(i);
        const QString key = month.toString(QStringLiteral("yyyy-MM"));
        for (const MonthStatusCount &c : counts) {
            if (c.month != key)
                continue;
            planned += c.count;
            if (isHeld(c.status))
                held += c.count;
            if (c.status == QLatin1StringView("cancelled"))
                series.cancelled += c.count;
        }
        series.months.append(month);
        series.planned.append(planned);
        // Nothing can have been held after the as-of date: the line stops there.
        if (i <= lastHeldMonth)
            series.held.append(held);
    }
    const QDate dayBefore = request.asOf.addDays(-1);
    if (dayBefore >= first) {
        for (const MonthStatusCount &c :
             queries.visitsByMonth(request.scope, first, std::min(dayBefore, last), error)) {
            if (c.status == QLatin1StringView("planned"))
                series.plannedPastDue += c.count;
        }
    }
    return series;
}

RecommendationStatusSeries ProgressSeries::recommendationStatus(const ProgressRequest &request,
                                                                QString *error) const
{
    RecommendationStatusSeries series;
    const auto [first, windowMonths] = monthWindow(request);
    // The future is not known: the series ends with the as-of month.
    const int months =
        std::clamp(monthNumber(request.asOf) - monthNumber(first) + 1, 0, windowMonths);
    if (months == 0)
        return series;
    const QList<RecommendationEventGroup> groups =
        ProgressQueries(m_database).recommendationEvents(request.scope, first, months, error);
    for (int m = 0; m < months; ++m) {
        int open = 0, inProgress = 0, overdue = 0, done = 0, cancelled = 0;
        for (const RecommendationEventGroup &g : groups) {
            if (g.created > m)
                continue;
            if (g.ended <= m)
                (g.cancelled ? cancelled : done) += g.count;
            else if (g.overdueFrom <= m)
                overdue += g.count;
            else if (g.firstUpdate <= m)
                inProgress += g.count;
            else
                open += g.count;
        }
        series.months.append(first.addMonths(m));
        series.open.append(open);
        series.inProgress.append(inProgress);
        series.overdue.append(overdue);
        series.done.append(done);
        series.cancelled.append(cancelled);
    }
    return series;
}

QList<OverdueAgeCounts> ProgressSeries::overdueByHost(const ProgressRequest &request,
                                                      QString *error) const
{
    QList<OverdueAgeCounts> rows =
        ProgressQueries(m_database).overdueByHost(request.scope, request.asOf, error);
    std::stable_sort(
        rows.begin(), rows.end(),
        [](const OverdueAgeCounts &a, const OverdueAgeCounts &b) { return a.total() > b.total(); });
    return rows;
}

bool ProgressSeries::useSecondReader() const
{
    return isWorthReadingApart(m_database, m_secondReaderFromBytes);
}

namespace {

struct OverdueRead
{
    bool opened = false;
    QList<OverdueAgeCounts> rows;
    QString error;
};

// The overdue series on a connection of the calling thread's own (Qt's
// connections belong to the thread that opens them). Opening a read-only
// connection to a file this size costs about a millisecond: no check of the
// file is made above 32 MiB (DatabaseCheck.h).
OverdueRead readOverdueApart(const QString &path, const ProgressThresholds &thresholds,
                             const ProgressRequest &request)
{
    OverdueRead read;
    Database reader;
    if (!reader.open(path, nullptr, Database::Access::ReadOnly))
        return read; // the caller reads it on its own connection
    read.opened = true;
    read.rows = ProgressSeries(reader, thresholds).overdueByHost(request, &read.error);
    return read;
}

} // namespace

DashboardSeries ProgressSeries::dashboard(const ProgressRequest &request, QString *error) const
{
    DashboardSeries d;
    d.request = resolved(request, error);
    std::future<OverdueRead> overdueApart;
    if (useSecondReader())
        overdueApart = std::async(std::launch::async, readOverdueApart, m_database.filePath(),
                                  m_thresholds, d.request);
    d.indicators = indicators(d.request, error);
    d.bandsByIndicator = bandsByIndicator(d.indicators);
    d.rankedIndicator = d.request.indicator;
    if (d.rankedIndicator.isEmpty() && d.request.scope.host.isEmpty()) {
        // Every host's latest measurements are at hand: the indicator most
        // hosts measured, without another query.
        int most = 0;
        for (const IndicatorBandCounts &c : d.bandsByIndicator) {
            const int hosts = c.hosts[0] + c.hosts[1] + c.hosts[2] + c.hosts[3];
            if (hosts > most) {
                most = hosts;
                d.rankedIndicator = c.name;
            }
        }
    } else if (d.rankedIndicator.isEmpty()) {
        d.rankedIndicator = mostMeasuredIndicator(d.request, error);
    }
    // Without a host the indicators already hold every host: no second query.
    d.hostRanking = d.request.scope.host.isEmpty()
                        ? ranked(d.indicators, d.rankedIndicator)
                        : hostRanking(d.request, d.rankedIndicator, error);
    d.plan = visitPlan(d.request, error);
    d.recommendations = recommendationStatus(d.request, error);
    OverdueRead apart = overdueApart.valid() ? overdueApart.get() : OverdueRead{};
    if (apart.opened) {
        d.overdue = std::move(apart.rows);
        if (!apart.error.isEmpty() && error && error->isEmpty())
            *error = apart.error;
    } else {
        d.overdue = overdueByHost(d.request, error);
    }
    return d;
}

} // namespace vt
