#pragma once

// Follow-up of recommendations (issue 3), each use case one transaction:
// the list as of "today", adding an update without opening the visit editor,
// the recommendations a new visit to a host should verify (carry-over), and
// turning the verdicts of a saved visit into follow-up updates.

#include "domain/Validation.h"
#include "domain/Visit.h"
#include "storage/RecommendationQueries.h"

#include <QDate>
#include <functional>
#include <optional>

namespace vt {

class Database;

struct NewFollowUpUpdate
{
    qint64 recommendationId = 0;
    FollowUpUpdate update;
    std::optional<RecommendationStatus> newStatus; // nullopt: keep the status
};

struct FollowUpResult
{
    bool ok = false;
    QList<ValidationIssue> issues; // paths: date, note, progress, evidence, status
    QString error;                 // why storing failed
};

// Checks an update against the recommendation as stored: date given, not
// before the last update (the log is kept in date order) and not after today;
// a note; progress 0..100.
QList<ValidationIssue> validateFollowUpUpdate(const NewFollowUpUpdate &request,
                                              const FollowUpRow &current, const QDate &today);

class FollowUp final
{
public:
    // asOf fixes "today"; invalid means Clock::today().
    explicit FollowUp(Database &database, const QDate &asOf = {});

    QDate asOf() const { return m_asOf; }
    QList<FollowUpRow> list(const FollowUpFilter &filter, QString *error) const;
    std::optional<FollowUpRow> recommendation(qint64 id, QString *error) const;
    int overdueCount() const;

    // Validates and appends the update (and the new status, if any) in one
    // transaction. A status of done records the update's date as completion.
    // `alsoStore` writes more in the same transaction once the update is
    // appended (the files attached to it); false undoes it all.
    FollowUpResult addUpdate(const NewFollowUpUpdate &request,
                             const std::function<bool(QString *)> &alsoStore = {});

    // What the visit should verify: recommendations still open from earlier
    // visits to its host, and any it already records a verdict on. Overdue is
    // counted as of the visit's date.
    QList<FollowUpRow> carryOverCandidates(const Visit &visit, QString *error) const;

private:
    Database &m_database;
    QDate m_asOf;
};

// Called by VisitService::save inside its transaction, after the visit is
// written: every verdict that is new or changed against `before` (what the
// visit recorded until now) is appended to the earlier recommendation's log,
// dated on the visit, and moves its status: implemented -> done, partly ->
// in progress, not implemented -> open when it was done. Cancelled stays.
bool applyCarryOverVerdicts(Database &database, const Visit &visit,
                            const QList<CarryOverVerdict> &before, QString *error);

} // namespace vt
