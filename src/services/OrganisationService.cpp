#include "services/OrganisationService.h"

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

} // namespace

OrganisationService::OrganisationService(Database &database) : m_database(database) {}

QList<OrganisationRecord> OrganisationService::list(QString *error) const
{
    return Organisations(m_database).list(error);
}

bool OrganisationService::setParent(qint64 id, qint64 parentId, QString *error)
{
    return inTransaction(m_database, error,
                         [&] { return Organisations(m_database).setParent(id, parentId, error); });
}

bool OrganisationService::setKind(qint64 id, std::optional<OrganisationKind> kind, QString *error)
{
    return inTransaction(m_database, error,
                         [&] { return Organisations(m_database).setKind(id, kind, error); });
}

bool OrganisationService::place(const QList<OrganisationPlacement> &placements, QString *error)
{
    return inTransaction(m_database, error, [&] {
        Organisations organisations(m_database);
        for (const OrganisationPlacement &placement : placements) {
            const qint64 id = organisations.idOf(placement.name, error);
            if (id == 0)
                return false;
            if (!placement.parent.isEmpty()) {
                const qint64 parentId = organisations.idOf(placement.parent, error);
                if (parentId == 0 || !organisations.setParent(id, parentId, error))
                    return false;
            }
            if (placement.kind && !organisations.setKind(id, placement.kind, error))
                return false;
        }
        return true;
    });
}

} // namespace vt
