// The write transaction every save runs in (declared in Database.h): one
// commit or nothing, whatever happens in between.

#include "storage/Database.h"

#include "storage/DeferredWrites.h"
#include "storage/SqlErrors.h"
#include "storage/SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>

namespace vt {

Transaction::Transaction(Database &database) : m_connection(database.connection())
{
    if (!m_connection.isOpen()) {
        m_errorText = sql::Text::tr("The database is not open.");
        return;
    }
    // IMMEDIATE (SQLite-only) takes the write lock now rather than at the first write.
    QSqlQuery query(m_connection);
    const QString begin =
        database.isReadOnly() ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE");
    m_active = query.exec(begin);
    if (!m_active)
        m_errorText = query.lastError().text();
}

Transaction::~Transaction()
{
    rollback();
}

bool Transaction::commit(QString *error)
{
    if (!m_active) {
        if (error)
            *error =
                sql::Text::tr("Could not save: no transaction is active (%1).").arg(m_errorText);
        return false;
    }
    // A failure leaves the transaction active: the destructor rolls back.
    if (DeferredWrites *deferred = deferred_writes::of(m_connection.connectionName());
        deferred && !deferred->writeBeforeCommit(error))
        return false;
    QSqlQuery query(m_connection);
    if (!query.exec(QStringLiteral("COMMIT"))) {
        if (error)
            *error = sql::Text::tr("Could not save the changes: %1")
                         .arg(sql::readableError(query.lastError()));
        return false; // still active: the destructor rolls back
    }
    m_active = false;
    return true;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    if (DeferredWrites *deferred = deferred_writes::of(m_connection.connectionName()))
        deferred->discard();
    QSqlQuery query(m_connection);
    query.exec(QStringLiteral("ROLLBACK"));
    m_active = false;
}

} // namespace vt
