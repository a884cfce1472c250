#pragma once

// How the review lists describe the recommendations that address a finding:
// the stored status, or the derived one (overdue, done on time / late) as of a
// date (DOMAIN.md, status rules). Shared by the views, exports and the CLI.

#include "domain/Visit.h"
#include "storage/FindingQueries.h"

#include <QDate>
#include <QString>

namespace vt {

// The domain record of a linked recommendation, for the FollowUpRules.
Recommendation recommendationOf(const LinkedRecommendation &link);

// "overdue" when overdue as of `asOf`, else the stored key ("open", "done"...).
QString statusKeyOf(const LinkedRecommendation &link, const QDate &asOf);
// Translated: "Quá hạn 12 ngày", "Hoàn thành đúng hạn", "Đang thực hiện"...
QString statusTextOf(const LinkedRecommendation &link, const QDate &asOf);
bool isOverdue(const LinkedRecommendation &link, const QDate &asOf);

// One line per recommendation: "text (status)", translated.
QString recommendationsText(const FindingRow &row, const QDate &asOf);
// For scripts: "text [status-key]" joined with "; ".
QString recommendationsKeys(const FindingRow &row, const QDate &asOf);

} // namespace vt
