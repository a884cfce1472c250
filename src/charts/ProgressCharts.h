#pragma once

// The progress charts (issue 4), each built from a series of
// services/ProgressSeries into a new QChart the caller owns: shown in a
// QChartView by the dashboard, rendered to PNG or PDF by the command line,
// drawn on paper by printed documents. Builders never read the database.
//
// Drill-down: each bar set and line carries the keys of the records behind
// its bars or points as dynamic properties (kVisitIdsProperty: a QVariantList
// of visit ids, kHostsProperty: a QStringList of host names, in bar or point
// order), so a view can open what the user clicked; kTooltipsProperty holds
// the text of each bar's or point's tooltip, figures in the style's locale.

#include "charts/ChartStyle.h"
#include "services/ProgressSeries.h"

#include <QChart>
#include <memory>

namespace vt::charts {

inline constexpr char kVisitIdsProperty[] = "vtVisitIds";
inline constexpr char kHostsProperty[] = "vtHosts";
inline constexpr char kTooltipsProperty[] = "vtTooltips";

// One host's indicators: progress against the plan to date, a bar per
// indicator coloured by band, labelled with the figure.
std::unique_ptr<QChart> buildIndicatorChart(const QList<IndicatorProgress> &indicators,
                                            const ChartStyle &style);
// Every host in scope: per indicator, how many hosts are on track, near, behind.
std::unique_ptr<QChart> buildIndicatorBandsChart(const QList<IndicatorBandCounts> &counts,
                                                 const QString &period, const ChartStyle &style);
// One indicator's measurements over time against its plan line (date axis).
std::unique_ptr<QChart> buildIndicatorHistoryChart(const IndicatorHistory &history,
                                                   const ChartStyle &style);
// One indicator across hosts, ranked by progress (horizontal bars).
std::unique_ptr<QChart> buildHostRankingChart(const QList<IndicatorProgress> &ranking,
                                              const QString &indicator, const ChartStyle &style);
// Planned visits against visits held, cumulative by month.
std::unique_ptr<QChart> buildVisitPlanChart(const VisitPlanSeries &plan, const ChartStyle &style);
// Recommendations by status at each month's end (stacked bars).
std::unique_ptr<QChart> buildRecommendationStatusChart(const RecommendationStatusSeries &series,
                                                       const ChartStyle &style);
// Overdue recommendations per host by age (stacked horizontal bars).
std::unique_ptr<QChart> buildOverdueChart(const QList<OverdueAgeCounts> &overdue, const QDate &asOf,
                                          const ChartStyle &style);

} // namespace vt::charts
