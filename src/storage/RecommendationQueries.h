#pragma once

// The follow-up of recommendations across all visits (issue 3): the list with
// its filters, the overdue count, the open recommendations an earlier visit
// left to a host, and appending to a recommendation's follow-up log. Derived
// states (overdue, days overdue) are computed against an as-of date the
// caller gives, never stored. Writes expect the caller to hold a Transaction.

#include "domain/CarryOver.h"
#include "domain/Enums.h"
#include "domain/FollowUpRules.h"
#include "domain/Visit.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace vt {

class Database;

struct FollowUpFilter
{
    QString host;                     // substring, diacritic-insensitive
    bool includeSubordinates = false; // and the units under the matching hosts
    QString responsible;              // substring, diacritic-insensitive
    QString text;                     // words of the recommendation text, diacritic-insensitive
    std::optional<RecommendationStatus> status;
    bool overdueOnly = false; // not done or cancelled, due before the as-of date
    // Only overdue recommendations in this age bucket (implies overdueOnly).
    std::optional<OverdueAge> overdueAge;

    bool operator==(const FollowUpFilter &) const = default;
};

struct FollowUpRow
{
    qint64 id = 0; // recommendation id
    qint64 visitId = 0;
    QDate visitDate;
    QString visitTitle;
    QString host;
    QString text;
    QString responsible;
    QDate due;
    RecommendationStatus status = RecommendationStatus::Open;
    QDate completed;
    int daysOverdue = 0; // as of the as-of date of the query; 0 when not overdue
    int updateCount = 0;
    QDate lastUpdateDate;
    QString lastUpdateNote;
    std::optional<int> lastProgress; // latest progress reported in the log

    bool isOverdue() const { return daysOverdue > 0; }
};

class RecommendationQueries final
{
public:
    explicit RecommendationQueries(Database &database);

    // Overdue first (most overdue first), then by due date, undated last.
    QList<FollowUpRow> list(const FollowUpFilter &filter, const QDate &asOf, QString *error) const;
    // The recommendations with these ids, in the list order.
    QList<FollowUpRow> rows(const QList<qint64> &ids, const QDate &asOf, QString *error) const;
    std::optional<FollowUpRow> row(qint64 id, const QDate &asOf, QString *error) const;
    int overdueCount(const QDate &asOf) const;

    // Recommendations still open or in progress from visits to the host
    // (by name) dated before `before`, oldest visit first; overdue as of `before`.
    QList<FollowUpRow> openFromEarlierVisits(const QString &host, const QDate &before,
                                             QString *error) const;

    // The verdicts a stored visit records (empty for a visit not stored).
    QList<CarryOverVerdict> verdictsOf(qint64 visitId, QString *error) const;

    // Appends one update at the end of the log (seq = last + 1); earlier
    // updates are never touched.
    bool appendUpdate(qint64 recommendationId, const FollowUpUpdate &update, QString *error);
    // Sets the stored status; `completed` is kept only for done.
    bool setStatus(qint64 recommendationId, RecommendationStatus status, const QDate &completed,
                   QString *error);

private:
    Database &m_database;
};

} // namespace vt
