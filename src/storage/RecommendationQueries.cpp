#include "storage/RecommendationQueries.h"

#include "storage/CarryOverRecords.h"
#include "storage/Database.h"
#include "storage/SqlCondition.h"
#include "storage/SqlValues.h"

#include "domain/FollowUpRules.h"
#include "domain/TextFolding.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

namespace vt {
namespace {

// Statuses that can be overdue; the complement of done and cancelled.
constexpr char kOpenStatuses[] = "r.status IN ('open', 'in-progress')";

// The latest update is the one with the highest seq (the log is append-only);
// the latest progress may come from an earlier update.
constexpr char kSelect[] =
    "SELECT r.id, r.visit_id, v.date, v.title, v.host_name, r.text, r.responsible, r.due,"
    " r.status, r.completed, u.date, u.note,"
    " (SELECT count(*) FROM follow_up_updates c WHERE c.recommendation_id = r.id),"
    " (SELECT p.progress FROM follow_up_updates p WHERE p.recommendation_id = r.id"
    "  AND p.progress IS NOT NULL ORDER BY p.seq DESC LIMIT 1)"
    " FROM recommendations r JOIN visits v ON v.id = r.visit_id"
    " LEFT JOIN follow_up_updates u ON u.recommendation_id = r.id"
    "  AND u.seq = (SELECT max(m.seq) FROM follow_up_updates m WHERE m.recommendation_id = r.id)";

using sql::Condition;

QString overdueClause()
{
    return QLatin1StringView(kOpenStatuses) +
           QLatin1StringView(" AND r.due IS NOT NULL AND r.due < ?");
}

// Overdue first, the longest overdue first; then by due date, undated last.
QString orderBy()
{
    return QLatin1StringView(" ORDER BY (CASE WHEN ") + overdueClause() +
           QLatin1StringView(
               " THEN 0 ELSE 1 END), (r.due IS NULL), r.due, v.date, r.visit_id, r.seq");
}

class RowReader
{
public:
    RowReader(Database &database, QDate asOf) : m_database(database), m_asOf(asOf) {}

    bool run(const Condition &condition, const QString &order, QList<FollowUpRow> *rows,
             QString *error, const QString &responsibleFold = {})
    {
        QSqlQuery query(m_database.connection());
        query.setForwardOnly(true);
        const QString what = sql::Text::tr("Could not read the follow-up list");
        if (!sql::prepare(query, QLatin1StringView(kSelect) + condition.sql() + order, what, error))
            return false;
        QVariantList values = condition.values;
        if (order.contains(QLatin1Char('?'))) // the overdue rank of orderBy()
            values.append(sql::dateValue(m_asOf));
        for (int i = 0; i < values.size(); ++i)
            query.bindValue(i, values.at(i));
        if (!sql::exec(query, what, error))
            return false;
        while (query.next()) {
            FollowUpRow row = rowFrom(query);
            // Responsible units have no folded column: filtered here.
            if (!responsibleFold.isEmpty() &&
                !foldForSearch(row.responsible).contains(responsibleFold))
                continue;
            rows->append(std::move(row));
        }
        return true;
    }

private:
    FollowUpRow rowFrom(const QSqlQuery &q) const
    {
        FollowUpRow row;
        row.id = q.value(0).toLongLong();
        row.visitId = q.value(1).toLongLong();
        row.visitDate = sql::dateFrom(q.value(2));
        row.visitTitle = q.value(3).toString();
        row.host = q.value(4).toString();
        row.text = q.value(5).toString();
        row.responsible = q.value(6).toString();
        row.due = sql::dateFrom(q.value(7));
        row.status = fromKey<RecommendationStatus>(q.value(8).toString())
                         .value_or(RecommendationStatus::Open);
        row.completed = sql::dateFrom(q.value(9));
        row.lastUpdateDate = sql::dateFrom(q.value(10));
        row.lastUpdateNote = q.value(11).toString();
        row.updateCount = q.value(12).toInt();
        if (!q.isNull(13))
            row.lastProgress = q.value(13).toInt();
        // The domain rule decides, so the list, the CLI and reports agree.
        Recommendation rec;
        rec.status = row.status;
        rec.due = row.due;
        row.daysOverdue = vt::daysOverdue(rec, m_asOf);
        return row;
    }

    Database &m_database;
    QDate m_asOf;
};

Condition conditionOf(const FollowUpFilter &filter, const QDate &asOf)
{
    Condition condition;
    condition.addHost("v", filter.host, filter.includeSubordinates);
    const QStringList words =
        foldForSearch(filter.text).simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words)
        condition.addContains("r.text_fold", word);
    if (filter.status)
        condition.add(QStringLiteral("r.status = ?"), {toKey(*filter.status)});
    if (filter.overdueOnly || filter.overdueAge)
        condition.add(overdueClause(), {sql::dateValue(asOf)});
    if (filter.overdueAge) {
        // Days overdue = due.daysTo(asOf): a bucket is a range of due dates.
        const OverdueDays days = overdueDays(*filter.overdueAge);
        condition.add(QStringLiteral("r.due <= ?"), {sql::dateValue(asOf.addDays(-days.first))});
        if (days.last > 0)
            condition.add(QStringLiteral("r.due >= ?"), {sql::dateValue(asOf.addDays(-days.last))});
    }
    return condition;
}

} // namespace

RecommendationQueries::RecommendationQueries(Database &database) : m_database(database) {}

QList<FollowUpRow> RecommendationQueries::list(const FollowUpFilter &filter, const QDate &asOf,
                                               QString *error) const
{
    QList<FollowUpRow> rows;
    RowReader reader(m_database, asOf);
    if (!reader.run(conditionOf(filter, asOf), orderBy(), &rows, error,
                    foldForSearch(filter.responsible).simplified()))
        rows.clear();
    return rows;
}

QList<FollowUpRow> RecommendationQueries::rows(const QList<qint64> &ids, const QDate &asOf,
                                               QString *error) const
{
    QList<FollowUpRow> rows;
    if (ids.isEmpty())
        return rows;
    Condition condition;
    QStringList marks;
    QVariantList values;
    for (const qint64 id : ids) {
        marks << QStringLiteral("?");
        values << id;
    }
    condition.add(QLatin1StringView("r.id IN (") + marks.join(QLatin1Char(',')) + QLatin1Char(')'),
                  values);
    RowReader reader(m_database, asOf);
    if (!reader.run(condition, orderBy(), &rows, error))
        rows.clear();
    return rows;
}

std::optional<FollowUpRow> RecommendationQueries::row(qint64 id, const QDate &asOf,
                                                      QString *error) const
{
    const QList<FollowUpRow> found = rows({id}, asOf, error);
    if (found.isEmpty()) {
        if (error && error->isEmpty())
            *error = sql::Text::tr("There is no recommendation %1.").arg(id);
        return std::nullopt;
    }
    return found.first();
}

int RecommendationQueries::overdueCount(const QDate &asOf) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    // Served by the index recommendations (status, due).
    if (!query.prepare(QLatin1StringView("SELECT count(*) FROM recommendations r WHERE ") +
                       overdueClause()))
        return 0;
    query.bindValue(0, sql::dateValue(asOf));
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

QList<FollowUpRow> RecommendationQueries::openFromEarlierVisits(const QString &host,
                                                                const QDate &before,
                                                                QString *error) const
{
    QList<FollowUpRow> rows;
    if (host.trimmed().isEmpty() || !before.isValid())
        return rows;
    // Served by visits (host_id, date): one host's visits, by date.
    Condition condition;
    condition.add(QStringLiteral("v.host_id = (SELECT o.id FROM organisations o WHERE o.name = ?)"),
                  {host.trimmed()});
    condition.add(QStringLiteral("v.date < ?"), {sql::dateValue(before)});
    condition.add(QLatin1StringView(kOpenStatuses));
    RowReader reader(m_database, before);
    if (!reader.run(condition, QStringLiteral(" ORDER BY v.date, r.visit_id, r.seq"), &rows, error))
        rows.clear();
    return rows;
}

QList<CarryOverVerdict> RecommendationQueries::verdictsOf(qint64 visitId, QString *error) const
{
    QList<CarryOverVerdict> verdicts;
    if (visitId != 0 && !records::readVerdicts(m_database.connection(), visitId, &verdicts, error))
        verdicts.clear();
    return verdicts;
}

bool RecommendationQueries::appendUpdate(qint64 recommendationId, const FollowUpUpdate &update,
                                         QString *error)
{
    QSqlQuery query(m_database.connection());
    const QString what = sql::Text::tr("Could not add the follow-up update");
    if (!sql::prepare(
            query,
            QStringLiteral("INSERT INTO follow_up_updates (recommendation_id, seq, date, note,"
                           " progress, evidence, extensions) VALUES (?,"
                           " (SELECT coalesce(max(seq), -1) + 1 FROM follow_up_updates"
                           "  WHERE recommendation_id = ?), ?, ?, ?, ?, ?)"),
            what, error))
        return false;
    const QVariantList values{recommendationId,
                              recommendationId,
                              sql::dateValue(update.date),
                              sql::optionalText(update.note),
                              sql::optionalNumber(update.progress),
                              sql::optionalText(update.evidence),
                              sql::extensionsValue(update.extensions)};
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    return sql::exec(query, what, error);
}

bool RecommendationQueries::setStatus(qint64 recommendationId, RecommendationStatus status,
                                      const QDate &completed, QString *error)
{
    QSqlQuery query(m_database.connection());
    const QString what =
        sql::Text::tr("Could not change the status of recommendation %1").arg(recommendationId);
    if (!sql::prepare(query,
                      QStringLiteral("UPDATE recommendations SET status = ?, completed = ?"
                                     " WHERE id = ?"),
                      what, error))
        return false;
    query.bindValue(0, toKey(status));
    query.bindValue(1,
                    status == RecommendationStatus::Done ? sql::dateValue(completed) : QVariant());
    query.bindValue(2, recommendationId);
    if (!sql::exec(query, what, error))
        return false;
    if (query.numRowsAffected() < 1) {
        if (error)
            *error = sql::Text::tr("%1: there is no such recommendation.").arg(what);
        return false;
    }
    return true;
}

} // namespace vt
