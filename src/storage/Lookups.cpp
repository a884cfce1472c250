#include "storage/Lookups.h"

#include "storage/Database.h"

#include "domain/TextFolding.h"

#include <QSqlQuery>
#include <algorithm>

namespace vt {
namespace {

// Runs a query of one text column and returns its distinct non-empty values in
// the order a Vietnamese reader expects: by folded text (Đ beside D), then exact text.
QStringList sortedNames(const Database &database, const char *statement)
{
    QStringList names;
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QString::fromLatin1(statement)))
        return names;
    while (query.next()) {
        const QString name = query.value(0).toString();
        if (!name.isEmpty())
            names.append(name);
    }
    QList<std::pair<QString, QString>> keyed;
    keyed.reserve(names.size());
    for (const QString &name : std::as_const(names))
        keyed.append({foldForSearch(name), name});
    std::sort(keyed.begin(), keyed.end());
    names.clear();
    for (const auto &entry : std::as_const(keyed)) {
        if (names.isEmpty() || names.constLast() != entry.second)
            names.append(entry.second);
    }
    return names;
}

} // namespace

Lookups::Lookups(Database &database) : m_database(database) {}

QStringList Lookups::organisationNames() const
{
    // Attendees' organisations are registered too when a visit is saved.
    return sortedNames(m_database, "SELECT name FROM organisations");
}

QStringList Lookups::personNames() const
{
    return sortedNames(m_database, "SELECT full_name FROM people");
}

QStringList Lookups::positions() const
{
    return sortedNames(m_database,
                       "SELECT DISTINCT position FROM attendees WHERE position IS NOT NULL");
}

QStringList Lookups::areas() const
{
    return sortedNames(m_database, "SELECT DISTINCT area FROM findings WHERE area IS NOT NULL");
}

QStringList Lookups::locations() const
{
    return sortedNames(m_database,
                       "SELECT DISTINCT location FROM visits WHERE location IS NOT NULL");
}

std::optional<PersonDetails> Lookups::latestDetailsOf(const QString &personName) const
{
    if (personName.isEmpty())
        return std::nullopt;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT a.position, a.organisation FROM attendees a JOIN visits v ON v.id = a.visit_id"
        " WHERE a.person_id = (SELECT id FROM people WHERE full_name = ?)"
        " ORDER BY v.date DESC, v.id DESC, a.seq LIMIT 1"));
    query.bindValue(0, personName);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return PersonDetails{query.value(0).toString(), query.value(1).toString()};
}

} // namespace vt
