#pragma once

// Progress against plan (issue 4), aggregated in SQL so that the dashboard
// reads a few hundred rows whatever the size of the database: the latest
// measurement of each indicator, an indicator's history, visits per month and
// status, recommendations grouped by the months of their events, and overdue
// recommendations per host and age bucket. Series are computed from these rows
// in services/ProgressSeries.

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <array>
#include <optional>

namespace vt {

class Database;

// Which visits count. Host and delegation are whole names, compared folded
// (accents and case optional); empty means every host or delegation.
struct ProgressScope
{
    QString host;
    QString delegation;

    bool operator==(const ProgressScope &) const = default;
};

// One measurement of an indicator at a visit.
struct IndicatorMeasurement
{
    qint64 visitId = 0;
    QDate visitDate;
    QString host;
    QString name;
    QString unit;
    QString period;
    std::optional<double> target;
    double actual = 0;
    QDate asOf;           // the measurement's own date, else the visit's date
    QString scheduleJson; // the "x-schedule" extension as JSON text, if any
};

struct NameCount
{
    QString name;
    int count = 0;
};

// Visits of one month ("YYYY-MM") with one stored status.
struct MonthStatusCount
{
    QString month;
    QString status; // the stored key: planned, held, concluded, closed, cancelled
    int count = 0;
};

// Recommendations grouped by the months in which things happened to them,
// counted from the first month of a window (0 = its first month); a month
// before the window is -1, one after it (or never) is kNever.
struct RecommendationEventGroup
{
    static constexpr int kNever = 1000;
    int created = 0;     // the month of the visit that made it
    int firstUpdate = 0; // the month of its first follow-up update
    int ended = 0;       // the month it was done (completed) or cancelled
    int overdueFrom = 0; // the first month whose last day is after the due date
    bool cancelled = false;
    int count = 0;
};

// Overdue recommendations of one host, by age: 1–30, 31–60, 61–90, over 90 days.
struct OverdueAgeCounts
{
    QString host;
    std::array<int, 4> buckets{};

    int total() const { return buckets[0] + buckets[1] + buckets[2] + buckets[3]; }
    bool operator==(const OverdueAgeCounts &) const = default;
};

class ProgressQueries final
{
public:
    explicit ProgressQueries(Database &database);

    // Host and delegation names in use (as written on visits), sorted.
    QStringList hostNames(QString *error) const;
    QStringList delegationNames(QString *error) const;
    // Periods with measurements at visits held by asOf, newest first.
    QStringList periods(const ProgressScope &scope, const QDate &asOf, QString *error) const;
    // Indicator names measured in the period with the number of hosts that
    // measured them, most hosts first.
    QList<NameCount> indicatorNames(const ProgressScope &scope, const QString &period,
                                    const QDate &asOf, QString *error) const;

    // The latest measurement, as of asOf, of each indicator (host, name,
    // period) of the period; only the indicator `name` when it is not empty.
    // The schedule is the one of the latest measurement that carries one.
    QList<IndicatorMeasurement> latestMeasurements(const ProgressScope &scope,
                                                   const QString &period, const QString &name,
                                                   const QDate &asOf, QString *error) const;
    // Every measurement of one indicator of one host, oldest first.
    QList<IndicatorMeasurement> history(const QString &host, const QString &name,
                                        const QString &period, const QDate &asOf,
                                        QString *error) const;

    // Visits dated from `from` to `to`, counted by month and status.
    QList<MonthStatusCount> visitsByMonth(const ProgressScope &scope, const QDate &from,
                                          const QDate &to, QString *error) const;
    // Recommendations made by visits in the window, `months` long from the
    // month of `first`, grouped by the months of their events.
    QList<RecommendationEventGroup> recommendationEvents(const ProgressScope &scope,
                                                         const QDate &first, int months,
                                                         QString *error) const;
    // Open and in-progress recommendations due before asOf, per host.
    QList<OverdueAgeCounts> overdueByHost(const ProgressScope &scope, const QDate &asOf,
                                          QString *error) const;

private:
    Database &m_database;
};

} // namespace vt
