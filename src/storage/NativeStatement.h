#pragma once

// A prepared statement run through SQLite's own C API on a Qt connection's
// handle (private to storage/; the visit writer's inserts, thousands per
// second in a batch). QSqlQuery costs more than SQLite's work for a small
// INSERT: QSqlResult::bindValue formats a placeholder name and looks it up in
// a hash for every value, and exec() rebuilds its result state. Here values are
// bound straight from their QVariants, the same way Qt's QSQLITE driver binds
// them, so what is stored is the same; failures read as sql::exec's do
// ("<what>: <SQLite's message> Unable to fetch row", with readableError).
//
// exec runs statements that return no rows; integerOf one that returns an
// integer (a lookup by name); startRows / nextRow / endRows read rows, their
// columns as Qt's driver gives them (valueAt) or straight (textAt,
// integerAt): reading a visit back through QSqlQuery cost twice SQLite's
// work (QSqlCachedResult copies every row into QVariants first). The
// statement is finalized with its owner, or by finalizeStatementsOf when its
// connection closes first (Database::close): Qt's driver cannot close a
// connection that still has statements, and finalizes only its own. A
// statement finalized that way fails every later run.

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringEncoder>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace vt::sql {

class NativeStatement final
{
    Q_DISABLE_COPY_MOVE(NativeStatement)

public:
    NativeStatement() = default;
    ~NativeStatement();

    // False (and "<what>: <driver text>" in *error) when it does not prepare
    // or the connection is not SQLite.
    bool prepare(QSqlDatabase connection, const QString &text, const QString &what, QString *error);
    bool isPrepared() const { return m_statement != nullptr; }

    // Binds values to ?1, ?2, ... and runs the statement once. With an empty
    // `what`, *error gets only the driver text (the caller words the rest).
    bool exec(const QVariantList &values, const QString &what, QString *error);
    // Binds values and reads the first column of the first row as an integer;
    // *found is false when there is no row.
    bool integerOf(const QVariantList &values, qint64 *value, bool *found, const QString &what,
                   QString *error);
    // Binds values and runs the statement to its first row: nextRow() then
    // tells whether there is a row (and moves to the next one after reading
    // it), endRows() resets the statement and says whether a step failed.
    // False here only when the values could not be bound.
    bool startRows(const QVariantList &values, const QString &what, QString *error);
    bool nextRow();
    bool endRows(const QString &what, QString *error);
    // The current row's columns. valueAt converts as Qt's QSQLITE driver
    // does (NULL: a null QVariant of type QString; INTEGER: qlonglong; REAL: double;
    // TEXT: QString; BLOB: QByteArray); textAt is a NULL's null QString.
    QVariant valueAt(int column) const;
    QString textAt(int column) const;
    qint64 integerAt(int column) const;
    bool isNullAt(int column) const;

    // The rowid of the last row inserted on the connection.
    qint64 lastInsertId() const;
    // Rows changed by the last exec.
    int changes() const;

private:
    bool run(const QVariantList &values, qint64 *value, bool *found, const QString &what,
             QString *error);
    bool bindAll(const QVariantList &values, const QString &what, QString *error);
    bool bind(int index, const QVariant &value);
    QSqlError errorOf(const QString &driverWords, int code) const;
    bool fail(const QSqlError &sqlError, const QString &what, QString *error) const;
    void finalize();

    friend void finalizeStatementsOf(sqlite3 *handle);

    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QSqlError m_prepareError; // why it did not prepare, for every later exec
    // Text bound as UTF-8, kept until the next run; reused from run to run.
    QByteArray m_utf8;
    char *m_utf8End = nullptr; // where the next bound text goes in m_utf8
    QStringEncoder m_encoder{QStringEncoder::Utf8};
    bool m_started = false; // startRows has stepped to the first row, not yet read
    int m_stepped = 0;      // the last sqlite3_step's code
};

// Finalizes every NativeStatement prepared on the handle, before the
// connection closes; their owners may outlive it (a repository kept in a
// scope that closes the database).
void finalizeStatementsOf(sqlite3 *handle);

// True while the connection (SQLite's) has a transaction open.
bool inTransaction(const QSqlDatabase &connection);
// The connection's sqlite3 handle; nullptr for another driver.
sqlite3 *handleOf(const QSqlDatabase &connection);

} // namespace vt::sql
