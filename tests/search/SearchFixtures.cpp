#include "SearchFixtures.h"

#include "services/VisitService.h"
#include "storage/Database.h"

namespace vt::test {

Visit visitWith(const QString &host, const QDate &date, const QString &limitation, const QDate &due,
                RecommendationStatus status)
{
    Visit visit;
    visit.title = QStringLiteral("Làm việc với ") + host;
    visit.date = date;
    visit.host = host;
    visit.delegation = QStringLiteral("Ban Tuyên giáo Trung ương");
    visit.topic = QStringLiteral("Công tác tuyên giáo");
    Finding limit;
    limit.key = QStringLiteral("l1");
    limit.category = FindingCategory::Limitation;
    limit.area = QStringLiteral("Tuyên truyền");
    limit.organisation = QStringLiteral("Một số địa phương");
    limit.text = limitation;
    Finding model;
    model.category = FindingCategory::GoodModel;
    model.area = QStringLiteral("Học tập nghị quyết");
    model.text = QStringLiteral("Mô hình “Dân vận khéo” của ") + host;
    visit.findings = {limit, model};
    Recommendation recommendation;
    recommendation.text = QStringLiteral("Khắc phục hạn chế: ") + limitation;
    recommendation.responsible = QStringLiteral("Ban Tuyên giáo ") + host;
    recommendation.due = due;
    recommendation.status = status;
    if (status == RecommendationStatus::Done)
        recommendation.completed = due.isValid() ? due : date;
    recommendation.addresses = {QStringLiteral("l1")};
    visit.recommendations = {recommendation};
    return visit;
}

qint64 save(Database &database, Visit &visit)
{
    const SaveResult result = VisitService(database).save(visit);
    if (!result.ok)
        qWarning("save failed: %s", qPrintable(result.error));
    return result.ok ? visit.id : 0;
}

} // namespace vt::test
