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

// Months are numbered year * 12 + month - 1; a date's month relative to the
// window's first month, clamped to -1 (before) and kNever (after, or NULL).
QString monthIndex(const QString &dateExpression, int firstMonth, int months)
{
    const QString index =
        QStringLiteral("(CAST(substr(%1, 1, 4) AS INTEGER) * 12 + CAST(substr(%1, 6, 2) AS "
                       "INTEGER) - 1 - %2)")
            .arg(dateExpression)
            .arg(firstMonth);
    return QStringLiteral("(CASE WHEN %1 IS NULL THEN %4 WHEN %2 < 0 THEN -1 WHEN %2 >= %3 "
                          "THEN %4 ELSE %2 END)")
        .arg(dateExpression, index)
        .arg(months)
        .arg(RecommendationEventGroup::kNever);
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
    // A visit's host_name is the name of its host_id's organisation; the
    // index on (host_id, date) answers without reading any visit.
    if (!run(query,
             QStringLiteral("SELECT name FROM organisations WHERE id IN"
                            " (SELECT host_id FROM visits) ORDER BY name_fold, id"),
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
    if (!run(query,
             QStringLiteral("SELECT name FROM organisations WHERE id IN"
                            " (SELECT delegation_id FROM visits) ORDER BY name_fold, id"),
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
    // The few distinct periods first, then one measurement of each in scope:
    // a join over every measurement would read every visit.
    const QString statement =
        QLatin1StringView("SELECT p.period FROM (SELECT DISTINCT period FROM indicators"
                          " WHERE period IS NOT NULL) p WHERE EXISTS (SELECT 1 FROM indicators i"
                          " JOIN visits v ON v.id = i.visit_id WHERE i.period = p.period"
                          " AND +v.date <= ? AND") +
        QLatin1StringView(kHeldVisit) + condition.sql +
        QLatin1StringView(") ORDER BY p.period DESC");
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
    // One pass groups the measurements; the latest is found by a key that
    // sorts by measurement date, visit date, visit id and position (fixed
    // widths: 10 + 10 + 12 + 6 characters), and is then joined back.
    const ScopeCondition condition(scope);
    QVariantList values{sql::optionalText(period), sql::dateValue(asOf)};
    // "+v.date": the date index would read every visit up to the date; the
    // measurements of one period are far fewer (index on name, period).
    QString where = QLatin1StringView(" WHERE i.period IS ? AND +v.date <= ? AND") +
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
        QLatin1StringView(" || v.date || printf('%012d%06d', v.id, i.seq)) AS k,"
                          " max(CASE WHEN i.extensions LIKE '%x-schedule%' THEN ") +
        measured +
        QLatin1StringView(" || v.date || json_extract(i.extensions, '$.\"x-schedule\"') END) AS s"
                          " FROM indicators i JOIN visits v ON v.id = i.visit_id") +
        where + QLatin1StringView(" GROUP BY v.host_name, i.name) SELECT ") +
        QLatin1StringView(kMeasurementColumns) +
        QLatin1StringView(
            ", substr(latest.s, 21) FROM latest"
            " JOIN indicators i ON i.visit_id = CAST(substr(latest.k, 21, 12) AS INTEGER)"
            " AND i.seq = CAST(substr(latest.k, 33, 6) AS INTEGER)"
            " JOIN visits v ON v.id = i.visit_id ORDER BY v.host_fold, i.name");
    QSqlQuery query(m_database.connection());
    QList<IndicatorMeasurement> result;
    if (!run(query, statement, values, what(), error))
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
    const int firstMonth = first.year() * 12 + first.month() - 1;
    const QDate start(first.year(), first.month(), 1);
    const QDate end = start.addMonths(months).addDays(-1);
    const ScopeCondition condition(scope);
    // The recommendations made in the window: older ones would need every
    // recommendation and every update read (docs/charts.md).
    // Done: the completion date, else the last update, else the visit date.
    // Cancelled: the last update (the log records the decision), else the visit.
    const QString lastUpdate = QStringLiteral(
        "(SELECT max(u.date) FROM follow_up_updates u WHERE u.recommendation_id = r.id)");
    const QString ended =
        QStringLiteral("(CASE r.status WHEN 'done' THEN coalesce(r.completed, %1, v.date)"
                       " WHEN 'cancelled' THEN coalesce(%1, v.date) END)")
            .arg(lastUpdate);
    const QString firstUpdate = QStringLiteral(
        "(SELECT min(u.date) FROM follow_up_updates u WHERE u.recommendation_id = r.id)");
    const QString statement =
        QStringLiteral(
            "SELECT created, first_update, ended, overdue_from, cancelled, count(*) FROM ("
            " SELECT %1 AS created, %2 AS first_update, %3 AS ended, %4 AS overdue_from,"
            " r.status = 'cancelled' AS cancelled"
            " FROM recommendations r JOIN visits v ON v.id = r.visit_id"
            " WHERE v.date BETWEEN ? AND ?%5)"
            " GROUP BY 1, 2, 3, 4, 5")
            .arg(monthIndex(QStringLiteral("v.date"), firstMonth, months),
                 monthIndex(firstUpdate, firstMonth, months), monthIndex(ended, firstMonth, months),
                 monthIndex(QStringLiteral("date(r.due, '+1 day')"), firstMonth, months),
                 condition.sql);
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
    // The buckets of FollowUpRules (days = due.daysTo(asOf)); the stored
    // status decides, as in the follow-up list.
    const ScopeCondition condition(scope);
    // Every host: the overdue recommendations are counted per visit and age
    // from the index on (status, due, visit_id) without reading a
    // recommendation, then each visit with overdue items is read once for its
    // host (a visit's host_name is the name of its host_id's organisation).
    const QString everyHost = QStringLiteral(
        "WITH od AS MATERIALIZED (SELECT visit_id, CASE WHEN days <= 30 THEN 0"
        " WHEN days <= 60 THEN 1 WHEN days <= 90 THEN 2 ELSE 3 END AS bucket, count(*) AS n"
        " FROM (SELECT visit_id, CAST(julianday(?) - julianday(due) AS INTEGER) AS days"
        " FROM recommendations WHERE status IN ('open', 'in-progress') AND due < ?)"
        " GROUP BY visit_id, bucket)"
        " SELECT o.name, od.bucket, sum(od.n) FROM od JOIN visits v ON v.id = od.visit_id"
        " JOIN organisations o ON o.id = v.host_id WHERE v.date <= ?"
        " GROUP BY o.name_fold, o.id, od.bucket ORDER BY o.name_fold, o.id");
    const QString inScope =
        QLatin1StringView(
            "SELECT host_name, CASE WHEN days <= 30 THEN 0 WHEN days <= 60 THEN 1"
            " WHEN days <= 90 THEN 2 ELSE 3 END, count(*) FROM ("
            " SELECT v.host_name, v.host_fold,"
            " CAST(julianday(?) - julianday(r.due) AS INTEGER) AS days"
            " FROM recommendations r JOIN visits v ON v.id = r.visit_id"
            " WHERE r.status IN ('open', 'in-progress') AND r.due < ? AND v.date <= ?") +
        condition.sql + QLatin1StringView(") GROUP BY host_fold, 2 ORDER BY host_fold");
    const QVariant date = sql::dateValue(asOf);
    QSqlQuery query(m_database.connection());
    QList<OverdueAgeCounts> result;
    const QString statement = condition.values.isEmpty() ? everyHost : inScope;
    if (!run(query, statement, QVariantList{date, date, date} + condition.values, what(), error))
        return result;
    while (query.next()) {
        const QString host = query.value(0).toString();
        if (result.isEmpty() || result.constLast().host != host)
            result.append({host, {}});
        const int bucket = std::clamp(query.value(1).toInt(), 0, 3);
        result.last().buckets[std::size_t(bucket)] += query.value(2).toInt();
    }
    return result;
}

} // namespace vt
