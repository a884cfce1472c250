#include "storage/ProgressQueries.h"

#include "storage/Database.h"
#include "storage/SqlValues.h"

#include "domain/TextFolding.h"

#include <QSqlQuery>
#include <QVariantList>
#include <algorithm>

namespace vt {
namespace {

// Measurements count from visits that took place: a planned or cancelled
// visit has not measured anything.
constexpr char kHeldVisit[] = " v.status NOT IN ('planned', 'cancelled')";

// A measurement's date: its own as-of date, else the date of its visit.
constexpr char kMeasured[] = "coalesce(i.as_of, v.date)";

// The scope as a condition on `v` with its bound values, appended to a WHERE.
struct ScopeCondition
{
    QString sql;
    QVariantList values;

    explicit ScopeCondition(const ProgressScope &scope)
    {
        if (const QString host = foldForSearch(scope.host).simplified(); !host.isEmpty()) {
            sql += QLatin1StringView(" AND v.host_fold = ?");
            values.append(host);
        }
        if (const QString delegation = foldForSearch(scope.delegation).simplified();
            !delegation.isEmpty()) {
            sql += QLatin1StringView(" AND v.delegation_fold = ?");
            values.append(delegation);
        }
    }
};

// Prepares, binds in order and runs; false with the error text on failure.
bool run(QSqlQuery &query, const QString &statement, const QVariantList &values,
         const QString &what, QString *error)
{
    query.setForwardOnly(true);
    if (!sql::prepare(query, statement, what, error))
        return false;
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    return sql::exec(query, what, error);
}

QString what()
{
    return sql::Text::tr("Could not read the progress figures");
}

// The month of the window (0 = its first month) in which a date falls, -1
// before the window and kNever after it (or NULL): ISO dates compare as text,
// so a chain of comparisons with the months' first days, which costs less per
// row than taking the date apart.
// `daysLater` counts the date as that many days later.
QString monthIndex(const QString &dateExpression, const QDate &firstDay, int months,
                   int daysLater = 0)
{
    QString chain = QStringLiteral("(CASE WHEN %1 IS NULL THEN %2")
                        .arg(dateExpression)
                        .arg(RecommendationEventGroup::kNever);
    for (int i = 0; i <= months; ++i)
        chain += QStringLiteral(" WHEN %1 < '%2' THEN %3")
                     .arg(dateExpression,
                          firstDay.addMonths(i).addDays(-daysLater).toString(Qt::ISODate))
                     .arg(i - 1);
    return chain + QStringLiteral(" ELSE %1 END)").arg(RecommendationEventGroup::kNever);
}

IndicatorMeasurement measurementFrom(const QSqlQuery &q)
{
    IndicatorMeasurement m;
    m.visitId = q.value(0).toLongLong();
    m.visitDate = sql::dateFrom(q.value(1));
    m.host = q.value(2).toString();
    m.name = q.value(3).toString();
    m.unit = q.value(4).toString();
    m.period = q.value(5).toString();
    if (!q.isNull(6))
        m.target = q.value(6).toDouble();
    m.actual = q.value(7).toDouble();
    m.asOf = sql::dateFrom(q.value(8));
    m.scheduleJson = q.value(9).toString();
    return m;
}

constexpr char kMeasurementColumns[] =
    "v.id, v.date, v.host_name, i.name, i.unit, i.period, i.target, i.actual, "
    "coalesce(i.as_of, v.date)";

} // namespace

ProgressQueries::ProgressQueries(Database &database) : m_database(database) {}

QStringList ProgressQueries::hostNames(QString *error) const
{
    QSqlQuery query(m_database.connection());
    QStringList names;
    // A visit's host_name is the name of its host_id's organisation. Each of
    // the few hundred organisations is looked up in the index on (host_id,
    // date): 2 ms at 100,000 visits, where listing the hosts of every visit
    // (IN) read the whole index, 27 ms.
    if (!run(query,
             QStringLiteral("SELECT name FROM organisations o WHERE EXISTS"
                            " (SELECT 1 FROM visits v WHERE v.host_id = o.id)"
                            " ORDER BY name_fold, id"),
             {}, what(), error))
        return names;
    while (query.next())
        names.append(query.value(0).toString());
    return names;
}

QStringList ProgressQueries::delegationNames(QString *error) const
{
    QSqlQuery query(m_database.connection());
    QStringList names;
    // As hostNames, through the index on (delegation_id, date).
    if (!run(query,
             QStringLiteral("SELECT name FROM organisations o WHERE EXISTS"
                            " (SELECT 1 FROM visits v WHERE v.delegation_id = o.id)"
                            " ORDER BY name_fold, id"),
             {}, what(), error))
        return names;
    while (query.next())
        names.append(query.value(0).toString());
    return names;
}

QStringList ProgressQueries::periods(const ProgressScope &scope, const QDate &asOf,
                                     QString *error) const
{
    const ScopeCondition condition(scope);
    QSqlQuery query(m_database.connection());
    QStringList result;
    // Every host: the few distinct periods, each found by one seek of the
    // index on (period, …), then one measurement of each at a held visit (the
    // visit from visits_progress, not its row). A host or delegation: its
    // visits' measurements, which are few.
    const QString statement =
        condition.values.isEmpty()
            ? QString(
                  QLatin1StringView(
                      "WITH RECURSIVE p (period) AS (SELECT min(period) FROM indicators"
                      " WHERE period IS NOT NULL UNION ALL SELECT (SELECT min(i.period)"
                      " FROM indicators i WHERE i.period > p.period) FROM p"
                      " WHERE p.period IS NOT NULL)"
                      " SELECT p.period FROM p WHERE p.period IS NOT NULL AND EXISTS (SELECT 1"
                      " FROM indicators i INDEXED BY indicators_period CROSS JOIN visits v"
                      " INDEXED BY visits_progress ON v.id = i.visit_id WHERE i.period = p.period"
                      " AND v.date <= ? AND") +
                  QLatin1StringView(kHeldVisit) + QLatin1StringView(") ORDER BY p.period DESC"))
            : QString(QLatin1StringView("SELECT DISTINCT i.period FROM visits v JOIN indicators i"
                                        " ON i.visit_id = v.id WHERE i.period IS NOT NULL"
                                        " AND v.date <= ? AND") +
                      QLatin1StringView(kHeldVisit) + condition.sql +
                      QLatin1StringView(" ORDER BY i.period DESC"));
    if (!run(query, statement, QVariantList{sql::dateValue(asOf)} + condition.values, what(),
             error))
        return result;
    while (query.next())
        result.append(query.value(0).toString());
    return result;
}

QList<NameCount> ProgressQueries::indicatorNames(const ProgressScope &scope, const QString &period,
                                                 const QDate &asOf, QString *error) const
{
    const ScopeCondition condition(scope);
    QSqlQuery query(m_database.connection());
    QList<NameCount> result;
    const QString statement =
        QLatin1StringView("SELECT i.name, count(DISTINCT v.host_name) FROM indicators i"
                          " JOIN visits v ON v.id = "
                          "i.visit_id WHERE i.period IS ? AND +v.date <= ? AND") +
        QLatin1StringView(kHeldVisit) + condition.sql +
        QLatin1StringView(" GROUP BY i.name ORDER BY 2 DESC, i.name");
    if (!run(query, statement,
             QVariantList{sql::optionalText(period), sql::dateValue(asOf)} + condition.values,
             what(), error))
        return result;
    while (query.next())
        result.append({query.value(0).toString(), query.value(1).toInt()});
    return result;
}

QList<IndicatorMeasurement>
ProgressQueries::latestMeasurements(const ProgressScope &scope, const QString &period,
                                    const QString &name, const QDate &asOf, QString *error) const
{
    // One pass groups the measurements of the period, read from the index on
    // (period, visit_id, name, seq, as_of) with their visit from the index
    // visits_progress (schema 10) rather than the rows; the latest is found by
    // a key that sorts by measurement date, visit date, visit id and position
    // (fixed widths: 10 + 10 + 12 + 6 characters), and is then joined back.
    // The schedule (the latest measurement that carries one) comes from the
    // few measurements with extensions, through their partial index. A visit's
    // host_id stands for its host_name: both name the same organisation.
    const ScopeCondition condition(scope);
    QVariantList values{sql::optionalText(period), sql::dateValue(asOf)};
    QString where = QLatin1StringView(" WHERE i.period IS ? AND v.date <= ? AND") +
                    QLatin1StringView(kHeldVisit) + condition.sql;
    values += condition.values;
    if (!name.isEmpty()) {
        where += QLatin1StringView(" AND i.name = ?");
        values.append(name);
    }
    // Built by concatenation: the printf pattern must not meet QString::arg.
    const QString measured = QLatin1StringView(kMeasured);
    const QString statement =
        QLatin1StringView("WITH latest AS (SELECT max(") + measured +
        QLatin1StringView(" || v.date || printf('%012d%06d', v.id, i.seq)) AS k"
                          " FROM indicators i INDEXED BY indicators_period"
                          " CROSS JOIN visits v INDEXED BY visits_progress ON v.id = i.visit_id") +
        where +
        QLatin1StringView(" GROUP BY v.host_id, i.name),"
                          " scheduled AS (SELECT v.host_id, i.name, max(CASE WHEN i.extensions"
                          " LIKE '%x-schedule%' THEN ") +
        measured +
        QLatin1StringView(" || v.date || json_extract(i.extensions, '$.\"x-schedule\"') END) AS s"
                          " FROM indicators i INDEXED BY indicators_scheduled"
                          " CROSS JOIN visits v INDEXED BY visits_progress ON v.id = i.visit_id") +
        where +
        QLatin1StringView(" AND i.extensions IS NOT NULL GROUP BY v.host_id, i.name) SELECT ") +
        QLatin1StringView(kMeasurementColumns) +
        QLatin1StringView(
            ", substr(scheduled.s, 21) FROM latest"
            " JOIN indicators i ON i.visit_id = CAST(substr(latest.k, 21, 12) AS INTEGER)"
            " AND i.seq = CAST(substr(latest.k, 33, 6) AS INTEGER)"
            " JOIN visits v ON v.id = i.visit_id"
            " LEFT JOIN scheduled ON scheduled.host_id IS v.host_id AND scheduled.name = i.name"
            " ORDER BY v.host_fold, i.name");
    QSqlQuery query(m_database.connection());
    QList<IndicatorMeasurement> result;
    if (!run(query, statement, values + values, what(), error))
        return result;
    while (query.next())
        result.append(measurementFrom(query));
    return result;
}

QList<IndicatorMeasurement> ProgressQueries::history(const QString &host, const QString &name,
                                                     const QString &period, const QDate &asOf,
                                                     QString *error) const
{
    const QString statement =
        QLatin1StringView("SELECT ") + QLatin1StringView(kMeasurementColumns) +
        QLatin1StringView(", json_extract(i.extensions, '$.\"x-schedule\"')"
                          " FROM indicators i JOIN visits v ON v.id = i.visit_id"
                          " WHERE i.name = ? AND i.period IS ? AND v.host_fold = ?"
                          " AND v.date <= ? AND") +
        QLatin1StringView(kHeldVisit) + QLatin1StringView(" ORDER BY ") +
        QLatin1StringView(kMeasured) + QLatin1StringView(", v.date, v.id, i.seq");
    QSqlQuery query(m_database.connection());
    QList<IndicatorMeasurement> result;
    if (!run(query, statement,
             {name, sql::optionalText(period), foldForSearch(host).simplified(),
              sql::dateValue(asOf)},
             what(), error))
        return result;
    while (query.next())
        result.append(measurementFrom(query));
    return result;
}

QList<MonthStatusCount> ProgressQueries::visitsByMonth(const ProgressScope &scope,
                                                       const QDate &from, const QDate &to,
                                                       QString *error) const
{
    const ScopeCondition condition(scope);
    const QString statement =
        // Status by status over the index on (status, date): no visit row is read.
        QLatin1StringView("SELECT substr(v.date, 1, 7), v.status, count(*) FROM visits v"
                          " WHERE v.status IN ('planned', 'held', 'concluded', 'closed',"
                          " 'cancelled') AND v.date BETWEEN ? AND ?") +
        condition.sql + QLatin1StringView(" GROUP BY 1, 2 ORDER BY 1, 2");
    QSqlQuery query(m_database.connection());
    QList<MonthStatusCount> result;
    if (!run(query, statement,
             QVariantList{sql::dateValue(from), sql::dateValue(to)} + condition.values, what(),
             error))
        return result;
    while (query.next())
        result.append(
            {query.value(0).toString(), query.value(1).toString(), query.value(2).toInt()});
    return result;
}

QList<RecommendationEventGroup> ProgressQueries::recommendationEvents(const ProgressScope &scope,
                                                                      const QDate &first,
                                                                      int months,
                                                                      QString *error) const
{
    const QDate start(first.year(), first.month(), 1);
    const QDate end = start.addMonths(months).addDays(-1);
    const ScopeCondition condition(scope);
    // The recommendations made in the window: older ones would need every
    // recommendation and every update read (docs/charts.md). Their dates are
    // read once per recommendation from indexes (the window's visits from
    // visits_date_text, the recommendations from (visit_id, status, due,
    // completed), the first and last update from (recommendation_id, date)),
    // then turned into months.
    // Done: the completion date, else the last update, else the visit date.
    // Cancelled: the last update (the log records the decision), else the visit.
    const QString lastUpdate = QStringLiteral(
        "(SELECT max(u.date) FROM follow_up_updates u WHERE u.recommendation_id = r.id)");
    const QString statement =
        QStringLiteral(
            "WITH made AS MATERIALIZED (SELECT v.date AS created, r.due,"
            " r.status = 'cancelled' AS cancelled,"
            " (SELECT min(u.date) FROM follow_up_updates u WHERE u.recommendation_id = r.id)"
            " AS first_update,"
            " CASE r.status WHEN 'done' THEN coalesce(r.completed, %1, v.date)"
            " WHEN 'cancelled' THEN coalesce(%1, v.date) END AS ended"
            " FROM visits v CROSS JOIN recommendations r INDEXED BY recommendations_visit_status"
            " ON r.visit_id = v.id"
            " WHERE v.date BETWEEN ? AND ?%2)"
            " SELECT %3, %4, %5, %6, cancelled, count(*) FROM made GROUP BY 1, 2, 3, 4, 5")
            .arg(lastUpdate, condition.sql, monthIndex(QStringLiteral("created"), start, months),
                 monthIndex(QStringLiteral("first_update"), start, months),
                 monthIndex(QStringLiteral("ended"), start, months),
                 // The first month whose last day is after the due date: the
                 // month of the day after it.
                 monthIndex(QStringLiteral("due"), start, months, 1));
    QSqlQuery query(m_database.connection());
    QList<RecommendationEventGroup> result;
    if (!run(query, statement,
             QVariantList{sql::dateValue(start), sql::dateValue(end)} + condition.values, what(),
             error))
        return result;
    while (query.next()) {
        RecommendationEventGroup group;
        group.created = query.value(0).toInt();
        group.firstUpdate = query.value(1).toInt();
        group.ended = query.value(2).toInt();
        group.overdueFrom = query.value(3).toInt();
        group.cancelled = query.value(4).toBool();
        group.count = query.value(5).toInt();
        result.append(group);
    }
    return result;
}

QList<OverdueAgeCounts> ProgressQueries::overdueByHost(const ProgressScope &scope,
                                                       const QDate &asOf, QString *error) const
{
    // The buckets of FollowUpRules (days = due.daysTo(asOf)): 1–30, 31–60,
    // 61–90, over 90 days, as comparisons of the due date with the days 30,
    // 60 and 90 before asOf. The stored status decides, as in the follow-up
    // list. The visits are read host by host (the index on (host_id, date)),
    // each with its recommendations still to be done from their partial index
    // (schema 10): all four buckets in one pass, grouped in index order. A
    // visit's host_id names the organisation of its host_name.
    const ScopeCondition condition(scope);
    const QString statement =
        QLatin1StringView(
            "SELECT o.name, t.b0, t.b1, t.b2, t.b3 FROM (SELECT v.host_id,"
            " sum(r.due >= ?) AS b0, sum(r.due < ? AND r.due >= ?) AS b1,"
            " sum(r.due < ? AND r.due >= ?) AS b2, sum(r.due < ?) AS b3"
            " FROM visits v CROSS JOIN recommendations r INDEXED BY recommendations_pending"
            " ON r.visit_id = v.id"
            " WHERE r.status IN ('open', 'in-progress') AND r.due < ? AND v.date <= ?") +
        condition.sql +
        QLatin1StringView(" GROUP BY v.host_id) t JOIN organisations o ON o.id = t.host_id"
                          " ORDER BY o.name_fold, o.id");
    QSqlQuery query(m_database.connection());
    QList<OverdueAgeCounts> result;
    const QVariant days30 = sql::dateValue(asOf.addDays(-30));
    const QVariant days60 = sql::dateValue(asOf.addDays(-60));
    const QVariant days90 = sql::dateValue(asOf.addDays(-90));
    const QVariant date = sql::dateValue(asOf);
    const QVariantList values{days30, days30, days60, days60, days90, days90, date, date};
    if (!run(query, statement, values + condition.values, what(), error))
        return result;
    while (query.next()) {
        OverdueAgeCounts counts{query.value(0).toString(), {}};
        for (std::size_t bucket = 0; bucket < counts.buckets.size(); ++bucket)
            counts.buckets[bucket] = query.value(int(bucket) + 1).toInt();
        result.append(counts);
    }
    return result;
}

} // namespace vt
