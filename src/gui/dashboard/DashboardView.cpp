#include "gui/dashboard/DashboardView.h"

#include "gui/WaitCursor.h"

#include "charts/ProgressCharts.h"
#include "gui/DatabaseSession.h"
#include "gui/dashboard/ChartPane.h"
#include "gui/dashboard/DashboardFilterBar.h"
#include "storage/Database.h"
#include "storage/ReadingApart.h"

#include <QApplication>
#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace vt {

DashboardView::DashboardView(DatabaseSession &session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("dashboardView"));
    m_filters = new DashboardFilterBar(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("dashboardSummary"));
    m_summary->setWordWrap(true);
    m_summary->setContentsMargins(8, 2, 8, 2);

    auto *grid = new QWidget;
    auto *gridLayout = new QGridLayout(grid);
    m_indicators = new ChartPane(QStringLiteral("indicators"), grid);
    m_history = new ChartPane(QStringLiteral("indicator-history"), grid);
    m_ranking = new ChartPane(QStringLiteral("hosts"), grid);
    m_plan = new ChartPane(QStringLiteral("visit-plan"), grid);
    m_recommendations = new ChartPane(QStringLiteral("recommendations"), grid);
    m_overdue = new ChartPane(QStringLiteral("overdue"), grid);
    gridLayout->addWidget(m_indicators, 0, 0);
    gridLayout->addWidget(m_ranking, 0, 1);
    gridLayout->addWidget(m_history, 1, 0);
    gridLayout->addWidget(m_plan, 1, 1);
    gridLayout->addWidget(m_recommendations, 2, 0);
    gridLayout->addWidget(m_overdue, 2, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(grid);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filters);
    layout->addWidget(m_summary);
    layout->addWidget(scroll, 1);

    connect(m_filters, &DashboardFilterBar::changed, this, [this] {
        // The periods measured depend on the date and the delegation chosen.
        m_listsStale = true;
        refreshWhenVisible();
    });
    connect(&m_session, &DatabaseSession::visitsChanged, this, [this] {
        m_listsStale = true;
        refreshWhenVisible();
    });
    // A reading of the file on another thread must be over before the file
    // is closed or replaced; the figures are read again from what is open then.
    connect(&m_session, &DatabaseSession::fileClosing, this, [this] {
        stopReading();
        m_listsStale = true;
        m_stale = true;
        QTimer::singleShot(0, this, &DashboardView::refreshWhenVisible);
    });
    connect(&m_session, &DatabaseSession::databaseOpened, this, [this] {
        m_listsStale = true;
        refreshWhenVisible();
    });

    // Drill-down: the visit behind a bar or point, or the follow-up list.
    for (ChartPane *pane : {m_indicators, m_history, m_ranking})
        connect(pane, &ChartPane::visitClicked, this, &DashboardView::visitActivated);
    connect(m_indicators, &ChartPane::categoryClicked, this, [this](int index, const QString &) {
        // Hosts per band: the indicator clicked becomes the one compared.
        const auto &bands = m_series.bandsByIndicator;
        if (index >= 0 && index < bands.size())
            m_filters->setIndicator(bands.at(bands.size() - 1 - index).name);
    });
    connect(m_overdue, &ChartPane::hostClicked, this,
            [this](const QString &host) { emit overdueFollowUpRequested(host); });
    connect(m_recommendations, &ChartPane::categoryClicked, this,
            [this] { emit overdueFollowUpRequested({}); });
}

void DashboardView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void DashboardView::refreshWhenVisible()
{
    if (isVisible())
        refresh();
    else
        m_stale = true;
}

DashboardView::~DashboardView()
{
    stopReading(); // each reading calls back into this view until it is over
}

void DashboardView::stopReading()
{
    ++m_generation; // a message already posted by a reading is ignored
    if (m_reading) {
        m_reading->cancel();
        m_reading.reset(); // waits for its thread
        unsetCursor();
    }
    m_read.reset();
    m_droppedReadings.clear();
}

bool DashboardView::readsApart() const
{
    return isWorthReadingApart(m_session.database(), m_readApartFromBytes);
}

void DashboardView::refresh()
{
    m_stale = false;
    if (!m_session.isOpen())
        return;
    if (m_listsStale) {
        m_filters->reload(m_session.database());
        m_listsStale = false;
    }
    ++m_generation;
    if (m_reading) {
        m_reading->cancel();
        m_droppedReadings.push_back(std::move(m_reading));
        unsetCursor();
    }
    std::erase_if(m_droppedReadings, [](const auto &reading) { return reading->isFinished(); });
    const ProgressThresholds thresholds = m_filters->thresholds();
    const ProgressRequest request = m_filters->request();
    if (!readsApart()) {
        const WaitCursor busy;
        QString error;
        showFigures(readDashboardFigures(m_session.database(), thresholds, request, &error), error);
        return;
    }
    auto read = std::make_shared<DashboardFigures>();
    m_reading = std::make_unique<ReadingApart>(
        m_session.database().filePath(),
        [read, thresholds, request](Database &reader, QString *error) {
            *read = readDashboardFigures(reader, thresholds, request, error);
            return true;
        },
        // The destructor waits for the reading: `this` outlives the call.
        [this, generation = m_generation] {
            QMetaObject::invokeMethod(
                this, [this, generation] { figuresRead(generation); }, Qt::QueuedConnection);
        });
    m_read = std::move(read);
    setCursor(Qt::BusyCursor);
    m_summary->setText(tr("Reading the figures…"));
}

void DashboardView::figuresRead(quint64 generation)
{
    if (generation != m_generation || !m_reading)
        return;
    const bool succeeded = m_reading->succeeded();
    m_reading.reset();
    unsetCursor();
    QString error;
    if (succeeded) {
        showFigures(*m_read, error);
    } else {
        // Not readable apart (or failed there): read here, telling what failed.
        const WaitCursor busy;
        showFigures(readDashboardFigures(m_session.database(), m_filters->thresholds(),
                                         m_filters->request(), &error),
                    error);
    }
    m_read.reset();
}

void DashboardView::showFigures(const DashboardFigures &figures, const QString &error)
{
    m_series = figures.series;
    m_historySeries = figures.history;
    m_filters->showResolved(m_series.request, figures.indicatorNames);
    redraw();
    if (!error.isEmpty())
        m_summary->setText(error);
    emit refreshed();
}

void DashboardView::redraw()
{
    charts::ChartStyle style = charts::defaultStyle();
    style.thresholds = m_filters->thresholds();
    style.animated = false;
    style.maxBars = 10; // a pane is shorter than a page: the 5 best and the 5 last
    style.labelWidth = 24;
    const DashboardSeries s = m_series;
    if (s.request.scope.host.isEmpty()) {
        m_indicators->setBuilder([s, style] {
            return charts::buildIndicatorBandsChart(s.bandsByIndicator, s.request.period, style);
        });
    } else {
        m_indicators->setBuilder(
            [s, style] { return charts::buildIndicatorChart(s.indicators, style); });
    }
    const IndicatorHistory history = m_historySeries;
    m_history->setBuilder(
        [history, style] { return charts::buildIndicatorHistoryChart(history, style); });
    m_ranking->setBuilder([s, style] {
        return charts::buildHostRankingChart(s.hostRanking, s.rankedIndicator, style);
    });
    m_plan->setBuilder([s, style] { return charts::buildVisitPlanChart(s.plan, style); });
    m_recommendations->setBuilder(
        [s, style] { return charts::buildRecommendationStatusChart(s.recommendations, style); });
    m_overdue->setBuilder(
        [s, style] { return charts::buildOverdueChart(s.overdue, s.request.asOf, style); });

    // The two questions, answered in words above the charts.
    int behind = 0;
    int measured = 0;
    for (const IndicatorProgress &p : s.indicators) {
        measured += p.progress ? 1 : 0;
        behind += p.band == ProgressBand::Behind ? 1 : 0;
    }
    const int planned = s.plan.planned.isEmpty() ? 0 : s.plan.planned.last();
    const int held = s.plan.held.isEmpty() ? 0 : s.plan.held.last();
    m_summary->setText(
        tr("Period %1, as of %2: %3 of %4 indicators behind plan; %5 of %6 planned visits held.")
            .arg(s.request.period.isEmpty() ? tr("(none)") : s.request.period,
                 style.date(s.request.asOf), style.number(behind), style.number(measured),
                 style.number(held), style.number(planned)));
}

} // namespace vt
