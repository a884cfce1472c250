// The visit list model: paged reading, sorting and filtering, under
// QAbstractItemModelTester.

#include "models/VisitListModel.h"
#include "services/VisitService.h"
#include "storage/Database.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace vt;

class TestVisitListModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Database m_database;
    static constexpr int kVisits = 600; // more than two pages of 256
    static constexpr int kPageSize = 256;

    bool addVisit(const QString &title, QDate date, const QString &delegation, const QString &host)
    {
        Visit visit;
        visit.title = title;
        visit.date = date;
        visit.delegation = delegation;
        visit.host = host;
        return VisitService(m_database).save(visit).ok;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_database.open(m_dir.filePath(QStringLiteral("list.sqlite")), &error),
                 qPrintable(error));
        VisitService service(m_database);
        for (int i = 0; i < kVisits; ++i) {
            Visit visit;
            visit.title = QStringLiteral("Buổi làm việc số %1").arg(i, 3, 10, QLatin1Char('0'));
            visit.date = QDate(2023, 1, 1).addDays(i);
            visit.delegation = QStringLiteral("Ban Tuyên giáo Trung ương");
            visit.host = i % 3 == 0 ? QStringLiteral("Tỉnh ủy Đồng Tháp")
                                    : QStringLiteral("Tỉnh ủy Long An");
            visit.kind = i % 2 == 0 ? VisitKind::Working : VisitKind::Inspection;
            visit.status = VisitStatus::Held;
            const SaveResult result = service.save(visit);
            QVERIFY2(result.ok, qPrintable(result.error));
        }
    }

    void readsAllRowsThroughPages()
    {
        VisitListModel model{VisitCatalogue(m_database)};
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), kVisits);
        model.sort(VisitListModel::DateColumn, Qt::AscendingOrder);
        QCOMPARE(model.index(0, VisitListModel::TitleColumn).data().toString(),
                 QStringLiteral("Buổi làm việc số 000"));
        // The last row lives on the third page.
        QCOMPARE(model.index(kVisits - 1, VisitListModel::TitleColumn).data().toString(),
                 QStringLiteral("Buổi làm việc số 599"));
        QVERIFY(model.index(300, 0).data(VisitListModel::VisitIdRole).toLongLong() > 0);
        QCOMPARE(model.headerData(VisitListModel::HostColumn, Qt::Horizontal, Qt::DisplayRole)
                     .toString(),
                 QStringLiteral("Host organisation"));
    }

    void sortsBothWays()
    {
        VisitListModel model{VisitCatalogue(m_database)};
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.sort(VisitListModel::TitleColumn, Qt::DescendingOrder);
        QCOMPARE(model.index(0, VisitListModel::TitleColumn).data().toString(),
                 QStringLiteral("Buổi làm việc số 599"));
        model.sort(VisitListModel::TitleColumn, Qt::AscendingOrder);
        QCOMPARE(model.index(0, VisitListModel::TitleColumn).data().toString(),
                 QStringLiteral("Buổi làm việc số 000"));
        model.sort(VisitListModel::HostColumn, Qt::AscendingOrder);
        // "Tỉnh ủy Đồng Tháp" sorts before "Tỉnh ủy Long An" by its letters.
        const QString first = model.index(0, VisitListModel::HostColumn).data().toString();
        const QString last = model.index(kVisits - 1, VisitListModel::HostColumn).data().toString();
        QVERIFY(first != last);
    }

    void filtersWithoutDiacritics()
    {
        VisitListModel model{VisitCatalogue(m_database)};
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        VisitFilter filter;
        filter.text = QStringLiteral("dong thap");
        model.setFilter(filter);
        QCOMPARE(resets.count(), 1);
        QCOMPARE(model.rowCount(), kVisits / 3);
        filter.kind = VisitKind::Working;
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), kVisits / 6);
        filter = {};
        filter.from = QDate(2023, 1, 1);
        filter.to = QDate(2023, 1, 10);
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 10);
    }

    // Filters read from an index of (date, id, folded texts); the rows must be
    // the same as a filter over every row, in order, across page boundaries.
    void filterAndSortAcrossPages()
    {
        VisitListModel model{VisitCatalogue(m_database)};
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        VisitFilter filter;
        filter.host = QStringLiteral("long an"); // two of three visits: more than a page
        model.setFilter(filter);
        const int expected = kVisits - (kVisits + 2) / 3;
        QCOMPARE(model.rowCount(), expected);
        for (const Qt::SortOrder order : {Qt::DescendingOrder, Qt::AscendingOrder}) {
            model.sort(VisitListModel::DateColumn, order);
            qint64 previousId = 0;
            QString previousTitle;
            for (int row = 0; row < model.rowCount(); ++row) {
                QCOMPARE(model.index(row, VisitListModel::HostColumn).data().toString(),
                         QStringLiteral("Tỉnh ủy Long An"));
                const QString title =
                    model.index(row, VisitListModel::TitleColumn).data().toString();
                const qint64 id =
                    model.index(row, 0).data(VisitListModel::VisitIdRole).toLongLong();
                QVERIFY(id != previousId);
                if (row > 0) // titles number the visits in date order
                    QVERIFY(order == Qt::AscendingOrder ? previousTitle < title
                                                        : previousTitle > title);
                previousId = id;
                previousTitle = title;
            }
        }
        // Words and the delegation together, sorted by another column.
        filter.text = QStringLiteral("so 5");
        filter.delegation = QStringLiteral("tuyen giao");
        model.setFilter(filter);
        model.sort(VisitListModel::TitleColumn, Qt::AscendingOrder);
        // Each word on its own, anywhere: "so" in every title, "5" in the numbers
        // with a 5, of Long An (every third visit is of Đồng Tháp).
        int count = 0;
        QString first;
        for (int i = 0; i < kVisits; ++i) {
            const QString number = QStringLiteral("%1").arg(i, 3, 10, QLatin1Char('0'));
            if (i % 3 != 0 && number.contains(QLatin1Char('5'))) {
                ++count;
                if (first.isEmpty())
                    first = QStringLiteral("Buổi làm việc số ") + number;
            }
        }
        QCOMPARE(model.rowCount(), count);
        QCOMPARE(model.index(0, VisitListModel::TitleColumn).data().toString(), first);
        filter.delegation = QStringLiteral("kiem tra");
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 0);
    }

    // A list that reads every visit (a text filter) is read as ids, in one
    // pass; its rows, order, sorting and rowOfVisit match a list by pages,
    // and a visit deleted before its page is read leaves an empty row.
    void filteredListIsReadById()
    {
        VisitFilter filter;
        filter.text = QStringLiteral("long an");
        QVERIFY(VisitCatalogue::readsEveryVisit(filter));
        QVERIFY(!VisitCatalogue::readsEveryVisit({}));
        VisitFilter byDate;
        byDate.from = QDate(2023, 1, 1);
        QVERIFY(!VisitCatalogue::readsEveryVisit(byDate));
        VisitFilter blank;
        blank.text = QStringLiteral("  ");
        QVERIFY(!VisitCatalogue::readsEveryVisit(blank));

        const VisitCatalogue catalogue(m_database);
        VisitListModel model{catalogue};
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFilter(filter);
        const int expected = kVisits - (kVisits + 2) / 3;
        QCOMPARE(model.rowCount(), expected);
        for (const auto &[column, key] :
             {std::pair{VisitListModel::TitleColumn, VisitSortKey::Title},
              std::pair{VisitListModel::DateColumn, VisitSortKey::Date}}) {
            model.sort(column, Qt::AscendingOrder);
            const QList<VisitRow> pages =
                catalogue.page(filter, key, Qt::AscendingOrder, 0, expected);
            QCOMPARE(pages.size(), expected);
            for (int row = 0; row < expected; ++row) {
                QCOMPARE(model.visitIdAt(row), pages.at(row).id);
                QCOMPARE(model.index(row, VisitListModel::TitleColumn).data().toString(),
                         pages.at(row).title);
            }
            QCOMPARE(model.rowOfVisit(pages.at(300).id), 300);
        }
        QCOMPARE(model.rowOfVisit(-5), -1);

        // Deleted after the list was read, before its page: an empty row.
        model.sort(VisitListModel::DateColumn, Qt::DescendingOrder);
        const qint64 gone = model.visitIdAt(0);
        const qint64 later = catalogue.matchingIds(filter, VisitSortKey::Date, Qt::DescendingOrder)
                                 .at(kPageSize + 1);
        QString error;
        QVERIFY2(VisitService(m_database).remove(later, &error), qPrintable(error));
        QCOMPARE(model.visitIdAt(kPageSize + 1), 0);
        QVERIFY(!model.index(kPageSize + 1, VisitListModel::TitleColumn).data().isValid());
        QCOMPARE(model.visitIdAt(kPageSize + 2) != 0, true);
        model.refresh();
        QCOMPARE(model.rowCount(), expected - 1);
        QCOMPARE(model.visitIdAt(0), gone);
        QCOMPARE(model.rowOfVisit(later), -1);
        // Put back for the tests after this one.
        QVERIFY(addVisit(QStringLiteral("Buổi làm việc bù"), QDate(2020, 1, 1),
                         QStringLiteral("Ban Tuyên giáo Trung ương"),
                         QStringLiteral("Tỉnh ủy Long An")));
    }

    void refreshSeesNewVisits()
    {
        VisitListModel model{VisitCatalogue(m_database)};
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int before = model.rowCount();
        QVERIFY(addVisit(QStringLiteral("Giám sát chuyên đề"), QDate(2024, 5, 21),
                         QStringLiteral("Ủy ban Kiểm tra Tỉnh ủy"),
                         QStringLiteral("Huyện ủy Châu Thành")));
        model.refresh();
        QCOMPARE(model.rowCount(), before + 1);
    }
};

QTEST_GUILESS_MAIN(TestVisitListModel)
#include "test_visit_list_model.moc"
