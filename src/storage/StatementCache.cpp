#include "storage/StatementCache.h"

namespace vt::sql {

NativeStatement *StatementCache::prepared(const QString &text, const QString &what, QString *error)
{
    if (const auto found = m_statements.find(text); found != m_statements.end())
        return found->second.get();
    auto statement = std::make_unique<NativeStatement>();
    if (!statement->prepare(m_connection, text, what, error))
        return nullptr;
    return m_statements.emplace(text, std::move(statement)).first->second.get();
}

} // namespace vt::sql
