// Finding lists across visits (filters, groups, linked follow-up as of a
// date) and the models of the review views under QAbstractItemModelTester.

#include "SearchFixtures.h"

#include "models/FindingListModel.h"
#include "models/SearchResultsModel.h"
#include "services/FindingReview.h"
#include "storage/Database.h"
#include "storage/FindingQueries.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace vt;

class TestFindingModels : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Database m_db;
    const QDate m_asOf{2024, 1, 10};

    FindingFilter filter() const
    {
        FindingFilter f;
        f.asOf = m_asOf;
        return f;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_db.open(m_dir.filePath(QStringLiteral("f.sqlite")), &error), qPrintable(error));
        // Long An twice (2023 overdue, 2024 done), Đồng Tháp once (due later).
        Visit a =
            test::visitWith(QStringLiteral("Tỉnh ủy Long An"), QDate(2023, 6, 7),
                            QStringLiteral("Chậm đổi mới tuyên truyền."), QDate(2023, 12, 31));
        Visit b = test::visitWith(QStringLiteral("Tỉnh ủy Long An"), QDate(2023, 11, 2),
                                  QStringLiteral("Hồ sơ chưa đầy đủ."), QDate(2023, 12, 1),
                                  RecommendationStatus::Done);
        Visit c =
            test::visitWith(QStringLiteral("Tỉnh ủy Đồng Tháp"), QDate(2023, 6, 8),
                            QStringLiteral("Đội ngũ báo cáo viên còn thiếu."), QDate(2024, 1, 10));
        c.findings[0].area.clear();
        for (Visit *v : {&a, &b, &c})
            QVERIFY(test::save(m_db, *v) != 0);
    }

    void listsNewestFirstWithRecommendations()
    {
        const FindingQueries queries(m_db);
        QCOMPARE(queries.count(filter()), 3);
        const QList<FindingRow> rows = queries.page(filter(), 0, 10);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).date, QDate(2023, 11, 2));
        QCOMPARE(rows.at(2).date, QDate(2023, 6, 7));
        QCOMPARE(rows.at(2).recommendations.size(), 1);
        QCOMPARE(statusKeyOf(rows.at(2).recommendations.at(0), m_asOf), QStringLiteral("overdue"));
        QCOMPARE(statusKeyOf(rows.at(0).recommendations.at(0), m_asOf), QStringLiteral("done"));
        // Due today is not overdue yet.
        QCOMPARE(statusKeyOf(rows.at(1).recommendations.at(0), m_asOf), QStringLiteral("open"));
        QCOMPARE(queries.page(filter(), 2, 10).size(), 1);
    }

    void filters_data()
    {
        QTest::addColumn<FindingFilter>("filter");
        QTest::addColumn<int>("expected");
        FindingFilter f = filter();
        f.host = QStringLiteral("long an");
        QTest::newRow("host folded") << f << 2;
        f = filter();
        f.host = QStringLiteral("dong thap");
        QTest::newRow("host with đ") << f << 1;
        f = filter();
        f.text = QStringLiteral("cham doi moi");
        QTest::newRow("text") << f << 1;
        // A word of four letters or more matches the words it starts.
        f.text = QStringLiteral("TRUYE doi");
        QTest::newRow("text, start of a long word") << f << 1;
        f.text = QStringLiteral("truyenx");
        QTest::newRow("text, no such word") << f << 0;
        f = filter();
        f.delegation = QStringLiteral(" TUYÊN giáo ");
        QTest::newRow("delegation folded") << f << 3;
        f.delegation = QStringLiteral("giao_trung");
        QTest::newRow("delegation, underscore is literal") << f << 0;
        f.host = QStringLiteral("dong thap");
        f.delegation = QStringLiteral("trung uong");
        QTest::newRow("delegation and host") << f << 1;
        f = filter();
        f.from = QDate(2023, 6, 8);
        f.to = QDate(2023, 6, 30);
        QTest::newRow("period") << f << 1;
        f = filter();
        f.status = LinkedStatus::Overdue;
        QTest::newRow("overdue as of") << f << 1;
        f = filter();
        f.status = LinkedStatus::Done;
        QTest::newRow("done") << f << 1;
        f = filter();
        f.status = LinkedStatus::Unaddressed;
        QTest::newRow("unaddressed") << f << 0;
        f = filter();
        f.area = QStringLiteral("Tuyên truyền");
        QTest::newRow("area") << f << 2;
        f = filter();
        f.category = FindingCategory::GoodModel;
        f.text = QStringLiteral("dan van kheo dong thap");
        QTest::newRow("good models") << f << 1;
    }

    void filters()
    {
        QFETCH(FindingFilter, filter);
        QFETCH(int, expected);
        QCOMPARE(FindingQueries(m_db).count(filter), expected);
        QCOMPARE(FindingQueries(m_db).page(filter, 0, 100).size(), expected);
    }

    void groupsWithCounts()
    {
        const FindingQueries queries(m_db);
        const QList<FindingGroup> hosts = queries.groups(filter(), FindingGrouping::Host);
        QCOMPARE(hosts.size(), 2);
        QCOMPARE(hosts.at(0).key, QStringLiteral("Tỉnh ủy Đồng Tháp")); // Đ sorts with D
        QCOMPARE(hosts.at(0).count, 1);
        QCOMPARE(hosts.at(1).count, 2);
        QCOMPARE(
            queries.pageInGroup(filter(), FindingGrouping::Host, hosts.at(1).key, 0, 10).size(), 2);
        const QList<FindingGroup> areas = queries.groups(filter(), FindingGrouping::Area);
        QCOMPARE(areas.size(), 2);
        QCOMPARE(areas.at(0).key, QString()); // no area
        QCOMPARE(queries.pageInGroup(filter(), FindingGrouping::Area, QString(), 0, 10).size(), 1);
        // Counted without the visits when the filter asks nothing of them,
        // with them when it does: the groups add up to the count either way.
        FindingFilter dated = filter();
        dated.from = QDate(2023, 6, 8);
        for (const FindingFilter &f : {filter(), dated}) {
            int sum = 0;
            for (const FindingGroup &group : queries.groups(f, FindingGrouping::Area))
                sum += group.count;
            QCOMPARE(sum, queries.count(f));
        }
        QCOMPARE(queries.count(dated), 2);
    }

    void findingListModelFlatAndGrouped()
    {
        FindingListModel model{FindingQueries(m_db)};
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFilter(filter());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(2, FindingListModel::TextColumn).data().toString(),
                 QStringLiteral("Chậm đổi mới tuyên truyền."));
        QVERIFY(model.index(2, 0).data(FindingListModel::OverdueRole).toBool());
        QCOMPARE(model.index(2, 0).data(FindingListModel::FindingSeqRole).toInt(), 0);

        model.setGrouping(FindingGrouping::Host);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.findingCount(), 3);
        const QModelIndex longAn = model.index(1, 0);
        QVERIFY(longAn.data().toString().startsWith(QStringLiteral("Tỉnh ủy Long An")));
        QCOMPARE(model.rowCount(longAn), 2);
        const QModelIndex child = model.index(1, FindingListModel::HostColumn, longAn);
        QCOMPARE(child.parent(), longAn);
        QCOMPARE(child.data().toString(), QStringLiteral("Tỉnh ủy Long An"));
        QVERIFY(model.findingAt(longAn) == nullptr);
        QVERIFY(model.findingAt(child) != nullptr);

        model.setGrouping(FindingGrouping::Area);
        QCOMPARE(model.rowCount(), 2);
        model.setGrouping(FindingGrouping::None);
        model.refresh();
        QCOMPARE(model.rowCount(), 3);
    }

    void searchResultsModel()
    {
        SearchResultsModel model{SearchIndex(m_db)};
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.search(QStringLiteral("doi ngu bao cao"));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.totalCount(), 2);
        QStringList paths;
        for (int row = 0; row < model.rowCount(); ++row)
            paths << model.index(row, 0).data(SearchResultsModel::RecordPathRole).toString();
        QVERIFY(paths.contains(QStringLiteral("findings[0]")));
        QVERIFY(paths.contains(QStringLiteral("recommendations[0]")));
        model.search(QString());
        QCOMPARE(model.rowCount(), 0);
    }

    // On a large file a full page's matches are counted on another thread
    // while the page is found: the hits are listed at once, their number
    // arrives with counted(). Here every file is "large".
    void searchResultsModelCountsApart()
    {
        SearchResultsModel model{SearchIndex(m_db)};
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCountApartFromBytes(0);
        QSignalSpy counted(&model, &SearchResultsModel::counted);
        const QString text = QStringLiteral("doi ngu bao cao");

        model.search(text, 1); // a full page of one: counted apart
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.isCounting());
        QCOMPARE(model.totalCount(), 1); // the hits, until the count arrives
        QVERIFY(counted.wait());
        QCOMPARE(counted.size(), 1);
        QVERIFY(!model.isCounting());
        QCOMPARE(model.totalCount(), 2);

        // Two searches in a row: only the last one's count arrives.
        counted.clear();
        model.search(QStringLiteral("long an"), 1);
        model.search(text, 1);
        QVERIFY(counted.wait());
        QTest::qWait(50);
        QCOMPARE(counted.size(), 1);
        QCOMPARE(model.totalCount(), 2);

        // A page that is not full is its own count; nothing is counted apart.
        counted.clear();
        model.search(text, 10);
        QVERIFY(!model.isCounting());
        QCOMPARE(model.totalCount(), 2);
        // Stopped before the file goes: nothing arrives afterwards.
        model.search(text, 1);
        model.stopCounting();
        QVERIFY(!model.isCounting());
        QTest::qWait(50);
        QCOMPARE(counted.size(), 0);

        // Inside a transaction another connection would not see what it
        // holds: counted at once.
        {
            Transaction transaction(m_db);
            model.search(text, 1);
            QVERIFY(!model.isCounting());
            QCOMPARE(model.totalCount(), 2);
        }
        // A deleted model waits for its count.
        auto *deleted = new SearchResultsModel(SearchIndex(m_db));
        deleted->setCountApartFromBytes(0);
        deleted->search(text, 1);
        QVERIFY(deleted->isCounting());
        delete deleted;
    }

    void contextShowsTheMatch()
    {
        const QString text = QStringLiteral(
            "Trong năm qua, công tác tuyên giáo của tỉnh có nhiều chuyển biến tích cực, tuy nhiên "
            "một số địa phương còn chậm đổi mới nội dung, hình thức tuyên truyền, chưa sát với "
            "thực tiễn của cơ sở và nhu cầu của cán bộ, đảng viên và nhân dân.");
        const QString context = SearchResultsModel::contextOf(text, QStringLiteral("doi moi"), 60);
        QVERIFY2(context.contains(QStringLiteral("đổi mới")), qPrintable(context));
        QVERIFY(context.startsWith(QChar(0x2026)));
        QVERIFY(context.size() <= 62);
    }
};

QTEST_MAIN(TestFindingModels)
#include "test_finding_models.moc"
