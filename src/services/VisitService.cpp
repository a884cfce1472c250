#include "services/VisitService.h"

#include "services/ChangeHistory.h"
#include "services/FollowUp.h"
#include "services/VisitText.h"
#include "storage/Database.h"
#include "storage/VisitRepository.h"

#include <QCoreApplication>

namespace vt {
namespace {

// The earlier visits whose recommendations the verdicts of `visit` update:
// their follow-up logs change in the same transaction, and the history says so.
QList<qint64> visitsVerifiedBy(Database &database, const Visit &visit)
{
    QList<qint64> ids;
    RecommendationQueries queries(database);
    for (const CarryOverVerdict &verdict : visit.carriedOver) {
        QString ignored;
        if (const auto row = queries.row(verdict.recommendationId, visit.date, &ignored);
            row && row->visitId != visit.id && !ids.contains(row->visitId))
            ids.append(row->visitId);
    }
    return ids;
}

} // namespace

VisitService::VisitService(Database &database) : m_database(database) {}

SaveResult VisitService::save(Visit &visit,
                              const std::function<bool(const Visit &, QString *)> &alsoStore)
{
    SaveResult result;
    normalizeVisitText(visit);
    result.issues = validateVisit(visit);
    if (!result.issues.isEmpty())
        return result;

    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        result.error = QCoreApplication::translate("vt::VisitService", "Could not save: %1")
                           .arg(transaction.errorText());
        return result;
    }
    // The repository sets the id of a new visit; if the transaction then
    // fails, that id names nothing, so the caller gets the old one back.
    const qint64 idBefore = visit.id;
    VisitRepository repository(m_database);
    // Carry-over verdicts that are new or changed become follow-up updates of
    // the earlier recommendations, in this same transaction (FollowUp.h).
    const QList<CarryOverVerdict> verdictsBefore =
        RecommendationQueries(m_database).verdictsOf(visit.id, nullptr);
    // The versions before the change, for the change history.
    const std::optional<Visit> before =
        visit.id != 0 ? repository.load(visit.id, nullptr) : std::nullopt;
    QList<std::pair<qint64, std::optional<Visit>>> verified;
    for (const qint64 id : visitsVerifiedBy(m_database, visit))
        verified.append({id, repository.load(id, nullptr)});
    const auto logChanges = [&] {
        QList<ChangeEntry> changes = changesBetween(before, visit);
        for (const auto &[id, earlier] : verified)
            changes += changesBetween(earlier, repository.load(id, nullptr));
        return ChangeLog(m_database).append(changes, &result.error);
    };
    if (!repository.save(visit, &result.error) ||
        !applyCarryOverVerdicts(m_database, visit, verdictsBefore, &result.error) ||
        !logChanges() || (alsoStore && !alsoStore(visit, &result.error)) ||
        !transaction.commit(&result.error)) {
        visit.id = idBefore;
        return result;
    }
    result.ok = true;
    return result;
}

bool VisitService::remove(qint64 visitId, QString *error)
{
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        if (error)
            *error = QCoreApplication::translate("vt::VisitService", "Could not delete: %1")
                         .arg(transaction.errorText());
        return false;
    }
    VisitRepository repository(m_database);
    const std::optional<Visit> before = repository.load(visitId, error);
    if (!before)
        return false;
    const std::optional<QList<ChangeEntry>> attachments =
        attachmentsDeletedWith(m_database, visitId, before->title, error);
    return attachments && repository.remove(visitId, error) &&
           ChangeLog(m_database)
               .append(changesBetween(before, std::nullopt) + *attachments, error) &&
           transaction.commit(error);
}

std::optional<Visit> VisitService::load(qint64 visitId, QString *error) const
{
    return VisitRepository(m_database).load(visitId, error);
}

} // namespace vt
