#pragma once

// Prepared statements of one connection, each prepared once and then reused
// (private to storage/). Compiling a statement costs SQLite more than running
// a small INSERT, so writing thousands of rows must not prepare per row or
// per visit. They run through SQLite's C API (NativeStatement.h).

#include "storage/NativeStatement.h"

#include <QSqlDatabase>
#include <QString>
#include <map>
#include <memory>

namespace vt::sql {

class StatementCache final
{
    Q_DISABLE_COPY_MOVE(StatementCache)

public:
    explicit StatementCache(QSqlDatabase connection) : m_connection(connection) {}

    // The statement for text, prepared on first use; nullptr (and "<what>:
    // <driver text>" in *error) when it does not prepare. The pointer stays
    // valid for the cache's lifetime.
    NativeStatement *prepared(const QString &text, const QString &what, QString *error);
    // The same, with the description made only if the statement must be
    // prepared and fails: a writer names the visit it writes in every
    // message, and formatting that for each of thousands of rows costs more
    // than looking the statement up.
    template <typename Describe>
    NativeStatement *prepared(const QString &text, const Describe &describe, QString *error)
    {
        if (const auto found = m_statements.find(text); found != m_statements.end())
            return found->second.get();
        return prepared(text, QString(describe()), error);
    }

    QSqlDatabase connection() const { return m_connection; }

private:
    QSqlDatabase m_connection;
    std::map<QString, std::unique_ptr<NativeStatement>> m_statements;
};

} // namespace vt::sql
