#pragma once

// Shared by the follow-up tests: small visits with recommendations, saved
// through the service as the program saves them.

#include "domain/Visit.h"

#include <QDate>
#include <QString>
#include <QTemporaryDir>

#include <memory>

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

// New database files in one temporary folder, for tests that need several.
class DatabaseFiles
{
public:
    bool isValid() const { return m_dir.isValid(); }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    // A new, empty database; stops the test program if it cannot be opened.
    std::unique_ptr<Database> fresh();

private:
    QTemporaryDir m_dir;
    int m_count = 0;
};

} // namespace vt::test
