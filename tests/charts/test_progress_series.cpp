// The series behind the progress charts (issue 4), against figures computed
// by hand: a quarterly schedule interpolated at three measurements, a target
// of zero, a host with no data, the visit plan, recommendations by status
// month by month, overdue by age, and the held visits of the sample data.

#include "ProgressFixtures.h"

#include "domain/TextFolding.h"
#include "services/DemoData.h"
#include "services/ProgressSeries.h"
#include "storage/Database.h"
#include "storage/ProgressQueries.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <limits>

using namespace vt;
using namespace vt::test;

namespace {

const QString kPeriod = QStringLiteral("2024");

ProgressRequest request(const QString &host, const QDate &asOf, const QString &period = kPeriod)
{
    ProgressRequest r;
    r.scope.host = host;
    r.period = period;
    r.asOf = asOf;
    return r;
}

} // namespace

class TestProgressSeries : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    std::unique_ptr<Database> database(const QByteArray &document)
    {
        auto db = std::make_unique<Database>();
        QString error;
        if (!db->open(m_dir.filePath(QStringLiteral("p%1.sqlite").arg(++m_files)), &error)) {
            qWarning() << error;
            return nullptr;
        }
        if (document.isEmpty() ? !loadDemoData(*db).ok : !importInto(*db, document))
            return nullptr;
        return db;
    }

private slots:
    void planToDateInterpolatesTheSchedule()
    {
        const QList<SchedulePoint> quarters = scheduleFromJson(QStringLiteral(
            R"([{"date": "2024-06-30", "target": 50}, {"date": "2024-03-31", "target": 25},
                {"date": "2024-09-30", "target": 75}, {"date": "2024-12-31", "target": 100},
                {"date": "bad", "target": 1}, {"target": 3}])"));
        QCOMPARE(quarters.size(), 4); // sorted, the unusable points left out
        QCOMPARE(quarters.first().date, QDate(2024, 3, 31));
        // 15 March 2024: from zero on 1 January, 74 of 90 days to 25.
        QCOMPARE(*planToDate(quarters, 100, kPeriod, QDate(2024, 3, 15)), 25.0 * 74 / 90);
        // 10 July: 10 of 92 days from 50 to 75.
        QCOMPARE(*planToDate(quarters, 100, kPeriod, QDate(2024, 7, 10)), 50 + 25.0 * 10 / 92);
        QCOMPARE(*planToDate(quarters, 100, kPeriod, QDate(2024, 9, 30)), 75.0);
        QCOMPARE(*planToDate(quarters, 100, kPeriod, QDate(2025, 2, 1)), 100.0);
        // A period that is not a year has no start: the first target until its date.
        QCOMPARE(*planToDate(quarters, 100, QStringLiteral("2021-2025"), QDate(2024, 1, 5)), 25.0);
        // No schedule: the target itself; none at all: no plan.
        QCOMPARE(*planToDate({}, 80, kPeriod, QDate(2024, 7, 10)), 80.0);
        QVERIFY(!planToDate({}, std::nullopt, kPeriod, QDate(2024, 7, 10)));
    }

    void bandsAndZeroTargets()
    {
        const ProgressThresholds defaults;
        QCOMPARE(bandOf(1.0, defaults), ProgressBand::OnTrack);
        QCOMPARE(bandOf(0.99999999999, defaults), ProgressBand::OnTrack);
        QCOMPARE(bandOf(0.9, defaults), ProgressBand::Near);
        QCOMPARE(bandOf(0.899, defaults), ProgressBand::Behind);
        QCOMPARE(bandOf(std::nullopt, defaults), ProgressBand::NoTarget);
        QCOMPARE(bandOf(0.85, ProgressThresholds{0.95, 0.8}), ProgressBand::Near);
        QVERIFY(!progressOf(12, 0.0));
        QVERIFY(!progressOf(12, -5.0));
        QVERIFY(!progressOf(12, std::nullopt));
        QCOMPARE(*progressOf(66, 60.0), 1.1);
    }

    void indicatorMeasuredAtThreeVisits()
    {
        auto db = database(progressDocument());
        QVERIFY(db);
        const ProgressSeries series(*db);
        // Each as-of date sees the latest measurement made by then.
        const struct
        {
            QDate asOf;
            double actual;
            double plan;
            ProgressBand band;
        } cases[] = {{QDate(2024, 4, 1), 20, 25.0 * 74 / 90, ProgressBand::Near},           // 97,3%
                     {QDate(2024, 8, 1), 48, 50 + 25.0 * 10 / 92, ProgressBand::Near},      // 91,1%
                     {QDate(2024, 12, 31), 70, 75 + 25.0 * 20 / 92, ProgressBand::Behind}}; // 87,0%
        for (const auto &c : cases) {
            QString error;
            const QList<IndicatorProgress> list =
                series.indicators(request(QString::fromUtf8(kBenLuc), c.asOf), &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QCOMPARE(list.size(), 1);
            QCOMPARE(list.first().actual, c.actual);
            QCOMPARE(list.first().schedule.size(), 4); // from the first visit's measurement
            QCOMPARE(*list.first().planToDate, c.plan);
            QCOMPARE(*list.first().progress, c.actual / c.plan);
            QCOMPARE(list.first().band, c.band);
        }
        QString error;
        const IndicatorHistory history =
            series.history(QStringLiteral("huyen uy ben luc"), QString::fromUtf8(kAdmissions),
                           kPeriod, QDate(2024, 12, 31), &error);
        QCOMPARE(history.host, QString::fromUtf8(kBenLuc));
        QCOMPARE(history.measurements.size(), 3);
        QCOMPARE(history.measurements.at(1).asOf, QDate(2024, 7, 10)); // the visit's date
        QCOMPARE(history.planLine.size(), 5);
        QCOMPARE(history.planLine.first(), (SchedulePoint{QDate(2024, 1, 1), 0}));
        QCOMPARE(history.planLine.last(), (SchedulePoint{QDate(2024, 12, 31), 100}));
    }

    void hostsRankedWithZeroTargetLastAndNoDataAbsent()
    {
        auto db = database(progressDocument());
        QVERIFY(db);
        const ProgressSeries series(*db);
        QString error;
        const DashboardSeries d = series.dashboard(request({}, QDate(2024, 12, 31)), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(d.rankedIndicator, QString::fromUtf8(kAdmissions));
        QCOMPARE(d.hostRanking.size(), 3); // Tân Trụ has no data
        QCOMPARE(d.hostRanking.at(0).host, QString::fromUtf8(kCanGiuoc));
        QCOMPARE(*d.hostRanking.at(0).progress, 1.1);
        QCOMPARE(d.hostRanking.at(1).host, QString::fromUtf8(kBenLuc));
        QCOMPARE(d.hostRanking.at(2).host, QString::fromUtf8(kDucHoa));
        QVERIFY(!d.hostRanking.at(2).progress); // target zero: "no target"
        QCOMPARE(d.hostRanking.at(2).band, ProgressBand::NoTarget);
        QCOMPARE(d.bandsByIndicator.size(), 1);
        QCOMPARE(d.bandsByIndicator.first().hosts, (std::array<int, 4>{1, 1, 0, 1}));

        const DashboardSeries empty =
            series.dashboard(request(QString::fromUtf8(kTanTru), QDate(2024, 12, 31)), &error);
        QVERIFY(empty.indicators.isEmpty());
        QCOMPARE(empty.hostRanking.size(), 3); // the ranking still compares every host
        QCOMPARE(empty.plan.planned.last(), 2);
        QCOMPARE(empty.plan.held.last(), 0);
        QCOMPARE(empty.overdue.size(), 0);
        QCOMPARE(empty.recommendations.open, QList<int>(12, 0));
    }

    void visitPlanCumulativeByMonth()
    {
        auto db = database(progressDocument());
        QVERIFY(db);
        const ProgressSeries series(*db);
        QString error;
        const VisitPlanSeries plan = series.visitPlan(request({}, QDate(2024, 12, 31)), &error);
        QCOMPARE(plan.months.size(), 12);
        QCOMPARE(plan.months.first(), QDate(2024, 1, 1));
        QCOMPARE(plan.planned, (QList<int>{0, 1, 2, 2, 3, 4, 5, 5, 5, 6, 7, 7}));
        QCOMPARE(plan.held, (QList<int>{0, 0, 1, 1, 2, 3, 4, 4, 4, 5, 5, 5}));
        QCOMPARE(plan.plannedPastDue, 1);
        QCOMPARE(plan.cancelled, 1);

        const VisitPlanSeries august = series.visitPlan(request({}, QDate(2024, 8, 15)), &error);
        QCOMPARE(august.held.size(), 8); // the line stops at the as-of month
        QCOMPARE(august.plannedPastDue, 0);

        ProgressRequest byDelegation = request({}, QDate(2024, 12, 31));
        byDelegation.scope.delegation = QStringLiteral("uy ban kiem tra tinh uy");
        QCOMPARE(series.visitPlan(byDelegation, &error).planned.last(), 1);
    }

    void recommendationsByStatusMonthByMonth()
    {
        auto db = database(progressDocument());
        QVERIFY(db);
        const ProgressSeries series(*db);
        QString error;
        const RecommendationStatusSeries s = series.recommendationStatus(
            request(QString::fromUtf8(kBenLuc), QDate(2024, 12, 31)), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(s.months.size(), 12);
        // Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec
        QCOMPARE(s.open, (QList<int>{0, 0, 4, 3, 3, 3, 1, 0, 0, 0, 0, 0}));
        QCOMPARE(s.inProgress, (QList<int>{0, 0, 0, 1, 0, 0, 1, 1, 0, 0, 0, 0}));
        QCOMPARE(s.overdue, (QList<int>{0, 0, 0, 0, 0, 0, 1, 1, 2, 2, 2, 2}));
        QCOMPARE(s.done, (QList<int>{0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1}));
        QCOMPARE(s.cancelled, (QList<int>{0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1}));

        // As of 15 August the series ends with August.
        const RecommendationStatusSeries august = series.recommendationStatus(
            request(QString::fromUtf8(kBenLuc), QDate(2024, 8, 15)), &error);
        QCOMPARE(august.months.size(), 8);
    }

    void overdueByAgeBucket()
    {
        auto db = database(progressDocument());
        QVERIFY(db);
        const ProgressSeries series(*db);
        QString error;
        const QList<OverdueAgeCounts> rows =
            series.overdueByHost(request({}, QDate(2024, 12, 31)), &error);
        QCOMPARE(rows.size(), 2);
        // Bến Lức: due 30/6 (184 days) and 15/9 (107 days).
        QCOMPARE(rows.at(0).host, QString::fromUtf8(kBenLuc));
        QCOMPARE(rows.at(0).buckets, (std::array<int, 4>{0, 0, 0, 2}));
        // Cần Giuộc: due 1/12 (30 days) and 31/10 (61 days).
        QCOMPARE(rows.at(1).host, QString::fromUtf8(kCanGiuoc));
        QCOMPARE(rows.at(1).buckets, (std::array<int, 4>{1, 0, 1, 0}));

        // One host, typed without accents: the same counts, that host alone.
        const QList<OverdueAgeCounts> one = series.overdueByHost(
            request(QStringLiteral("huyen uy can giuoc"), QDate(2024, 12, 31)), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(one.size(), 1);
        QCOMPARE(one.at(0).host, QString::fromUtf8(kCanGiuoc));
        QCOMPARE(one.at(0).buckets, (std::array<int, 4>{1, 0, 1, 0}));
    }

    // On a large file the dashboard reads the overdue series on a second
    // connection and thread: the same rows. Inside an open transaction it
    // reads on its own connection, which sees what the transaction wrote.
    void dashboardReadsOverdueApartTheSame()
    {
        auto db = database(progressDocument());
        QVERIFY(db);
        ProgressSeries alone(*db);
        alone.setSecondReaderFromBytes(std::numeric_limits<qint64>::max());
        ProgressSeries apart(*db);
        apart.setSecondReaderFromBytes(0);
        const ProgressRequest endOfYear = request({}, QDate(2024, 12, 31));
        QString error;
        const DashboardSeries one = alone.dashboard(endOfYear, &error);
        const DashboardSeries two = apart.dashboard(endOfYear, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(two.overdue.size(), 2);
        QCOMPARE(two.overdue, one.overdue);
        QCOMPARE(two.recommendations.overdue, one.recommendations.overdue);
        QCOMPARE(two.indicators.size(), one.indicators.size());

        Transaction transaction(*db);
        QVERIFY(transaction.isActive());
        QVERIFY(db->inTransaction());
        QSqlQuery query(db->connection());
        QVERIFY(query.exec(QStringLiteral("UPDATE recommendations SET due = '2024-12-30'"
                                          " WHERE status IN ('open', 'in-progress')")));
        const QList<OverdueAgeCounts> uncommitted = apart.dashboard(endOfYear, &error).overdue;
        QVERIFY(uncommitted != two.overdue);
        QCOMPARE(uncommitted, alone.dashboard(endOfYear, &error).overdue);
        for (const OverdueAgeCounts &host : uncommitted)
            QCOMPARE(host.buckets[0], host.total()); // all due yesterday
        transaction.rollback();
        QVERIFY(!db->inTransaction());
    }

    void sampleDataHeldVisitsAndSchedule()
    {
        auto db = database({});
        QVERIFY(db);
        const ProgressSeries series(*db);
        QString error;
        const VisitPlanSeries plan2024 = series.visitPlan(request({}, QDate(2024, 12, 31)), &error);
        // Châu Thành 16/4 (closed), Long An 21/5 (concluded), Kiến Tường 10/9 (held).
        QCOMPARE(plan2024.held, (QList<int>{0, 0, 0, 1, 2, 2, 2, 2, 3, 3, 3, 3}));
        QCOMPARE(plan2024.planned, plan2024.held);
        const VisitPlanSeries plan2027 =
            series.visitPlan(request({}, QDate(2027, 6, 30), QStringLiteral("2027")), &error);
        QCOMPARE(plan2027.planned.last(), 1); // Tây Ninh, 14/4/2027, still planned
        QCOMPARE(plan2027.plannedPastDue, 1);

        // The course openings of Long An in 2023 have a quarterly schedule: on
        // 7/6/2023, 41 against 25 + 35 × 68/91 planned by then (80,2%).
        const QString longAn = QStringLiteral("Tỉnh ủy Long An");
        const QList<IndicatorProgress> june =
            series.indicators(request(longAn, QDate(2023, 6, 30), QStringLiteral("2023")), &error);
        QCOMPARE(june.size(), 2);
        const IndicatorProgress &courses = june.at(0); // "Số lớp…" sorts before "Tỷ lệ…"
        QVERIFY(courses.name.startsWith(QStringLiteral("Số lớp")));
        QCOMPARE(*courses.planToDate, 25 + 35.0 * 68 / 91);
        QCOMPARE(courses.band, ProgressBand::Behind);
        // At the year's end 118 of 120 (98,3%): the later measurement, the same schedule.
        const QList<IndicatorProgress> later =
            series.indicators(request(longAn, QDate(2024, 12, 31), QStringLiteral("2023")), &error);
        QCOMPARE(later.at(0).actual, 118.0);
        QCOMPARE(*later.at(0).progress, 118.0 / 120);
        QCOMPARE(later.at(0).band, ProgressBand::Near);
        QCOMPARE(later.at(1).actual, 98.9);
        // The default period is the latest measured year.
        QCOMPARE(series.resolved(request(longAn, QDate(2024, 12, 31), {}), &error).period,
                 QStringLiteral("2024"));
    }

    // The dashboard's host and delegation lists: the organisations that
    // host or send a visit, in folded order, not every registered name
    // (attendees' units are registered too).
    void hostAndDelegationNamesAreThoseOfVisits()
    {
        auto db = database({});
        QVERIFY(db);
        const auto namesOf = [&](const char *column) {
            QSqlQuery query(db->connection());
            QStringList names;
            if (query.exec(QStringLiteral("SELECT DISTINCT %1 FROM visits")
                               .arg(QLatin1StringView(column))))
                while (query.next())
                    names << query.value(0).toString();
            std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
                return foldForSearch(a) < foldForSearch(b);
            });
            return names;
        };
        QString error;
        const ProgressQueries queries(*db);
        const QStringList hosts = queries.hostNames(&error);
        QCOMPARE(hosts, namesOf("host_name"));
        QCOMPARE(hosts.size(), 5);
        QCOMPARE(hosts.constFirst(), QStringLiteral("Huyện ủy Châu Thành"));
        QCOMPARE(queries.delegationNames(&error), namesOf("delegation_name"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QSqlQuery all(db->connection());
        QVERIFY(all.exec(QStringLiteral("SELECT count(*) FROM organisations")) && all.next());
        QVERIFY(all.value(0).toInt() > hosts.size() + 4);
    }
};

QTEST_GUILESS_MAIN(TestProgressSeries)
#include "test_progress_series.moc"
