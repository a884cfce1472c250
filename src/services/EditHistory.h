#pragma once

// Undo and redo of committed changes (issue 7, "Nothing lost"). A change is
// recorded as the states of the visits it touched, before and after; undo
// writes the "before" states back, redo the "after" ones, each in one
// transaction that logs its changes like any other (the change history stays
// append-only). States are written as they were, so carry-over verdicts are
// put back as verdicts and never applied to the earlier recommendations a
// second time. A visit that changed since the step is never overwritten: the
// step is refused with a message naming it.

#include "domain/Visit.h"
#include "storage/RecommendationPlaces.h"

#include <optional>

namespace vt {

class Database;

// One visit as it stood: absent, or its value with the recommendations its
// verdicts judge named by place (their ids change whenever a visit is saved).
struct VisitState
{
    qint64 visitId = 0;
    std::optional<Visit> visit;        // carriedOver[i].recommendationId is 0:
    QList<RecommendationPlace> judged; // judged[i] names it

    bool operator==(const VisitState &) const = default;
};

// The visits one change touched, as they were before and after it.
struct RecordedChange
{
    QList<VisitState> before;
    QList<VisitState> after;

    bool isEmpty() const { return before.isEmpty(); }
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

    // nullopt when the visit could not be read; an absent visit is a state.
    std::optional<VisitState> capture(qint64 visitId, QString *error) const;

    // Makes the visits stand as `to` if they stand as `from` (else refuses
    // and changes nothing); one transaction, every changed record logged.
    // `changed` receives the ids of the visits written or removed.
    bool restore(const QList<VisitState> &from, const QList<VisitState> &to, QList<qint64> *changed,
                 QString *error);

private:
    Database &m_database;
};

// Records one change: construct before it with the visits it can touch
// (EditHistory::reach), call finish() after it has been committed.
class ChangeRecording final
{
public:
    ChangeRecording(Database &database, const QList<qint64> &visitIds);

    // Before and after of each visit that changed; `added` are visits the
    // change created (absent before). Empty when nothing changed or a state
    // could not be read (the change then cannot be undone).
    RecordedChange finish(const QList<qint64> &added = {});

private:
    Database &m_database;
    QList<VisitState> m_before;
    bool m_ok = true;
};

} // namespace vt
