#include "FollowUpFixtures.h"

#include "services/VisitService.h"
#include "storage/Database.h"

#include <QTest>

namespace vt::test {

Recommendation recommendation(const QString &text, const QDate &due, RecommendationStatus status,
                              const QDate &completed)
{
    Recommendation rec;
    rec.text = text;
    rec.responsible = QStringLiteral("Ban Tuyên giáo Tỉnh ủy");
    rec.due = due;
    rec.status = status;
    rec.completed = completed;
    return rec;
}

Visit visitTo(const QString &host, const QDate &date, const QString &title,
              const QList<Recommendation> &recommendations)
{
    Visit visit;
    visit.title = title;
    visit.date = date;
    visit.host = host;
    visit.delegation = QStringLiteral("Ban Tuyên giáo Trung ương");
    visit.recommendations = recommendations;
    return visit;
}

qint64 save(Database &database, Visit &visit)
{
    const SaveResult result = VisitService(database).save(visit);
    if (!result.ok) {
        qWarning("save failed: %s", qPrintable(result.error));
        for (const ValidationIssue &issue : result.issues)
            qWarning("  %s: %s", qPrintable(issue.path), qPrintable(issue.message));
        return 0;
    }
    return visit.id;
}

std::unique_ptr<Database> DatabaseFiles::fresh()
{
    auto database = std::make_unique<Database>();
    QString error;
    if (!database->open(path(QStringLiteral("db-%1.sqlite").arg(++m_count)), &error))
        qFatal("%s", qPrintable(error));
    return database;
}

} // namespace vt::test
