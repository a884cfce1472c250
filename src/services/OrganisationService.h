#pragma once

// Placing organisations in their hierarchy (which unit is under which) and
// naming their kind, each change one transaction. The hierarchy is what lets
// the limitation and follow-up lists include a host's subordinate units.

#include "storage/Organisations.h"

namespace vt {

// "This organisation is a <kind> under <parent>", by name; used for the
// sample data and by anything that brings a hierarchy from outside.
struct OrganisationPlacement
{
    QString name;
    QString parent; // empty: top level
    std::optional<OrganisationKind> kind;
};

class OrganisationService final
{
public:
    explicit OrganisationService(Database &database);

    QList<OrganisationRecord> list(QString *error) const;
    bool setParent(qint64 id, qint64 parentId, QString *error);
    bool setKind(qint64 id, std::optional<OrganisationKind> kind, QString *error);
    // All or nothing; names not yet recorded are recorded.
    bool place(const QList<OrganisationPlacement> &placements, QString *error);

private:
    Database &m_database;
};

} // namespace vt
