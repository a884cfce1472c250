#pragma once

// Everything the dashboard shows for one choice of its filters: the series of
// its six charts, the indicator history of the host chosen (or of the host
// furthest behind), and the indicators its filter bar offers. Read in one go,
// with one connection, so that the window can have it read on another thread
// (DashboardView: 0.3 s at 100,000 visits).

#include "services/ProgressSeries.h"

#include <QList>

namespace vt {

class Database;

struct DashboardFigures
{
    DashboardSeries series;
    IndicatorHistory history;
    // The indicators of the period, the one most hosts measured first.
    QList<NameCount> indicatorNames;
};

DashboardFigures readDashboardFigures(Database &database, const ProgressThresholds &thresholds,
                                      const ProgressRequest &request, QString *error);

} // namespace vt
