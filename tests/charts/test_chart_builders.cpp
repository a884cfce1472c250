// The chart builders (issue 4): series, colours, axis ranges and labels in
// the user's locale; rendering offscreen to an image of the requested size
// and to a vector PDF whose text pdftotext can read.

#include "charts/ChartRendering.h"
#include "charts/ProgressCharts.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QDateTimeAxis>
#include <QHorizontalStackedBarSeries>
#include <QLineSeries>
#include <QProcess>
#include <QStackedBarSeries>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

using namespace vt;
using namespace vt::charts;

namespace {

ChartStyle vietnameseStyle()
{
    ChartStyle style = defaultStyle();
    style.locale = QLocale(QLocale::Vietnamese, QLocale::Vietnam);
    return style;
}

IndicatorProgress progress(const QString &host, const QString &name, double actual,
                           std::optional<double> target, qint64 visitId)
{
    IndicatorProgress p;
    p.visitId = visitId;
    p.host = host;
    p.name = name;
    p.unit = QStringLiteral("lớp");
    p.period = QStringLiteral("2023");
    p.target = target;
    p.planToDate = target;
    p.actual = actual;
    p.asOf = QDate(2023, 6, 7);
    p.progress = progressOf(actual, target);
    p.band = bandOf(p.progress, ProgressThresholds{});
    return p;
}

template <typename T> T *axisOf(QChart &chart, Qt::Alignment alignment)
{
    const QList<QAbstractAxis *> axes =
        chart.axes(alignment == Qt::AlignLeft ? Qt::Vertical : Qt::Horizontal);
    return axes.isEmpty() ? nullptr : qobject_cast<T *>(axes.first());
}

int inkedPixels(const QImage &image)
{
    int count = 0;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4) {
            if (image.pixel(x, y) != qRgb(255, 255, 255))
                ++count;
        }
    }
    return count;
}

} // namespace

class TestChartBuilders : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void figuresInTheUsersLocale()
    {
        const ChartStyle vi = vietnameseStyle();
        QCOMPARE(vi.percent(0.992), QStringLiteral("99,2%"));
        QCOMPARE(vi.percent(1.0), QStringLiteral("100%"));
        QCOMPARE(vi.number(51349), QStringLiteral("51.349"));
        QCOMPARE(vi.date(QDate(2023, 6, 7)), QStringLiteral("7/6/2023"));
        ChartStyle en = defaultStyle();
        en.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
        QCOMPARE(en.percent(0.992), QStringLiteral("99.2%"));
        QCOMPARE(en.number(51349), QStringLiteral("51,349"));
    }

    void indicatorBarsColouredByBand()
    {
        const ChartStyle style = vietnameseStyle();
        const QList<IndicatorProgress> items{
            progress(QStringLiteral("Tỉnh ủy Long An"), QStringLiteral("Số lớp bồi dưỡng"), 132,
                     120, 1),
            progress(QStringLiteral("Tỉnh ủy Long An"), QStringLiteral("Tỷ lệ đảng viên học tập"),
                     99.2, 100, 1),
            progress(QStringLiteral("Tỉnh ủy Long An"), QStringLiteral("Chi bộ sinh hoạt"), 41, 120,
                     2),
            progress(QStringLiteral("Tỉnh ủy Long An"), QStringLiteral("Tin bài"), 12, 0.0, 2)};
        const std::unique_ptr<QChart> chart = buildIndicatorChart(items, style);
        QVERIFY(chart->title().contains(QStringLiteral("Tỉnh ủy Long An")));
        auto *series = qobject_cast<QHorizontalStackedBarSeries *>(chart->series().first());
        QVERIFY(series);
        const QList<QBarSet *> sets = series->barSets();
        QCOMPARE(sets.size(), 4);
        QCOMPARE(sets.at(0)->color(), style.colourOf(ProgressBand::OnTrack));
        QCOMPARE(sets.at(1)->color(), style.colourOf(ProgressBand::Near));
        QCOMPARE(sets.at(2)->color(), style.colourOf(ProgressBand::Behind));
        QCOMPARE(sets.at(3)->color(), style.colourOf(ProgressBand::NoTarget));
        // The first item is drawn at the top: the last category.
        QCOMPARE(sets.at(0)->at(3), 110.0);
        QCOMPARE(sets.at(0)->at(2), 0.0);
        QVERIFY(qAbs(sets.at(1)->at(2) - 99.2) < 1e-9);
        QVERIFY(qAbs(sets.at(2)->at(1) - 41.0 / 120 * 100) < 1e-9);
        QCOMPARE(sets.at(3)->at(0), 2.0); // the grey stub of "no target"
        QCOMPARE(sets.at(2)->property(kVisitIdsProperty).toList().at(1).toLongLong(), 2);

        auto *categories = axisOf<QBarCategoryAxis>(*chart, Qt::AlignLeft);
        QVERIFY(categories);
        QCOMPARE(categories->count(), 4);
        QVERIFY(categories->at(3).contains(QStringLiteral("Số lớp bồi dưỡng")));
        QVERIFY(categories->at(3).contains(QStringLiteral("110%")));
        QVERIFY(categories->at(2).contains(QStringLiteral("99,2%")));
        QVERIFY(categories->at(1).contains(QStringLiteral("34,2%")));
        QVERIFY(categories->at(0).contains(style.bandName(ProgressBand::NoTarget)));
        auto *values = axisOf<QValueAxis>(*chart, Qt::AlignBottom);
        QVERIFY(values);
        QCOMPARE(values->min(), 0.0);
        QCOMPARE(values->max(), 120.0); // 110% rounded up to a multiple of 20
        QVERIFY(chart->localizeNumbers());
        QCOMPARE(chart->locale().language(), QLocale::Vietnamese);
    }

    void rankingKeepsTheBestAndTheLast()
    {
        ChartStyle style = vietnameseStyle();
        style.maxBars = 4;
        QList<IndicatorProgress> ranking;
        for (int i = 0; i < 9; ++i)
            ranking.append(progress(QStringLiteral("Huyện %1").arg(i), QStringLiteral("Kết nạp"),
                                    100 - i * 10, 100, i + 1));
        const std::unique_ptr<QChart> chart =
            buildHostRankingChart(ranking, QStringLiteral("Kết nạp"), style);
        auto *categories = axisOf<QBarCategoryAxis>(*chart, Qt::AlignLeft);
        QCOMPARE(categories->count(), 4);
        QVERIFY(categories->at(3).startsWith(QStringLiteral("Huyện 0")));
        QVERIFY(categories->at(2).startsWith(QStringLiteral("Huyện 1")));
        QVERIFY(categories->at(1).startsWith(QStringLiteral("Huyện 7")));
        QVERIFY(categories->at(0).startsWith(QStringLiteral("Huyện 8")));
        QVERIFY(chart->title().contains(QStringLiteral("9")));
    }

    void visitPlanLinesAndMonthAxis()
    {
        VisitPlanSeries plan;
        for (int m = 1; m <= 12; ++m)
            plan.months.append(QDate(2024, m, 1));
        plan.planned = {0, 1, 2, 2, 3, 4, 5, 5, 5, 6, 7, 7};
        plan.held = {0, 0, 1, 1, 2, 3, 4, 4};
        plan.plannedPastDue = 1;
        const std::unique_ptr<QChart> chart = buildVisitPlanChart(plan, vietnameseStyle());
        QCOMPARE(chart->series().size(), 2);
        auto *held = qobject_cast<QLineSeries *>(chart->series().at(0));
        auto *planned = qobject_cast<QLineSeries *>(chart->series().at(1));
        QVERIFY(planned->name().endsWith(QStringLiteral(": 7")));
        QCOMPARE(planned->count(), 12);
        QCOMPARE(held->count(), 8);
        QCOMPARE(held->at(7), QPointF(7, 4));
        auto *months = axisOf<QBarCategoryAxis>(*chart, Qt::AlignBottom);
        QCOMPARE(months->count(), 12);
        QCOMPARE(months->at(0), QStringLiteral("1/24"));
        QCOMPARE(months->at(9), QStringLiteral("10")); // the year only where it starts
        auto *counts = axisOf<QValueAxis>(*chart, Qt::AlignLeft);
        QCOMPARE(counts->min(), 0.0);
        QVERIFY(counts->max() >= 7.7);
        QVERIFY(counts->max() <= 10.0);
    }

    void historyOnADateAxis()
    {
        IndicatorHistory history;
        history.host = QStringLiteral("Huyện ủy Bến Lức");
        history.name = QStringLiteral("Kết nạp đảng viên mới");
        history.unit = QStringLiteral("đảng viên");
        history.period = QStringLiteral("2024");
        for (const auto &[date, actual] :
             {std::pair{QDate(2024, 3, 15), 20.0}, std::pair{QDate(2024, 7, 10), 48.0},
              std::pair{QDate(2024, 10, 20), 70.0}}) {
            IndicatorMeasurement m;
            m.asOf = date;
            m.actual = actual;
            m.visitId = 7;
            history.measurements.append(m);
        }
        history.planLine = {{QDate(2024, 1, 1), 0}, {QDate(2024, 12, 31), 100}};
        const std::unique_ptr<QChart> chart =
            buildIndicatorHistoryChart(history, vietnameseStyle());
        auto *dates = axisOf<QDateTimeAxis>(*chart, Qt::AlignBottom);
        QVERIFY(dates);
        QVERIFY(dates->min().date() < QDate(2024, 1, 1));
        QVERIFY(dates->max().date() > QDate(2024, 12, 31));
        auto *values = axisOf<QValueAxis>(*chart, Qt::AlignLeft);
        QCOMPARE(values->titleText(), QStringLiteral("đảng viên"));
        QVERIFY(values->max() >= 110.0);
        auto *actual = qobject_cast<QLineSeries *>(chart->series().at(1));
        QCOMPARE(actual->count(), 3);
        QCOMPARE(actual->at(2).y(), 70.0);
    }

    void rendersOffscreenToImageAndPdf()
    {
        const QList<IndicatorProgress> items{progress(
            QStringLiteral("Tỉnh ủy Long An"), QStringLiteral("Số lớp bồi dưỡng"), 41, 120, 1)};
        const ChartStyle style = vietnameseStyle();
        std::unique_ptr<QChart> first = buildIndicatorChart(items, style);
        std::unique_ptr<QChart> second = buildIndicatorChart(items, style);
        const QImage one = renderToImage({first.get()}, QSize(1200, 800));
        QCOMPARE(one.size(), QSize(1200, 800));
        QVERIFY(inkedPixels(one) > 2000);
        const QImage two = renderToImage({first.get(), second.get()}, QSize(1200, 800));
        QCOMPARE(two.size(), QSize(1200, 1600));
        QVERIFY(first->scene() == nullptr); // given back after rendering

        const QString pdf = m_dir.filePath(QStringLiteral("chart.pdf"));
        QString error;
        QVERIFY2(writeChartFile({first.get()}, pdf, QStringLiteral("Chỉ tiêu"), &error),
                 qPrintable(error));
        QVERIFY(!writeChartFile({first.get()}, m_dir.filePath(QStringLiteral("chart.gif")), {},
                                &error));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("chart.gif"))));
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            QSKIP("pdftotext is not installed");
        QProcess process;
        process.start(pdftotext, {pdf, QStringLiteral("-")});
        QVERIFY(process.waitForFinished(30000));
        const QString text = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(text.contains(QStringLiteral("Số lớp bồi dưỡng")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("34,2%")), qPrintable(text));
    }
};

QTEST_MAIN(TestChartBuilders)
#include "test_chart_builders.moc"
