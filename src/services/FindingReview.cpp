#include "services/FindingReview.h"

#include "domain/FollowUpRules.h"

#include <QCoreApplication>
#include <QStringList>

namespace vt {
namespace {

// lupdate and the translator share this context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(vt::FindingReview)
};

} // namespace

Recommendation recommendationOf(const LinkedRecommendation &link)
{
    Recommendation recommendation;
    recommendation.text = link.text;
    recommendation.responsible = link.responsible;
    recommendation.due = link.due;
    recommendation.status = link.status;
    recommendation.completed = link.completed;
    return recommendation;
}

bool isOverdue(const LinkedRecommendation &link, const QDate &asOf)
{
    return vt::isOverdue(recommendationOf(link), asOf);
}

QString statusKeyOf(const LinkedRecommendation &link, const QDate &asOf)
{
    return isOverdue(link, asOf) ? QStringLiteral("overdue") : toKey(link.status);
}

QString statusTextOf(const LinkedRecommendation &link, const QDate &asOf)
{
    const Recommendation recommendation = recommendationOf(link);
    if (vt::isOverdue(recommendation, asOf)) {
        const int days = daysOverdue(recommendation, asOf);
        return Text::tr("Overdue %n day(s)", nullptr, days);
    }
    switch (completionTiming(recommendation)) {
    case CompletionTiming::OnTime:
        return Text::tr("Done on time");
    case CompletionTiming::Late:
        return Text::tr("Done late");
    case CompletionTiming::NotDone:
        break;
    }
    return displayName(link.status);
}

QString recommendationsText(const FindingRow &row, const QDate &asOf)
{
    QStringList lines;
    for (const LinkedRecommendation &link : row.recommendations)
        lines.append(Text::tr("%1 (%2)").arg(link.text, statusTextOf(link, asOf)));
    return lines.join(QLatin1Char('\n'));
}

QString recommendationsKeys(const FindingRow &row, const QDate &asOf)
{
    QStringList parts;
    for (const LinkedRecommendation &link : row.recommendations)
        parts.append(link.text + QStringLiteral(" [") + statusKeyOf(link, asOf) + QLatin1Char(']'));
    return parts.join(QStringLiteral("; "));
}

} // namespace vt
