#pragma once

// Reads and writes whole visits with all their records. Writes expect the
// caller to hold a Transaction, so a save is never half done.

#include "domain/Visit.h"

#include <QList>
#include <memory>
#include <optional>

namespace vt {

class Database;
namespace records {
class VisitReadSession;
}

class VisitRepository final
{
public:
    explicit VisitRepository(Database &database);
    ~VisitRepository();

    std::optional<Visit> load(qint64 id, QString *error) const;

    // Inserts a visit (id 0) or replaces the stored one with the same id,
    // children included; sets visit.id. Names of organisations and people are
    // recorded for completion.
    bool save(Visit &visit, QString *error);
    bool remove(qint64 id, QString *error);
    // Stores a deleted visit again under its own id (undo of a deletion, redo
    // of an addition), so what names the visit by id keeps naming it. Fails
    // when the id or the ref is taken.
    bool recreate(Visit &visit, QString *error);
    bool contains(qint64 id) const;
    // Replaces only the carry-over verdicts the visit records (undo and redo
    // put them back once the recommendations they judge are stored again).
    bool saveVerdicts(qint64 visitId, const QList<CarryOverVerdict> &verdicts, QString *error);

    // 0 when no visit has this ref.
    qint64 idForRef(const QString &ref) const;
    // idForRef of each, in order, with one statement (an import's refs).
    QList<qint64> idsForRefs(const QStringList &refs) const;
    // All visit ids in a stable order (date, then id).
    QList<qint64> allIds() const;
    qint64 count() const;

private:
    Database &m_database;
    // Made by the first load and kept, so a repository that loads many visits
    // prepares its statements once (VisitRecords.h).
    mutable std::unique_ptr<records::VisitReadSession> m_reader;
};

} // namespace vt
