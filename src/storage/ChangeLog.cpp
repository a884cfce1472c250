#include "storage/ChangeLog.h"

#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QSqlQuery>

namespace vt {
namespace {

constexpr const char *kActions[] = {"insert", "update", "delete"};

ChangeAction actionFrom(const QString &key)
{
    for (int i = 0; i < 3; ++i) {
        if (key == QLatin1StringView(kActions[i]))
            return ChangeAction(i);
    }
    return ChangeAction::Update;
}

} // namespace

QString toKey(ChangeAction action)
{
    return QString::fromLatin1(kActions[int(action)]);
}

ChangeLog::ChangeLog(Database &database) : m_database(database) {}

bool ChangeLog::append(const QList<ChangeEntry> &entries, QString *error)
{
    if (entries.isEmpty())
        return true;
    const QString what = sql::Text::tr("Could not record the change history");
    if (!m_prepared) {
        m_insert = QSqlQuery(m_database.connection());
        if (!sql::prepare(m_insert,
                          QStringLiteral("INSERT INTO change_log (at, user, visit_id, visit_title,"
                                         " record, action, old_value, new_value)"
                                         " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                          what, error))
            return false;
        m_prepared = true;
    }
    QSqlQuery &query = m_insert;
    for (const ChangeEntry &entry : entries) {
        query.addBindValue(entry.at.toUTC().toString(Qt::ISODate));
        query.addBindValue(entry.user);
        query.addBindValue(entry.visitId != 0 ? QVariant(entry.visitId) : QVariant());
        query.addBindValue(sql::optionalText(entry.visitTitle));
        query.addBindValue(entry.record);
        query.addBindValue(toKey(entry.action));
        query.addBindValue(sql::optionalText(entry.oldValue));
        query.addBindValue(sql::optionalText(entry.newValue));
        if (!sql::exec(query, what, error))
            return false;
    }
    return true;
}

QList<ChangeEntry> ChangeLog::entries(qint64 visitId, int limit, QString *error) const
{
    QList<ChangeEntry> entries;
    const QString what = sql::Text::tr("Could not read the change history");
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    const QString where = visitId != 0 ? QStringLiteral(" WHERE visit_id = ?") : QString();
    if (!sql::prepare(
            query,
            QLatin1StringView("SELECT id, at, user, visit_id, visit_title, record, action,"
                              " old_value, new_value FROM change_log") +
                where + QLatin1StringView(" ORDER BY id DESC LIMIT ?"),
            what, error))
        return entries;
    if (visitId != 0)
        query.addBindValue(visitId);
    query.addBindValue(limit);
    if (!sql::exec(query, what, error))
        return entries;
    while (query.next()) {
        ChangeEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.at = QDateTime::fromString(query.value(1).toString(), Qt::ISODate);
        entry.user = query.value(2).toString();
        entry.visitId = query.value(3).toLongLong();
        entry.visitTitle = query.value(4).toString();
        entry.record = query.value(5).toString();
        entry.action = actionFrom(query.value(6).toString());
        entry.oldValue = query.value(7).toString();
        entry.newValue = query.value(8).toString();
        entries.append(entry);
    }
    return entries;
}

} // namespace vt
