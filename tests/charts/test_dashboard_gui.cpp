// The dashboard tab (issue 4): it reads nothing until shown, a filter change
// redraws the charts, a change of records updates them, a click on a bar
// opens the visit behind it, and every chart saves as PNG and PDF. On a large
// file the figures are read on another thread, the same as read at once.

#include "ProgressFixtures.h"

#include "charts/ProgressCharts.h"
#include "gui/DatabaseSession.h"
#include "gui/MainWindow.h"
#include "gui/dashboard/ChartPane.h"
#include "gui/dashboard/DashboardFilterBar.h"
#include "gui/dashboard/DashboardView.h"
#include "services/DashboardFigures.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QDateEdit>
#include <QImage>
#include <QLabel>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace vt;
using namespace vt::test;

namespace {

QStringList categories(QChart *chart)
{
    const QList<QAbstractAxis *> axes = chart->axes(Qt::Vertical);
    auto *axis = axes.isEmpty() ? nullptr : qobject_cast<QBarCategoryAxis *>(axes.first());
    return axis ? axis->categories() : QStringList();
}

} // namespace

class TestDashboardGui : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("vt-test-dashboard"));
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
    }

    void filterChangesTheCharts()
    {
        DatabaseSession session;
        QString error;
        QVERIFY2(session.open(m_dir.filePath(QStringLiteral("d.sqlite")), &error),
                 qPrintable(error));
        QVERIFY(session.importDocument(progressDocument()).ok);
        DashboardView view(session);
        QVERIFY(view.indicatorPane()->chart()->series().isEmpty()); // lazy: nothing read yet
        view.filterBar()->asOfEdit()->setDate(QDate(2024, 12, 31));
        view.resize(1400, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.indicatorPane()->chart());
        QCOMPARE(view.series().request.period, QStringLiteral("2024"));

        // All hosts: one indicator, hosts per band.
        QCOMPARE(categories(view.indicatorPane()->chart()).size(), 1);
        QVERIFY(view.indicatorPane()->chart()->title().contains(QStringLiteral("2024")));
        QCOMPARE(view.series().hostRanking.size(), 3);

        // Choosing Bến Lức: that host's indicator, behind plan (87,0%).
        QComboBox *host = view.filterBar()->hostCombo();
        const QString benLuc = QString::fromUtf8(kBenLuc);
        host->setCurrentIndex(host->findData(benLuc));
        QChart *chart = view.indicatorPane()->chart();
        QVERIFY(chart->title().contains(benLuc));
        const QStringList labels = categories(chart);
        QCOMPARE(labels.size(), 1);
        QVERIFY2(labels.first().contains(QStringLiteral("87.0%")) ||
                     labels.first().contains(QStringLiteral("87,0%")) ||
                     labels.first().contains(QStringLiteral("87%")),
                 qPrintable(labels.first()));
        QVERIFY(view.historyPane()->chart()->title().contains(benLuc));

        // An earlier as-of date sees the July measurement instead.
        view.filterBar()->asOfEdit()->setDate(QDate(2024, 8, 1));
        QCOMPARE(view.series().indicators.size(), 1);
        QCOMPARE(view.series().indicators.first().actual, 48.0);

        // A click on the bar opens the visit that measured it.
        QSignalSpy opened(&view, &DashboardView::visitActivated);
        auto *bars =
            qobject_cast<QAbstractBarSeries *>(view.indicatorPane()->chart()->series().first());
        QVERIFY(bars);
        QBarSet *nearSet = bars->barSets().at(1); // 91,1%: near
        QVERIFY(nearSet->at(0) > 0);
        emit bars->clicked(0, nearSet);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().first().toLongLong(), view.series().indicators.first().visitId);

        // A new measurement elsewhere updates the chart without a restart.
        QVERIFY(session
                    .importDocument(QByteArray(
                        R"({"format": "visit-tracker", "version": 1, "visits": [
                        {"ref": "a4", "title": "Bến Lức tháng 7", "date": "2024-07-30",
                         "delegation": "Ban Tổ chức Tỉnh ủy", "host": "Huyện ủy Bến Lức",
                         "indicators": [{"name": "Kết nạp đảng viên mới", "period": "2024",
                           "target": 100, "actual": 55}]}]})"))
                    .ok);
        QCOMPARE(view.series().indicators.first().actual, 55.0);

        // Every chart saves as PNG and PDF.
        const QString png = m_dir.filePath(QStringLiteral("plan.png"));
        QVERIFY2(view.planPane()->saveAs(png, &error), qPrintable(error));
        QVERIFY(QImage(png).width() >= 1200);
        const QString pdf = m_dir.filePath(QStringLiteral("overdue.pdf"));
        QVERIFY2(view.overduePane()->saveAs(pdf, &error), qPrintable(error));
        QVERIFY(QFileInfo(pdf).size() > 1000);
    }

    // Read on another thread (as a large file is): the charts shown stay,
    // under a line saying so, until the figures arrive; a filter changed
    // meanwhile drops the reading under way; a view closed while it reads
    // waits for it. What arrives is what reading at once gives.
    void figuresAreReadApart()
    {
        DatabaseSession session;
        QString error;
        QVERIFY2(session.open(m_dir.filePath(QStringLiteral("apart.sqlite")), &error),
                 qPrintable(error));
        QVERIFY(session.importDocument(progressDocument()).ok);
        const QDate asOf(2024, 12, 31);
        ProgressRequest request;
        request.asOf = asOf;
        const DashboardFigures atOnce =
            readDashboardFigures(session.database(), ProgressThresholds{}, request, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        DashboardView view(session);
        view.setReadApartFromBytes(0);
        view.filterBar()->asOfEdit()->setDate(asOf);
        QSignalSpy refreshed(&view, &DashboardView::refreshed);
        view.resize(1400, 900);
        view.show(); // shown: the reading starts (the show event is sent at once)
        QVERIFY(view.isReading());
        QCOMPARE(view.cursor().shape(), Qt::BusyCursor);
        QCOMPARE(view.findChild<QLabel *>(QStringLiteral("dashboardSummary"))->text(),
                 DashboardView::tr("Reading the figures…"));
        QVERIFY(refreshed.wait());
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(!view.isReading());
        QCOMPARE(view.cursor().shape(), Qt::ArrowCursor);
        QCOMPARE(view.series().request.period, atOnce.series.request.period);
        QCOMPARE(view.series().hostRanking.size(), atOnce.series.hostRanking.size());
        QCOMPARE(view.series().indicators.size(), atOnce.series.indicators.size());
        QCOMPARE(view.series().plan.held, atOnce.series.plan.held);
        QCOMPARE(categories(view.indicatorPane()->chart()).size(), 1);

        // Two changes in a row: only the last one's figures are shown.
        QComboBox *host = view.filterBar()->hostCombo();
        const QString benLuc = QString::fromUtf8(kBenLuc);
        refreshed.clear();
        view.filterBar()->asOfEdit()->setDate(QDate(2024, 8, 1));
        QVERIFY(view.isReading());
        host->setCurrentIndex(host->findData(benLuc));
        QVERIFY(refreshed.wait());
        QTest::qWait(50); // a dropped reading's message, had it been shown
        QCOMPARE(refreshed.size(), 1);
        QCOMPARE(view.series().request.scope.host, benLuc);
        QCOMPARE(view.series().indicators.size(), 1);
        QCOMPARE(view.series().indicators.first().actual, 48.0);
        QVERIFY(view.historyPane()->chart()->title().contains(benLuc));

        // The file about to be replaced: the reading stops before it goes,
        // and the figures are read again from what is open then.
        view.filterBar()->asOfEdit()->setDate(asOf);
        QVERIFY(view.isReading());
        session.prepareToReplaceFile();
        QVERIFY(!view.isReading());
        QCOMPARE(view.cursor().shape(), Qt::ArrowCursor);
        QVERIFY(refreshed.wait());
        QCOMPARE(view.series().request.asOf, asOf);

        // Closed while reading: the view waits for its reading.
        auto *closing = new DashboardView(session);
        closing->setReadApartFromBytes(0);
        closing->refresh();
        QVERIFY(closing->isReading());
        delete closing;
    }

    void mainWindowHasTheDashboardTab()
    {
        MainWindow window;
        QVERIFY(window.openDatabase(m_dir.filePath(QStringLiteral("w.sqlite"))));
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainViews"));
        QVERIFY(tabs);
        auto *dashboard = window.findChild<DashboardView *>();
        QVERIFY(dashboard);
        QVERIFY(tabs->indexOf(dashboard) >= 0);
    }
};

QTEST_MAIN(TestDashboardGui)
#include "test_dashboard_gui.moc"
