#include "domain/FollowUpRules.h"

#include <QCoreApplication>

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
    return overdueAgeOf(daysOverdue(rec, today));
}

OverdueAge overdueAgeOf(int days)
{
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

namespace {

// Gives lupdate and the translator the same context for these names.
struct FollowUpRulesText
{
    Q_DECLARE_TR_FUNCTIONS(vt::FollowUpRules)
};

} // namespace

OverdueDays overdueDays(OverdueAge age)
{
    switch (age) {
    case OverdueAge::Days1To30:
        return {1, 30};
    case OverdueAge::Days31To60:
        return {31, 60};
    case OverdueAge::Days61To90:
        return {61, 90};
    case OverdueAge::Over90:
        return {91, 0};
    case OverdueAge::NotOverdue:
        break;
    }
    return {};
}

QString toKey(OverdueAge age)
{
    switch (age) {
    case OverdueAge::Days1To30:
        return QStringLiteral("1-30");
    case OverdueAge::Days31To60:
        return QStringLiteral("31-60");
    case OverdueAge::Days61To90:
        return QStringLiteral("61-90");
    case OverdueAge::Over90:
        return QStringLiteral("over-90");
    case OverdueAge::NotOverdue:
        break;
    }
    return {};
}

std::optional<OverdueAge> overdueAgeFromKey(const QString &key)
{
    for (const OverdueAge age : kOverdueAges) {
        if (toKey(age) == key)
            return age;
    }
    return std::nullopt;
}

QString displayName(OverdueAge age)
{
    switch (age) {
    case OverdueAge::Days1To30:
        return FollowUpRulesText::tr("1–30 days overdue");
    case OverdueAge::Days31To60:
        return FollowUpRulesText::tr("31–60 days overdue");
    case OverdueAge::Days61To90:
        return FollowUpRulesText::tr("61–90 days overdue");
    case OverdueAge::Over90:
        return FollowUpRulesText::tr("Over 90 days overdue");
    case OverdueAge::NotOverdue:
        break;
    }
    return FollowUpRulesText::tr("Not overdue");
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
