#pragma once

// Recommendations named by place rather than by id, for undo and redo:
// saving a visit rewrites its recommendations with new ids, so a verdict kept
// aside (services/EditHistory) names the recommendation it judges by its
// visit, position and text, and finds it again the way a save re-attaches
// held verdicts (CarryOverRecords.h).

#include <QList>
#include <QSqlQuery>
#include <QString>
#include <optional>

namespace vt {

class Database;

struct RecommendationPlace
{
    qint64 visitId = 0;
    qint64 position = -1; // seq within the visit
    QString text;

    bool operator==(const RecommendationPlace &) const = default;
};

class RecommendationPlaces final
{
public:
    explicit RecommendationPlaces(Database &database);

    // nullopt: no such recommendation.
    std::optional<RecommendationPlace> placeOf(qint64 recommendationId, QString *error) const;
    // The recommendation of place.visitId with the same text (preferring the
    // same position), else the one at the same position; 0 when none.
    qint64 find(const RecommendationPlace &place, QString *error) const;

private:
    Database &m_database;
};

// The visits tied to a visit by carry-over verdicts, asked of many visits in
// a row (the visits an import names, for its undo step): each of its two
// statements is prepared once.
class CarryOverLinks final
{
public:
    explicit CarryOverLinks(Database &database);

    // The earlier visits whose recommendations the verdicts of `visitId`
    // judge, in the verdicts' order (a visit as often as it is judged).
    QList<qint64> visitsJudgedBy(qint64 visitId, QString *error);
    // The later visits whose verdicts judge recommendations of `visitId`,
    // each once, ascending.
    QList<qint64> visitsJudging(qint64 visitId, QString *error);

private:
    // `what` is the message's source text, translated only on a failure.
    QList<qint64> idsOf(QSqlQuery &query, const char *statement, qint64 visitId, const char *what,
                        QString *error);

    Database &m_database;
    QSqlQuery m_judgedBy;
    QSqlQuery m_judging;
};

} // namespace vt
