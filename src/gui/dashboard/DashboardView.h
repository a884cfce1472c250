#pragma once

// The "Dashboard" tab (issue 4): who is behind plan on which indicator, and
// whether the delegations keep to their visit plan, at a glance. Six charts
// under one filter bar; read when the tab is shown and again whenever records
// change (DatabaseSession::visitsChanged), never from stale figures. Clicks
// open the visit behind a bar or point, or the follow-up list of a host.

#include "services/ProgressSeries.h"

#include <QWidget>

class QLabel;
class QShowEvent;

namespace vt {

class ChartPane;
class DashboardFilterBar;
class DatabaseSession;

class DashboardView final : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardView(DatabaseSession &session, QWidget *parent = nullptr);

    // Reads the series with the current filters and redraws every chart.
    void refresh();

    DashboardFilterBar *filterBar() const { return m_filters; }
    ChartPane *indicatorPane() const { return m_indicators; }
    ChartPane *historyPane() const { return m_history; }
    ChartPane *rankingPane() const { return m_ranking; }
    ChartPane *planPane() const { return m_plan; }
    ChartPane *recommendationPane() const { return m_recommendations; }
    ChartPane *overduePane() const { return m_overdue; }
    const DashboardSeries &series() const { return m_series; }

signals:
    void visitActivated(qint64 visitId);
    // The follow-up list of overdue recommendations, of one host or all (empty).
    void overdueFollowUpRequested(const QString &host);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refreshWhenVisible();
    void redraw();
    // The indicators of the period, the one most hosts measured first.
    QList<NameCount> indicatorNames(QString *error) const;

    DatabaseSession &m_session;
    DashboardFilterBar *m_filters = nullptr;
    QLabel *m_summary = nullptr;
    ChartPane *m_indicators = nullptr;
    ChartPane *m_history = nullptr;
    ChartPane *m_ranking = nullptr;
    ChartPane *m_plan = nullptr;
    ChartPane *m_recommendations = nullptr;
    ChartPane *m_overdue = nullptr;
    DashboardSeries m_series;
    IndicatorHistory m_historySeries;
    bool m_stale = true;      // out of date: read when next shown
    bool m_listsStale = true; // the filter lists too
};

} // namespace vt
