#include "storage/Lookups.h"

#include "storage/Database.h"

#include "domain/TextFolding.h"

#include <QSqlQuery>
#include <algorithm>

namespace vt {
namespace {

QStringList textColumn(const Database &database, const QString &statement)
{
    QStringList names;
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    if (!query.exec(statement))
        return names;
    while (query.next()) {
        const QString name = query.value(0).toString();
        if (!name.isEmpty())
            names.append(name);
    }
    return names;
}

// Runs a query of one text column and returns its distinct non-empty values in
// the order a Vietnamese reader expects: by folded text (Đ beside D), then exact text.
// For the few distinct values of a column; long lists come sorted by name_fold.
QStringList sortedNames(const Database &database, const QString &statement)
{
    QStringList names = textColumn(database, statement);
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
    // name_fold is foldForSearch(name) (NameRegister): sorted by the index.
    return textColumn(m_database,
                      QStringLiteral("SELECT name FROM organisations ORDER BY name_fold, name"));
}

QStringList Lookups::personNames() const
{
    // Tens of thousands of names: sorted in SQL by the index on name_fold.
    return textColumn(m_database,
                      QStringLiteral("SELECT full_name FROM people ORDER BY name_fold, full_name"));
}

QStringList Lookups::positions() const
{
    // Every position an attendee was saved with (schema 12), a few thousand at
    // national scale, instead of the distinct values of millions of attendees.
    return sortedNames(m_database, QStringLiteral("SELECT name FROM positions"));
}

QStringList Lookups::areas() const
{
    return sortedNames(m_database, QStringLiteral("SELECT DISTINCT area FROM findings"
                                                  " WHERE area IS NOT NULL"));
}

QStringList Lookups::locations() const
{
    // Read from the index on location (MigrationV7.cpp), not from every visit.
    return sortedNames(m_database, QStringLiteral("SELECT DISTINCT location FROM visits"
                                                  " WHERE location IS NOT NULL"));
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
