#pragma once

// Writing and reading the rows of one visit (private to storage/; the public
// face is VisitRepository).

#include "domain/Visit.h"

#include <QSqlDatabase>
#include <QString>
#include <memory>
#include <optional>

namespace vt::records {

// Writes visit after visit on one connection, reusing its prepared statements
// and the ids of the organisations and people it has already recorded. Those
// ids are only true while what was written stays: use a session inside one
// transaction, or across transactions that commit, and drop it after a rollback.
class VisitWriteSession final
{
    Q_DISABLE_COPY_MOVE(VisitWriteSession)

public:
    explicit VisitWriteSession(QSqlDatabase connection);
    ~VisitWriteSession();

    // As writeVisit.
    bool write(Visit &visit, QString *error);
    // As recreateVisit.
    bool recreate(Visit &visit, QString *error);

    // Holds search index entries back until flushIndex (VisitWriter.h);
    // the caller flushes before its transaction commits.
    void deferIndex();
    bool flushIndex(QString *error);
    void discardIndex();
    // Drops a stored visit's search index entries (held back when deferred):
    // before the visit is deleted.
    bool removeFromIndex(qint64 visitId, QString *error);
    // Deletes a stored visit with its records and search index entries.
    bool remove(qint64 visitId, QString *error);

private:
    class Writer;
    QSqlDatabase m_connection;
    std::unique_ptr<Writer> m_writer;
};

// Inserts (visit.id == 0) or updates the visit row and rewrites its children.
bool writeVisit(QSqlDatabase connection, Visit &visit, QString *error);
// Writes a deleted visit back under its old id (visit.id), which no stored
// visit has: a bare row that the ordinary update then fills.
bool recreateVisit(QSqlDatabase connection, Visit &visit, QString *error);
// Deletes the visit row, its records with it (ON DELETE CASCADE); the search
// index entries must have gone first. False when there is no such visit.
bool deleteVisitRow(QSqlDatabase connection, qint64 id, QString *error);
// Reads visit after visit on one connection with its statements prepared
// once: preparing nine statements was half the work of reading a visit
// (docs/PERFORMANCE.md, session 10). Each is reset after use, so no read stays
// open between visits and a checkpoint can run. Drop it before the connection
// closes.
class VisitReadSession final
{
    Q_DISABLE_COPY_MOVE(VisitReadSession)

public:
    explicit VisitReadSession(QSqlDatabase connection);
    ~VisitReadSession();

    // As readVisit.
    std::optional<Visit> read(qint64 id, QString *error);

private:
    class Statements;
    QSqlDatabase m_connection;
    std::unique_ptr<Statements> m_statements;
};

// nullopt with an empty error when there is no such visit.
std::optional<Visit> readVisit(QSqlDatabase connection, qint64 id, QString *error);

} // namespace vt::records
