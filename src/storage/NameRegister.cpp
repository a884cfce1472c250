#include "storage/NameRegister.h"

#include "storage/SqlValues.h"

#include "domain/TextFolding.h"

namespace vt::records {

NameRegister::NameRegister(QSqlDatabase connection, const char *table, const char *column)
{
    const QString tableName = QLatin1StringView(table);
    const QLatin1StringView name(column);
    // A statement that does not prepare reports why at its first use.
    m_find.prepare(connection,
                   QStringLiteral("SELECT id FROM %1 WHERE %2 = ?").arg(tableName, name), {},
                   nullptr);
    m_insert.prepare(
        connection,
        QStringLiteral("INSERT INTO %1 (%2, name_fold) VALUES (?, ?)").arg(tableName, name), {},
        nullptr);
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
    // Worded only on failure: an import records thousands of new names.
    const auto failed = [&] {
        if (error)
            *error = sql::Text::tr("%1: %2").arg(
                sql::Text::tr("Could not record the name “%1”").arg(name), *error);
        return false;
    };
    qint64 found = 0;
    bool exists = false;
    if (!m_find.integerOf({name}, &found, &exists, QString(), error))
        return failed();
    if (!exists) {
        if (!m_insert.exec({name, foldForSearch(name)}, QString(), error))
            return failed();
        found = m_insert.lastInsertId();
    }
    *id = QVariant(found);
    m_ids.insert(name, *id);
    return true;
}

} // namespace vt::records
