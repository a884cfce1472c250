#include "services/OrganisationService.h"

#include "services/ChangeHistory.h"

#include "storage/ChangeLog.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace vt {
namespace {

struct OrganisationText
{
    Q_DECLARE_TR_FUNCTIONS(vt::OrganisationService)
};

// Runs one change in a transaction; the change writes its own error.
template <typename Change> bool inTransaction(Database &database, QString *error, Change change)
{
    Transaction transaction(database);
    if (!transaction.isActive()) {
        if (error)
            *error = OrganisationText::tr("Could not change the organisations: %1")
                         .arg(transaction.errorText());
        return false;
    }
    return change() && transaction.commit(error);
}

// Runs `change` on one organisation and appends to the change history what it
// changed, in the caller's transaction.
template <typename Change>
bool changeLogged(Database &database, qint64 id, QString *error, Change change)
{
    Organisations organisations(database);
    const std::optional<OrganisationRecord> before = organisations.byId(id, error);
    if (!before) {
        if (error && error->isEmpty())
            *error = OrganisationText::tr("The organisation no longer exists.");
        return false;
    }
    if (!change(organisations))
        return false;
    const std::optional<OrganisationRecord> after = organisations.byId(id, error);
    return after && ChangeLog(database).append(organisationChange(*before, *after), error);
}

} // namespace

OrganisationService::OrganisationService(Database &database) : m_database(database) {}

QList<OrganisationRecord> OrganisationService::list(QString *error) const
{
    return Organisations(m_database).list(error);
}

bool OrganisationService::setParent(qint64 id, qint64 parentId, QString *error)
{
    return inTransaction(m_database, error, [&] {
        return changeLogged(m_database, id, error, [&](Organisations &organisations) {
            return organisations.setParent(id, parentId, error);
        });
    });
}

bool OrganisationService::setKind(qint64 id, std::optional<OrganisationKind> kind, QString *error)
{
    return inTransaction(m_database, error, [&] {
        return changeLogged(m_database, id, error, [&](Organisations &organisations) {
            return organisations.setKind(id, kind, error);
        });
    });
}

bool OrganisationService::place(const QList<OrganisationPlacement> &placements, QString *error)
{
    return inTransaction(m_database, error, [&] {
        Organisations organisations(m_database);
        for (const OrganisationPlacement &placement : placements) {
            const qint64 id = organisations.idOf(placement.name, error);
            if (id == 0)
                return false;
            const qint64 parentId =
                placement.parent.isEmpty() ? 0 : organisations.idOf(placement.parent, error);
            if (!placement.parent.isEmpty() && parentId == 0)
                return false;
            const bool placed = changeLogged(m_database, id, error, [&](Organisations &same) {
                return (parentId == 0 || same.setParent(id, parentId, error)) &&
                       (!placement.kind || same.setKind(id, placement.kind, error));
            });
            if (!placed)
                return false;
        }
        return true;
    });
}

} // namespace vt
