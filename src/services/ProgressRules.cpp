// The pure rules of progress against plan (ProgressSeries.h): bands, the
// "x-schedule" extension and the plan to date.

#include "services/ProgressSeries.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <algorithm>

namespace vt {
namespace {

// A period written as a year ("2023") starts on 1 January: the plan grows
// from zero there. Other periods ("2020-2025", "Q3/2023") have no known start.
QDate periodStart(const QString &period)
{
    static const QRegularExpression year(QStringLiteral("^\\d{4}$"));
    if (!year.match(period).hasMatch())
        return {};
    return QDate(period.toInt(), 1, 1);
}

double interpolate(const SchedulePoint &a, const SchedulePoint &b, const QDate &date)
{
    const qint64 span = a.date.daysTo(b.date);
    if (span <= 0)
        return b.target;
    return a.target + (b.target - a.target) * double(a.date.daysTo(date)) / double(span);
}

} // namespace

ProgressBand bandOf(std::optional<double> progress, const ProgressThresholds &thresholds)
{
    if (!progress)
        return ProgressBand::NoTarget;
    // A little tolerance so that 99,99…% computed from decimals still counts as 100%.
    constexpr double kEpsilon = 1e-9;
    if (*progress + kEpsilon >= thresholds.onTrack)
        return ProgressBand::OnTrack;
    if (*progress + kEpsilon >= thresholds.near)
        return ProgressBand::Near;
    return ProgressBand::Behind;
}

QList<SchedulePoint> scheduleFromJson(const QString &json)
{
    QList<SchedulePoint> points;
    if (json.isEmpty())
        return points;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8());
    const QJsonArray array = document.array();
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        const QDate date =
            QDate::fromString(object.value(QLatin1StringView("date")).toString(), Qt::ISODate);
        const QJsonValue target = object.value(QLatin1StringView("target"));
        // A point without a date or a number cannot be placed on the plan line.
        if (date.isValid() && target.isDouble())
            points.append({date, target.toDouble()});
    }
    std::stable_sort(
        points.begin(), points.end(),
        [](const SchedulePoint &a, const SchedulePoint &b) { return a.date < b.date; });
    return points;
}

std::optional<double> planToDate(const QList<SchedulePoint> &schedule, std::optional<double> target,
                                 const QString &period, const QDate &date)
{
    if (schedule.isEmpty())
        return target;
    if (!date.isValid() || date >= schedule.constLast().date)
        return schedule.constLast().target;
    if (date < schedule.constFirst().date) {
        const QDate start = periodStart(period);
        if (!start.isValid() || start >= schedule.constFirst().date)
            return schedule.constFirst().target;
        return interpolate({start, 0}, schedule.constFirst(), std::max(date, start));
    }
    for (qsizetype i = 1; i < schedule.size(); ++i) {
        if (date < schedule.at(i).date)
            return interpolate(schedule.at(i - 1), schedule.at(i), date);
    }
    return schedule.constLast().target;
}

std::optional<double> progressOf(double actual, std::optional<double> plan)
{
    // A target of zero (or none) cannot be reached by a share: "no target".
    if (!plan || *plan <= 0)
        return std::nullopt;
    return actual / *plan;
}

QList<SchedulePoint> planLineOf(const QList<SchedulePoint> &schedule, std::optional<double> target,
                                const QString &period, const QDate &firstMeasured,
                                const QDate &lastMeasured)
{
    const QDate start = periodStart(period);
    if (!schedule.isEmpty()) {
        QList<SchedulePoint> line = schedule;
        if (start.isValid() && start < schedule.constFirst().date)
            line.prepend({start, 0});
        return line;
    }
    if (!target)
        return {};
    if (start.isValid())
        return {{start, *target}, {QDate(start.year(), 12, 31), *target}};
    return {{firstMeasured, *target}, {lastMeasured, *target}};
}

} // namespace vt
