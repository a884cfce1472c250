#pragma once

// Prepared statements of one connection, each prepared once and then reused
// (private to storage/). Compiling a statement costs SQLite more than running
// a small INSERT, so writing thousands of rows must not prepare per row or
// per visit.

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <map>

namespace vt::sql {

class StatementCache final
{
    Q_DISABLE_COPY_MOVE(StatementCache)

public:
    explicit StatementCache(QSqlDatabase connection) : m_connection(connection) {}

    // The statement for text, prepared on first use; nullptr (and "<what>:
    // <driver text>" in *error) when it does not prepare. The pointer stays
    // valid for the cache's lifetime.
    QSqlQuery *prepared(const QString &text, const QString &what, QString *error);

    QSqlDatabase connection() const { return m_connection; }

private:
    QSqlDatabase m_connection;
    // A node-based map: pointers to its values survive later insertions.
    std::map<QString, QSqlQuery> m_statements;
};

} // namespace vt::sql
