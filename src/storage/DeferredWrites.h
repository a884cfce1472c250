#pragma once

// Writes a writer holds back until the transaction it writes in commits
// (private to storage/): the visit batch's search index entries, which FTS5
// adds several times faster in rowid order, many at a time, than one visit's
// at a time (see VisitWriter.h). Transaction::commit writes them before its
// COMMIT; Transaction::rollback discards them. Registered per connection name,
// so Database and Transaction need not know the batch.

#include <QString>

namespace vt {

class DeferredWrites
{
public:
    virtual ~DeferredWrites() = default;
    virtual bool writeBeforeCommit(QString *error) = 0;
    virtual void discard() = 0;
};

namespace deferred_writes {

// At most one per connection; nullptr removes it.
void attach(const QString &connectionName, DeferredWrites *writes);
DeferredWrites *of(const QString &connectionName);

} // namespace deferred_writes
} // namespace vt
