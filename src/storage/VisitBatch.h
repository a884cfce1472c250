#pragma once

// Saves many visits one after another (the data generator; bulk import; undo
// and redo of a step), in
// transactions the caller holds. Unlike VisitRepository::save, which starts
// afresh for every visit, a batch keeps its prepared statements and the ids of
// the names it has recorded from visit to visit. Those ids are only true while
// what was written stays: drop the batch after a rollback. While it lives, the
// connection gets a larger page cache, so that index pages stay in memory
// instead of being spilled to the WAL and read back for every visit. It also
// holds the search index entries back and writes them in runs, the last run
// when the caller's Transaction commits (DeferredWrites.h): commit while the
// batch lives.

#include "storage/DeferredWrites.h"

#include "domain/Visit.h"

#include <QSqlQuery>
#include <QVariant>
#include <memory>

namespace vt {

class Database;

namespace records {
class VisitWriteSession;
}

class VisitBatch final : private DeferredWrites
{
    Q_DISABLE_COPY_MOVE(VisitBatch)

public:
    explicit VisitBatch(Database &database);
    ~VisitBatch();

    // 0 when no visit has this ref.
    qint64 idForRef(const QString &ref);
    // As VisitRepository::save: inserts (id 0) or replaces the visit.
    bool save(Visit &visit, QString *error);
    // As VisitRepository::recreate and ::remove (undo and redo of a step).
    bool recreate(Visit &visit, QString *error);
    bool remove(qint64 id, QString *error);

private:
    bool writeBeforeCommit(QString *error) override;
    void discard() override;

    Database &m_database;
    std::unique_ptr<records::VisitWriteSession> m_session;
    QSqlQuery m_findRef;
    QVariant m_cacheSize;     // the connection's page cache size, restored at the end
    bool m_deferring = false; // holds the search index entries back (DeferredWrites.h)
};

} // namespace vt
