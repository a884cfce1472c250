#pragma once

// Visits for the search tests: small, with the Vietnamese words the tests
// search for, saved through the real service.

#include "domain/Visit.h"

namespace vt {
class Database;
}

namespace vt::test {

// A held visit to `host` on `date` with one limitation (key "l1", text
// `limitation`), one good model and one recommendation addressing the
// limitation, due `due` with `status`.
Visit visitWith(const QString &host, const QDate &date, const QString &limitation,
                const QDate &due = {}, RecommendationStatus status = RecommendationStatus::Open);

// Saves the visit; returns its id (0 on failure, reported by QVERIFY in the caller).
qint64 save(Database &database, Visit &visit);

} // namespace vt::test
