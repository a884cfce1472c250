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

CarryOverLinks::CarryOverLinks(Database &database) : m_database(database) {}

QList<qint64> CarryOverLinks::visitsJudgedBy(qint64 visitId, QString *error)
{
    return idsOf(m_judgedBy,
                 "SELECT r.visit_id FROM carry_over_verdicts c"
                 " JOIN recommendations r ON r.id = c.recommendation_id"
                 " WHERE c.visit_id = ? ORDER BY c.seq",
                 visitId,
                 QT_TRANSLATE_NOOP("vt::Database", "Could not read the verdicts of visit %1"),
                 error);
}

QList<qint64> CarryOverLinks::visitsJudging(qint64 visitId, QString *error)
{
    return idsOf(
        m_judging,
        "SELECT DISTINCT c.visit_id FROM carry_over_verdicts c"
        " JOIN recommendations r ON r.id = c.recommendation_id"
        " WHERE r.visit_id = ? AND c.visit_id <> r.visit_id ORDER BY c.visit_id",
        visitId,
        QT_TRANSLATE_NOOP("vt::Database", "Could not read the carry-over verdicts on visit %1"),
        error);
}

QList<qint64> CarryOverLinks::idsOf(QSqlQuery &query, const char *statement, qint64 visitId,
                                    const char *what, QString *error)
{
    QList<qint64> ids;
    const auto fail = [&] {
        sql::reportFailure(query, sql::Text::tr(what).arg(visitId), error);
        return QList<qint64>();
    };
    if (query.lastQuery().isEmpty()) {
        query = QSqlQuery(m_database.connection());
        query.setForwardOnly(true);
        if (!query.prepare(QString::fromLatin1(statement))) {
            fail();
            query = QSqlQuery();
            return ids;
        }
    }
    query.bindValue(0, visitId);
    if (!query.exec())
        return fail();
    while (query.next())
        ids.append(query.value(0).toLongLong());
    query.finish(); // an open read would keep the WAL from being checkpointed
    return ids;
}

} // namespace vt
