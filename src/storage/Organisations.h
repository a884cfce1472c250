#pragma once

// The organisations the records name (hosts, delegations, attendees' units)
// and how they are nested: a district committee under its provincial
// committee, a department under its province. The hierarchy lets the lists
// answer for "this host and its subordinate units". Names are never rewritten
// here: visits keep the names as they were on their date.

#include "domain/Enums.h"

#include <QList>
#include <QString>
#include <QVariant>
#include <optional>

namespace vt {

class Database;

struct OrganisationRecord
{
    qint64 id = 0;
    QString name;
    std::optional<OrganisationKind> kind;
    qint64 parentId = 0; // 0: none
    QString parentName;
    int hostedVisits = 0; // visits it hosted

    bool operator==(const OrganisationRecord &) const = default;
};

class Organisations final
{
public:
    explicit Organisations(Database &database);

    // Every organisation, in Vietnamese reading order (Đ beside D).
    QList<OrganisationRecord> list(QString *error) const;
    std::optional<OrganisationRecord> byName(const QString &name, QString *error) const;
    std::optional<OrganisationRecord> byId(qint64 id, QString *error) const;
    // The id of the named organisation, recorded if it is new.
    qint64 idOf(const QString &name, QString *error);
    // Refuses a parent that is the organisation itself or one of its
    // subordinates (the hierarchy stays a tree). parentId 0 removes the parent.
    bool setParent(qint64 id, qint64 parentId, QString *error);
    bool setKind(qint64 id, std::optional<OrganisationKind> kind, QString *error);

private:
    std::optional<OrganisationRecord> selectOne(const QString &condition, const QVariant &value,
                                                QString *error) const;

    Database &m_database;
};

} // namespace vt
