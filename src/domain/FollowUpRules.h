#pragma once

// Derived follow-up states (DOMAIN.md, "Status rules"). They are computed from
// the stored status and dates against an injectable "today", never stored.

#include "domain/Visit.h"

#include <QDate>

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
// Done on time / done late, by completion date against due date.
CompletionTiming completionTiming(const Recommendation &rec);
// Latest progress reported in the update log, if any.
std::optional<int> latestProgress(const Recommendation &rec);

} // namespace vt
