#pragma once

// The "Dashboard" tab (issue 4): who is behind plan on which indicator, and
// whether the delegations keep to their visit plan, at a glance. Six charts
// under one filter bar; read when the tab is shown and again whenever records
// change (DatabaseSession::visitsChanged), never from stale figures. Clicks
// open the visit behind a bar or point, or the follow-up list of a host.
//
// On a large file the figures are read on another thread (ReadingApart):
// 0.3 s at 100,000 visits, for every filter changed. The charts shown stay,
// under a busy cursor and a line saying so, until the new ones arrive.

#include "services/DashboardFigures.h"
#include "storage/ReadingApart.h"

#include <QWidget>

#include <memory>
#include <vector>

class QLabel;
class QShowEvent;

namespace vt {

class ChartPane;
class DashboardFilterBar;
class DatabaseSession;
class ReadingApart;

class DashboardView final : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardView(DatabaseSession &session, QWidget *parent = nullptr);
    ~DashboardView() override;

    // Reads the series with the current filters and redraws every chart: at
    // once, or when read on another thread (refreshed() tells).
    void refresh();
    // From this file size on (kReadApartFromBytes), the figures are read on
    // another thread. Tests: 0.
    void setReadApartFromBytes(qint64 bytes) { m_readApartFromBytes = bytes; }
    bool isReading() const { return bool(m_reading); }

    DashboardFilterBar *filterBar() const { return m_filters; }
    ChartPane *indicatorPane() const { return m_indicators; }
    ChartPane *historyPane() const { return m_history; }
    ChartPane *rankingPane() const { return m_ranking; }
    ChartPane *planPane() const { return m_plan; }
    ChartPane *recommendationPane() const { return m_recommendations; }
    ChartPane *overduePane() const { return m_overdue; }
    const DashboardSeries &series() const { return m_series; }

signals:
    // The charts show the figures of the current filters.
    void refreshed();
    void visitActivated(qint64 visitId);
    // The follow-up list of overdue recommendations, of one host or all (empty).
    void overdueFollowUpRequested(const QString &host);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refreshWhenVisible();
    bool readsApart() const;
    // Cancels every reading apart and waits for their threads.
    void stopReading();
    // On the window's thread once a reading apart is over; the reading of an
    // earlier choice of filters (another generation) is ignored.
    void figuresRead(quint64 generation);
    void showFigures(const DashboardFigures &figures, const QString &error);
    void redraw();

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
    qint64 m_readApartFromBytes = kReadApartFromBytes;
    quint64 m_generation = 0; // counts the readings started
    std::unique_ptr<ReadingApart> m_reading;
    std::shared_ptr<DashboardFigures> m_read;
    // Cancelled readings still running; waited for by the destructor.
    std::vector<std::unique_ptr<ReadingApart>> m_droppedReadings;
    bool m_stale = true;      // out of date: read when next shown
    bool m_listsStale = true; // the filter lists too
};

} // namespace vt
