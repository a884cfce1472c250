#pragma once

// Derived follow-up states (DOMAIN.md, "Status rules"). They are computed from
// the stored status and dates against an injectable "today", never stored.

#include "domain/Visit.h"

#include <QDate>
#include <QString>

#include <optional>

namespace vt {

enum class CompletionTiming
{
    NotDone,
    OnTime,
    Late
};
enum class OverdueAge
{
    NotOverdue,
    Days1To30,
    Days31To60,
    Days61To90,
    Over90
};

// Not done or cancelled and the due date is before today.
bool isOverdue(const Recommendation &rec, const QDate &today);
// Days past the due date for an overdue recommendation, else 0.
int daysOverdue(const Recommendation &rec, const QDate &today);
OverdueAge overdueAge(const Recommendation &rec, const QDate &today);
// The bucket of a number of days overdue (0 or less: not overdue).
OverdueAge overdueAgeOf(int daysOverdue);

// The overdue age buckets in order (1–30, 31–60, 61–90, over 90 days).
inline constexpr OverdueAge kOverdueAges[] = {OverdueAge::Days1To30, OverdueAge::Days31To60,
                                              OverdueAge::Days61To90, OverdueAge::Over90};
// Days overdue a bucket spans, both ends included; `last` is 0 for "over 90".
struct OverdueDays
{
    int first = 0;
    int last = 0;
};
OverdueDays overdueDays(OverdueAge age);
// Stable keys for the command line ("1-30", "31-60", "61-90", "over-90").
QString toKey(OverdueAge age);
std::optional<OverdueAge> overdueAgeFromKey(const QString &key);
// "1–30 days overdue" in the interface language.
QString displayName(OverdueAge age);
// Done on time / done late, by completion date against due date.
CompletionTiming completionTiming(const Recommendation &rec);
// Latest progress reported in the update log, if any.
std::optional<int> latestProgress(const Recommendation &rec);

} // namespace vt
