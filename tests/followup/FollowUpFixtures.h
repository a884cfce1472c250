#pragma once

// Shared by the follow-up tests: small visits with recommendations, saved
// through the service as the program saves them.

#include "domain/Visit.h"

#include <QDate>
#include <QString>

namespace vt {
class Database;
}

namespace vt::test {

Recommendation recommendation(const QString &text, const QDate &due,
                              RecommendationStatus status = RecommendationStatus::Open,
                              const QDate &completed = {});
Visit visitTo(const QString &host, const QDate &date, const QString &title,
              const QList<Recommendation> &recommendations = {});
// Saves through VisitService (validation, verdicts applied); the id on success, else 0.
qint64 save(Database &database, Visit &visit);

} // namespace vt::test
