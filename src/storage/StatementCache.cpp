#include "storage/StatementCache.h"

#include "storage/SqlValues.h"

namespace vt::sql {

QSqlQuery *StatementCache::prepared(const QString &text, const QString &what, QString *error)
{
    if (const auto found = m_statements.find(text); found != m_statements.end())
        return &found->second;
    QSqlQuery query(m_connection);
    if (!prepare(query, text, what, error))
        return nullptr;
    return &m_statements.emplace(text, std::move(query)).first->second;
}

} // namespace vt::sql
