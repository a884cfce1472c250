#pragma once

// Undo and redo of committed changes (issue 7, "Nothing lost"). A change is
// recorded as the states of the visits it touched before it, and the
// fingerprints of their states after; undo writes the "before" states back
// and keeps the states it replaced for redo, each in one transaction that
// logs its changes like any other (the change history stays append-only). States are written as
// they were, so carry-over verdicts are put back as verdicts and never applied to the earlier
// recommendations a second time. A visit that changed since the step is never overwritten: the step
// is refused with a message naming it.

#include "services/VisitStates.h"
#include "storage/VisitRepository.h"

#include <functional>

namespace vt {

class Database;

// How a visit stands now, by fingerprint: what undo checks before writing.
struct StateMark
{
    qint64 visitId = 0;
    bool present = false;
    QByteArray fingerprint;
};

// The visits one change touched: how they stand now, and the states a step
// moves them to (before the change, or after it once undone). Each undo or
// redo swaps them: the states it replaced are what the next one writes. So
// the states after a change are never kept, only their fingerprints, until
// an undo takes them out of the database.
struct RecordedChange
{
    QList<StateMark> current;
    VisitStates other; // same visits, same order
    // Why a change made could not be recorded (it cannot be undone).
    QString problem;

    bool isEmpty() const { return current.isEmpty(); }
    qsizetype size() const { return current.size(); }
};

class EditHistory final
{
public:
    explicit EditHistory(Database &database);

    // The visits a change to `visit` can touch: itself (when stored), the
    // earlier visits whose recommendations its stored or edited verdicts
    // judge, and the later visits whose verdicts judge its recommendations.
    QList<qint64> reach(const Visit &visit) const;
    QList<qint64> reach(qint64 visitId) const;
    // The reach of each, each visit once, in order (0s are skipped).
    QList<qint64> reach(const QList<qint64> &visitIds) const;

    // nullopt when the visit could not be read; an absent visit is a state.
    std::optional<VisitState> capture(qint64 visitId, QString *error) const;

    // Makes the visits stand as `change.other` if they stand as
    // `change.current` (else refuses and changes nothing), then swaps the
    // two for the way back; one transaction, every changed record logged.
    // `changed` receives the ids of the visits written or removed.
    // `progress` is told the visits done of the total, three passes over
    // them (check, write, log), so a window can show how far it is.
    using Progress = std::function<void(qsizetype done, qsizetype total)>;
    bool restore(RecordedChange &change, QList<qint64> *changed, QString *error,
                 const Progress &progress = {});

private:
    Database &m_database;
    // One reader for every visit captured, its statements prepared once: a
    // step of an import captures each of 10,000 visits twice.
    VisitRepository m_visits;
};

// Records one change: construct before it with the visits it can touch
// (EditHistory::reach), call finish() after it has been committed.
class ChangeRecording final
{
public:
    ChangeRecording(Database &database, const QList<qint64> &visitIds);

    // Before and after of each visit that changed; `added` are visits the
    // change created (absent before). Empty when nothing changed or a state
    // could not be read or kept (the change then cannot be undone; when
    // keeping failed, `problem` says why).
    RecordedChange finish(const QList<qint64> &added = {});

private:
    Database &m_database;
    VisitStates m_before;
    bool m_ok = true;
    QString m_problem; // why the states before could not be kept
};

} // namespace vt
