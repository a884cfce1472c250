#include "services/VisitService.h"

#include "services/FollowUp.h"
#include "services/VisitText.h"
#include "storage/Database.h"
#include "storage/VisitRepository.h"

#include <QCoreApplication>

namespace vt {

VisitService::VisitService(Database &database) : m_database(database) {}

SaveResult VisitService::save(Visit &visit)
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
    if (!repository.save(visit, &result.error) ||
        !applyCarryOverVerdicts(m_database, visit, verdictsBefore, &result.error) ||
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
    return repository.remove(visitId, error) && transaction.commit(error);
}

std::optional<Visit> VisitService::load(qint64 visitId, QString *error) const
{
    return VisitRepository(m_database).load(visitId, error);
}

} // namespace vt
