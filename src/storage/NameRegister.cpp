#include "storage/NameRegister.h"

#include "storage/SqlValues.h"

#include "domain/TextFolding.h"

namespace vt::records {

NameRegister::NameRegister(QSqlDatabase connection, const char *table, const char *column)
    : m_find(connection), m_insert(connection), m_table(QLatin1StringView(table))
{
    const QLatin1StringView name(column);
    m_prepared =
        m_find.prepare(QStringLiteral("SELECT id FROM %1 WHERE %2 = ?").arg(m_table, name)) &&
        m_insert.prepare(
            QStringLiteral("INSERT INTO %1 (%2, name_fold) VALUES (?, ?)").arg(m_table, name));
}

bool NameRegister::idOf(const QString &name, QVariant *id, QString *error)
{
    if (name.isEmpty()) {
        *id = QVariant();
        return true;
    }
    if (const auto cached = m_ids.constFind(name); cached != m_ids.cend()) {
        *id = *cached;
        return true;
    }
    const QString what = sql::Text::tr("Could not record the name “%1”").arg(name);
    if (!m_prepared)
        return sql::exec(m_find, what, error);
    m_find.bindValue(0, name);
    if (!sql::exec(m_find, what, error))
        return false;
    if (m_find.next()) {
        *id = m_find.value(0);
    } else {
        m_insert.bindValue(0, name);
        m_insert.bindValue(1, foldForSearch(name));
        if (!sql::exec(m_insert, what, error))
            return false;
        *id = m_insert.lastInsertId();
    }
    m_find.finish();
    m_ids.insert(name, *id);
    return true;
}

} // namespace vt::records
