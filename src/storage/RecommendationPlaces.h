#pragma once

// Recommendations named by place rather than by id, for undo and redo:
// saving a visit rewrites its recommendations with new ids, so a verdict kept
// aside (services/EditHistory) names the recommendation it judges by its
// visit, position and text, and finds it again the way a save re-attaches
// held verdicts (CarryOverRecords.h).

#include <QList>
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
    // The later visits whose verdicts judge recommendations of `visitId`.
    QList<qint64> visitsJudging(qint64 visitId, QString *error) const;

private:
    Database &m_database;
};

} // namespace vt
