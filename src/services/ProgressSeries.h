#pragma once

// The series the progress charts are drawn from (issue 4), as plain values:
// indicators against their plan to date, an indicator's history against its
// plan line, the visit plan against the visits held, and the follow-up of
// recommendations over time and by age. The rules (docs/charts.md):
// - progress = actual ÷ plan to date; the plan to date is the target, or,
//   where the indicator has an "x-schedule", the schedule interpolated
//   linearly at the measurement's date (from zero at the start of a period
//   written as a year, the last scheduled target after the last date);
// - no target, or a target of zero, gives no progress ("no target");
// - bands: progress >= onTrack is on track, >= near is near, else behind.

#include "storage/ProgressQueries.h"

#include <QDate>
#include <QList>
#include <QString>
#include <array>
#include <optional>

namespace vt {

class Database;

struct ProgressThresholds
{
    double onTrack = 1.0; // fraction of the plan to date
    double near = 0.9;

    bool operator==(const ProgressThresholds &) const = default;
};

enum class ProgressBand
{
    NoTarget,
    Behind,
    Near,
    OnTrack
};

struct SchedulePoint
{
    QDate date;
    double target = 0;

    bool operator==(const SchedulePoint &) const = default;
};

// One indicator of one host at its latest measurement as of the chart's date.
struct IndicatorProgress
{
    qint64 visitId = 0; // the visit that measured it
    QDate visitDate;
    QString host;
    QString name;
    QString unit;
    QString period;
    std::optional<double> target; // the target for the whole period
    double actual = 0;
    QDate asOf;
    QList<SchedulePoint> schedule;    // empty without "x-schedule"
    std::optional<double> planToDate; // what the plan asks for by asOf
    std::optional<double> progress;   // actual ÷ planToDate
    ProgressBand band = ProgressBand::NoTarget;
};

// Hosts per band for one indicator name (all hosts in scope).
struct IndicatorBandCounts
{
    QString name;
    QString unit;
    std::array<int, 4> hosts{}; // indexed by ProgressBand
};

// Every measurement of one indicator of one host and its plan line.
struct IndicatorHistory
{
    QString host;
    QString name;
    QString unit;
    QString period;
    QList<IndicatorMeasurement> measurements; // oldest first
    QList<SchedulePoint> planLine; // the schedule (from zero at the period's start), or the target
};

// Cumulative visits by month: every visit scheduled in the month or before
// (planned, held or cancelled: all were planned) against those held.
struct VisitPlanSeries
{
    QList<QDate> months;    // first day of each month
    QList<int> planned;     // cumulative
    QList<int> held;        // cumulative; held, concluded or closed
    int plannedPastDue = 0; // still planned although their date is before the as-of date
    int cancelled = 0;
};

// The recommendations made in the period, by status at each month's end
// (approximations in docs/charts.md).
struct RecommendationStatusSeries
{
    QList<QDate> months; // first day of each month
    QList<int> open;
    QList<int> inProgress;
    QList<int> overdue; // open or in progress and past due at the month's end
    QList<int> done;
    QList<int> cancelled;
};

struct ProgressRequest
{
    ProgressScope scope;
    QString period;    // empty: the latest period measured
    QDate asOf;        // invalid: Clock::today()
    QString indicator; // the one hosts are ranked on; empty: the most measured
};

// Everything the dashboard draws, for one request.
struct DashboardSeries
{
    ProgressRequest request;             // with the period and date filled in
    QList<IndicatorProgress> indicators; // latest per (host, name) of the period
    QList<IndicatorBandCounts> bandsByIndicator;
    QString rankedIndicator;              // the indicator the host ranking compares
    QList<IndicatorProgress> hostRanking; // best first
    VisitPlanSeries plan;
    RecommendationStatusSeries recommendations;
    QList<OverdueAgeCounts> overdue; // most overdue host first
};

// Pure rules, testable without a database.
ProgressBand bandOf(std::optional<double> progress, const ProgressThresholds &thresholds);
QList<SchedulePoint> scheduleFromJson(const QString &json);
std::optional<double> planToDate(const QList<SchedulePoint> &schedule, std::optional<double> target,
                                 const QString &period, const QDate &date);
std::optional<double> progressOf(double actual, std::optional<double> plan);
// The plan line of a history: the schedule (from zero at the start of a year
// period), else the target across the period (or the measured dates).
QList<SchedulePoint> planLineOf(const QList<SchedulePoint> &schedule, std::optional<double> target,
                                const QString &period, const QDate &firstMeasured,
                                const QDate &lastMeasured);

class ProgressSeries final
{
public:
    ProgressSeries(Database &database, ProgressThresholds thresholds = {});

    // Fills in an empty period (the latest measured) and an invalid date.
    ProgressRequest resolved(const ProgressRequest &request, QString *error) const;

    QList<IndicatorProgress> indicators(const ProgressRequest &request, QString *error) const;
    QList<IndicatorBandCounts> bandsByIndicator(const QList<IndicatorProgress> &indicators) const;
    // Hosts measured on `name` in the period (every host of the scope's
    // delegation), by progress: best first, no target last.
    QList<IndicatorProgress> hostRanking(const ProgressRequest &request, const QString &name,
                                         QString *error) const;
    static QList<IndicatorProgress> ranked(QList<IndicatorProgress> measured, const QString &name);
    // The indicator the most hosts measured in the period (the default of the ranking).
    QString mostMeasuredIndicator(const ProgressRequest &request, QString *error) const;
    IndicatorHistory history(const QString &host, const QString &name, const QString &period,
                             const QDate &asOf, QString *error) const;
    // The months of the period when it is a year, else the twelve months to asOf.
    VisitPlanSeries visitPlan(const ProgressRequest &request, QString *error) const;
    RecommendationStatusSeries recommendationStatus(const ProgressRequest &request,
                                                    QString *error) const;
    QList<OverdueAgeCounts> overdueByHost(const ProgressRequest &request, QString *error) const;

    // Everything at once. On a large file the overdue series, the largest
    // part, is read on a second core, with a read-only connection of its own,
    // while this thread reads the rest (not inside an open transaction, whose
    // changes the second connection would not see).
    DashboardSeries dashboard(const ProgressRequest &request, QString *error) const;
    static constexpr qint64 kSecondReaderFromBytes = 256LL * 1024 * 1024;
    // From what file size the second connection is used (tests: 0, always).
    void setSecondReaderFromBytes(qint64 bytes) { m_secondReaderFromBytes = bytes; }

    // The first month and the number of months the monthly series cover.
    static std::pair<QDate, int> monthWindow(const ProgressRequest &resolvedRequest);

private:
    IndicatorProgress progressFrom(const IndicatorMeasurement &m) const;

    bool useSecondReader() const;

    Database &m_database;
    ProgressThresholds m_thresholds;
    qint64 m_secondReaderFromBytes = kSecondReaderFromBytes;
};

} // namespace vt
