#include "services/FollowUp.h"

#include "services/ChangeHistory.h"
#include "storage/VisitRepository.h"

#include "domain/Clock.h"
#include "domain/Limits.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace vt {
namespace {

struct FollowUpText
{
    Q_DECLARE_TR_FUNCTIONS(vt::FollowUp)
};

// Running-text date of DOMAIN.md (7/6/2023), also in stored notes.
QString runningDate(const QDate &date)
{
    return date.toString(QStringLiteral("d/M/yyyy"));
}

RecommendationStatus statusAfter(Verdict verdict, RecommendationStatus current)
{
    if (current == RecommendationStatus::Cancelled)
        return current;
    switch (verdict) {
    case Verdict::Implemented:
        return RecommendationStatus::Done;
    case Verdict::Partly:
        return RecommendationStatus::InProgress;
    case Verdict::NotImplemented:
        return current == RecommendationStatus::Done ? RecommendationStatus::Open : current;
    }
    return current;
}

FollowUpUpdate updateForVerdict(const Visit &visit, const CarryOverVerdict &verdict)
{
    FollowUpUpdate update;
    update.date = visit.date;
    const QString heading =
        FollowUpText::tr("%1 (verified at the visit “%2” of %3)")
            .arg(displayName(verdict.verdict), visit.title, runningDate(visit.date));
    update.note = verdict.note.trimmed().isEmpty()
                      ? heading
                      : FollowUpText::tr("%1: %2").arg(heading, verdict.note.trimmed());
    if (verdict.verdict == Verdict::Implemented)
        update.progress = limits::kProgressMax;
    update.evidence = visit.ref.isEmpty() ? FollowUpText::tr("Visit %1").arg(visit.id)
                                          : FollowUpText::tr("Visit %1").arg(visit.ref);
    return update;
}

} // namespace

QList<ValidationIssue> validateFollowUpUpdate(const NewFollowUpUpdate &request,
                                              const FollowUpRow &current, const QDate &today)
{
    QList<ValidationIssue> issues;
    const FollowUpUpdate &u = request.update;
    const auto add = [&issues](const char *path, const QString &message) {
        issues.append({QString::fromLatin1(path), message});
    };
    if (!u.date.isValid())
        add("date", FollowUpText::tr("is required"));
    else if (current.lastUpdateDate.isValid() && u.date < current.lastUpdateDate)
        add("date",
            FollowUpText::tr("is before the last update (%1): the log is kept in date order")
                .arg(runningDate(current.lastUpdateDate)));
    else if (today.isValid() && u.date > today)
        add("date", FollowUpText::tr("is after today (%1)").arg(runningDate(today)));
    if (u.note.trimmed().isEmpty())
        add("note", FollowUpText::tr("is required: say what was done"));
    else if (u.note.size() > limits::kLongTextLength)
        add("note", FollowUpText::tr("is too long (%1 characters, at most %2)")
                        .arg(u.note.size())
                        .arg(limits::kLongTextLength));
    if (u.progress && (*u.progress < 0 || *u.progress > limits::kProgressMax))
        add("progress", FollowUpText::tr("must be between 0 and 100"));
    if (u.evidence.size() > limits::kShortTextLength)
        add("evidence", FollowUpText::tr("is too long (%1 characters, at most %2)")
                            .arg(u.evidence.size())
                            .arg(limits::kShortTextLength));
    return issues;
}

FollowUp::FollowUp(Database &database, const QDate &asOf)
    : m_database(database), m_asOf(asOf.isValid() ? asOf : Clock::today())
{
}

QList<FollowUpRow> FollowUp::list(const FollowUpFilter &filter, QString *error) const
{
    return RecommendationQueries(m_database).list(filter, m_asOf, error);
}

std::optional<FollowUpRow> FollowUp::recommendation(qint64 id, QString *error) const
{
    return RecommendationQueries(m_database).row(id, m_asOf, error);
}

int FollowUp::overdueCount() const
{
    return RecommendationQueries(m_database).overdueCount(m_asOf);
}

FollowUpResult FollowUp::addUpdate(const NewFollowUpUpdate &request,
                                   const std::function<bool(QString *)> &alsoStore)
{
    FollowUpResult result;
    NewFollowUpUpdate normalised = request;
    normalised.update.note = request.update.note.normalized(QString::NormalizationForm_C).trimmed();
    normalised.update.evidence =
        request.update.evidence.normalized(QString::NormalizationForm_C).trimmed();

    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        result.error =
            FollowUpText::tr("Could not add the follow-up update: %1").arg(transaction.errorText());
        return result;
    }
    RecommendationQueries queries(m_database);
    // Checked inside the transaction, against the log as it is now.
    const std::optional<FollowUpRow> current =
        queries.row(request.recommendationId, m_asOf, &result.error);
    if (!current)
        return result;
    result.issues = validateFollowUpUpdate(normalised, *current, m_asOf);
    if (!result.issues.isEmpty())
        return result;
    const VisitRepository visits(m_database);
    const std::optional<Visit> before = visits.load(current->visitId, &result.error);
    if (!before)
        return result;
    if (!queries.appendUpdate(request.recommendationId, normalised.update, &result.error))
        return result;
    if (normalised.newStatus && *normalised.newStatus != current->status) {
        if (!queries.setStatus(request.recommendationId, *normalised.newStatus,
                               normalised.update.date, &result.error))
            return result;
    }
    if (!ChangeLog(m_database)
             .append(changesBetween(before, visits.load(current->visitId, &result.error)),
                     &result.error))
        return result;
    if (alsoStore && !alsoStore(&result.error))
        return result;
    result.ok = transaction.commit(&result.error);
    return result;
}

QList<FollowUpRow> FollowUp::carryOverCandidates(const Visit &visit, QString *error) const
{
    RecommendationQueries queries(m_database);
    QList<FollowUpRow> rows = queries.openFromEarlierVisits(visit.host, visit.date, error);
    QSet<qint64> listed;
    for (const FollowUpRow &row : std::as_const(rows))
        listed.insert(row.id);
    // Verdicts already recorded stay visible even when their recommendation is
    // no longer open (the verdict itself may have closed it).
    QList<qint64> missing;
    for (const CarryOverVerdict &verdict : visit.carriedOver) {
        if (!listed.contains(verdict.recommendationId))
            missing.append(verdict.recommendationId);
    }
    const QDate asOf = visit.date.isValid() ? visit.date : m_asOf;
    rows += queries.rows(missing, asOf, error);
    return rows;
}

bool applyCarryOverVerdicts(Database &database, const Visit &visit,
                            const QList<CarryOverVerdict> &before, QString *error)
{
    QHash<qint64, CarryOverVerdict> previous;
    for (const CarryOverVerdict &verdict : before)
        previous.insert(verdict.recommendationId, verdict);
    RecommendationQueries queries(database);
    for (const CarryOverVerdict &verdict : visit.carriedOver) {
        // A verdict recorded before and not changed was applied then.
        if (previous.value(verdict.recommendationId) == verdict)
            continue;
        const std::optional<FollowUpRow> current =
            queries.row(verdict.recommendationId, visit.date, error);
        if (!current)
            return false;
        if (current->visitId == visit.id) {
            if (error)
                *error = FollowUpText::tr("A visit cannot verify its own recommendation “%1”.")
                             .arg(current->text);
            return false;
        }
        if (!queries.appendUpdate(verdict.recommendationId, updateForVerdict(visit, verdict),
                                  error))
            return false;
        const RecommendationStatus status = statusAfter(verdict.verdict, current->status);
        if (status != current->status &&
            !queries.setStatus(verdict.recommendationId, status, visit.date, error))
            return false;
    }
    return true;
}

} // namespace vt
