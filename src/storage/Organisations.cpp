#include "storage/Organisations.h"

#include "storage/Database.h"
#include "storage/NameRegister.h"
#include "storage/SqlValues.h"

#include "domain/TextFolding.h"

#include <QSqlQuery>
#include <algorithm>

namespace vt {
namespace {

constexpr char kSelect[] = "SELECT o.id, o.name, o.kind, o.parent_id, p.name,"
                           " (SELECT count(*) FROM visits v WHERE v.host_id = o.id)"
                           " FROM organisations o LEFT JOIN organisations p ON p.id = o.parent_id";

OrganisationRecord recordFrom(const QSqlQuery &query)
{
    OrganisationRecord record;
    record.id = query.value(0).toLongLong();
    record.name = query.value(1).toString();
    record.kind = fromKey<OrganisationKind>(query.value(2).toString());
    record.parentId = query.value(3).toLongLong();
    record.parentName = query.value(4).toString();
    record.hostedVisits = query.value(5).toInt();
    return record;
}

} // namespace

Organisations::Organisations(Database &database) : m_database(database) {}

QList<OrganisationRecord> Organisations::list(QString *error) const
{
    QList<OrganisationRecord> records;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!sql::exec(query, QString::fromLatin1(kSelect),
                   sql::Text::tr("Could not read the organisations"), error))
        return records;
    while (query.next())
        records.append(recordFrom(query));
    std::sort(records.begin(), records.end(), [](const auto &a, const auto &b) {
        const QString foldedA = foldForSearch(a.name);
        const QString foldedB = foldForSearch(b.name);
        return foldedA != foldedB ? foldedA < foldedB : a.name < b.name;
    });
    return records;
}

std::optional<OrganisationRecord> Organisations::byName(const QString &name, QString *error) const
{
    return selectOne(QStringLiteral("o.name = ?"), name, error);
}

std::optional<OrganisationRecord> Organisations::byId(qint64 id, QString *error) const
{
    return selectOne(QStringLiteral("o.id = ?"), id, error);
}

std::optional<OrganisationRecord>
Organisations::selectOne(const QString &condition, const QVariant &value, QString *error) const
{
    QSqlQuery query(m_database.connection());
    if (!sql::prepare(query, QLatin1StringView(kSelect) + QLatin1StringView(" WHERE ") + condition,
                      sql::Text::tr("Could not read the organisations"), error))
        return std::nullopt;
    query.addBindValue(value);
    if (!sql::exec(query, sql::Text::tr("Could not read the organisations"), error) ||
        !query.next())
        return std::nullopt;
    return recordFrom(query);
}

qint64 Organisations::idOf(const QString &name, QString *error)
{
    if (name.isEmpty()) {
        if (error)
            *error = sql::Text::tr("An organisation needs a name.");
        return 0;
    }
    QVariant id;
    records::NameRegister organisations(m_database.connection(), "organisations", "name");
    if (!organisations.idOf(name, &id, error))
        return 0;
    return id.toLongLong();
}

bool Organisations::setParent(qint64 id, qint64 parentId, QString *error)
{
    const QString what = sql::Text::tr("Could not change the parent organisation");
    QSqlQuery query(m_database.connection());
    if (parentId != 0) {
        // The parent must not be the organisation or anything under it.
        if (!sql::prepare(query,
                          QStringLiteral("WITH RECURSIVE units (id) AS (SELECT ?"
                                         " UNION SELECT o.id FROM organisations o"
                                         " JOIN units u ON o.parent_id = u.id)"
                                         " SELECT count(*) FROM units WHERE id = ?"),
                          what, error))
            return false;
        query.addBindValue(id);
        query.addBindValue(parentId);
        if (!sql::exec(query, what, error) || !query.next())
            return false;
        if (query.value(0).toInt() > 0) {
            if (error)
                *error = sql::Text::tr("An organisation cannot be placed under itself or under "
                                       "one of its own subordinate units.");
            return false;
        }
    }
    if (!sql::prepare(query, QStringLiteral("UPDATE organisations SET parent_id = ? WHERE id = ?"),
                      what, error))
        return false;
    query.addBindValue(parentId != 0 ? QVariant(parentId) : QVariant());
    query.addBindValue(id);
    if (!sql::exec(query, what, error))
        return false;
    if (query.numRowsAffected() != 1) {
        if (error)
            *error = sql::Text::tr("There is no organisation %1.").arg(id);
        return false;
    }
    return true;
}

bool Organisations::setKind(qint64 id, std::optional<OrganisationKind> kind, QString *error)
{
    const QString what = sql::Text::tr("Could not change the kind of organisation");
    QSqlQuery query(m_database.connection());
    if (!sql::prepare(query, QStringLiteral("UPDATE organisations SET kind = ? WHERE id = ?"), what,
                      error))
        return false;
    query.addBindValue(kind ? QVariant(toKey(*kind)) : QVariant());
    query.addBindValue(id);
    if (!sql::exec(query, what, error))
        return false;
    if (query.numRowsAffected() != 1) {
        if (error)
            *error = sql::Text::tr("There is no organisation %1.").arg(id);
        return false;
    }
    return true;
}

} // namespace vt
