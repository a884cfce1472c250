#include "domain/FollowUpRules.h"

namespace vt {

bool isOverdue(const Recommendation &rec, const QDate &today)
{
    if (rec.status == RecommendationStatus::Done || rec.status == RecommendationStatus::Cancelled)
        return false;
    return rec.due.isValid() && today.isValid() && rec.due < today;
}

int daysOverdue(const Recommendation &rec, const QDate &today)
{
    return isOverdue(rec, today) ? int(rec.due.daysTo(today)) : 0;
}

OverdueAge overdueAge(const Recommendation &rec, const QDate &today)
{
    const int days = daysOverdue(rec, today);
    if (days <= 0)
        return OverdueAge::NotOverdue;
    if (days <= 30)
        return OverdueAge::Days1To30;
    if (days <= 60)
        return OverdueAge::Days31To60;
    if (days <= 90)
        return OverdueAge::Days61To90;
    return OverdueAge::Over90;
}

CompletionTiming completionTiming(const Recommendation &rec)
{
    if (rec.status != RecommendationStatus::Done)
        return CompletionTiming::NotDone;
    // Without a deadline, or without a recorded completion date, there is
    // nothing to be late against.
    if (!rec.due.isValid() || !rec.completed.isValid())
        return CompletionTiming::OnTime;
    return rec.completed <= rec.due ? CompletionTiming::OnTime : CompletionTiming::Late;
}

std::optional<int> latestProgress(const Recommendation &rec)
{
    for (auto it = rec.updates.crbegin(); it != rec.updates.crend(); ++it) {
        if (it->progress)
            return it->progress;
    }
    return std::nullopt;
}

} // namespace vt
