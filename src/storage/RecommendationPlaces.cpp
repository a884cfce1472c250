#include "storage/RecommendationPlaces.h"

#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QSqlQuery>

namespace vt {

RecommendationPlaces::RecommendationPlaces(Database &database) : m_database(database) {}

std::optional<RecommendationPlace> RecommendationPlaces::placeOf(qint64 recommendationId,
                                                                 QString *error) const
{
    QSqlQuery query(m_database.connection());
    const QString what = sql::Text::tr("Could not read recommendation %1").arg(recommendationId);
    if (!sql::prepare(
            query, QStringLiteral("SELECT visit_id, seq, text FROM recommendations WHERE id = ?"),
            what, error))
        return std::nullopt;
    query.bindValue(0, recommendationId);
    if (!sql::exec(query, what, error) || !query.next())
        return std::nullopt;
    return RecommendationPlace{query.value(0).toLongLong(), query.value(1).toLongLong(),
                               query.value(2).toString()};
}

qint64 RecommendationPlaces::find(const RecommendationPlace &place, QString *error) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    const QString what =
        sql::Text::tr("Could not read the recommendations of visit %1").arg(place.visitId);
    if (!sql::prepare(
            query, QStringLiteral("SELECT id, seq, text FROM recommendations WHERE visit_id = ?"),
            what, error))
        return 0;
    query.bindValue(0, place.visitId);
    if (!sql::exec(query, what, error))
        return 0;
    qint64 sameText = 0;
    qint64 samePosition = 0;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        const bool atPosition = query.value(1).toLongLong() == place.position;
        if (query.value(2).toString() == place.text && (sameText == 0 || atPosition))
            sameText = id;
        if (atPosition)
            samePosition = id;
    }
    return sameText != 0 ? sameText : samePosition;
}

QList<qint64> RecommendationPlaces::visitsJudging(qint64 visitId, QString *error) const
{
    QList<qint64> ids;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    const QString what =
        sql::Text::tr("Could not read the carry-over verdicts on visit %1").arg(visitId);
    if (!sql::prepare(query,
                      QStringLiteral("SELECT DISTINCT c.visit_id FROM carry_over_verdicts c"
                                     " JOIN recommendations r ON r.id = c.recommendation_id"
                                     " WHERE r.visit_id = ? AND c.visit_id <> r.visit_id"
                                     " ORDER BY c.visit_id"),
                      what, error))
        return ids;
    query.bindValue(0, visitId);
    if (!sql::exec(query, what, error))
        return ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

} // namespace vt
