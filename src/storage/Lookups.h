#pragma once

// What was entered before, offered for completion while typing: one delegation
// visits many hosts and the same people recur.

#include <QString>
#include <QStringList>
#include <optional>

namespace vt {

class Database;

struct PersonDetails
{
    QString position;     // as of the person's most recent visit
    QString organisation; // as of the person's most recent visit
};

class Lookups final
{
public:
    explicit Lookups(Database &database);

    QStringList organisationNames() const; // hosts, delegations and attendees' organisations
    QStringList personNames() const;
    QStringList positions() const;
    QStringList areas() const; // finding areas
    QStringList locations() const;
    std::optional<PersonDetails> latestDetailsOf(const QString &personName) const;

private:
    Database &m_database;
};

} // namespace vt
