#include "storage/RecommendationQueries.h"

#include "storage/CarryOverRecords.h"
#include "storage/Database.h"
#include "storage/FollowUpRows.h"
#include "storage/SqlCondition.h"
#include "storage/SqlValues.h"

#include "domain/FollowUpRules.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

namespace vt {
namespace {

using follow_up_rows::kOpenStatuses;
using follow_up_rows::overdueClause;
using follow_up_rows::readRows;
using sql::Condition;

// The urgency order, ties by visit date and position in the visit.
QString orderBy()
{
    return QLatin1StringView(" ORDER BY ") + follow_up_rows::urgencyOrder() +
           QLatin1StringView(", v.date, r.visit_id, r.seq");
}

} // namespace

RecommendationQueries::RecommendationQueries(Database &database) : m_database(database) {}

QList<FollowUpRow> RecommendationQueries::list(const FollowUpFilter &filter, const QDate &asOf,
                                               QString *error) const
{
    QList<FollowUpRow> rows;
    if (!readRows(m_database, asOf, follow_up_rows::conditionOf(filter, asOf), orderBy(), &rows,
                  error))
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
    if (!readRows(m_database, asOf, condition, orderBy(), &rows, error))
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
    if (!readRows(m_database, before, condition,
                  QStringLiteral(" ORDER BY v.date, r.visit_id, r.seq"), &rows, error))
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
    if (!sql::exec(query, what, error))
        return false;
    // The appended update is the latest (MigrationV14.cpp).
    QSqlQuery latest(m_database.connection());
    if (!sql::prepare(
            latest, QStringLiteral("UPDATE recommendations SET last_update_date = ? WHERE id = ?"),
            what, error))
        return false;
    latest.bindValue(0, sql::dateValue(update.date));
    latest.bindValue(1, recommendationId);
    return sql::exec(latest, what, error);
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
