// The follow-up list model under QAbstractItemModelTester, with its proxy:
// overdue rows first by default, marked in colour, icon and bold.

#include "FollowUpFixtures.h"

#include "models/RecommendationListModel.h"
#include "services/FollowUp.h"
#include "storage/Database.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>
#include <QPixmap>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>

using namespace vt;
using namespace vt::test;

class TestFollowUpModels : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Database m_database;
    const QDate m_today{2024, 6, 15};

    QList<FollowUpRow> rows(const FollowUpFilter &filter = {})
    {
        QString error;
        return FollowUp(m_database, m_today).list(filter, &error);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_database.open(m_dir.filePath(QStringLiteral("m.sqlite")), &error),
                 qPrintable(error));
        Visit visit = visitTo(QStringLiteral("Tỉnh ủy Long An"), QDate(2023, 6, 7),
                              QStringLiteral("Làm việc với Tỉnh ủy Long An"),
                              {recommendation(QStringLiteral("Đúng hạn"), m_today.addDays(30)),
                               recommendation(QStringLiteral("Quá hạn ít"), m_today.addDays(-2)),
                               recommendation(QStringLiteral("Xong"), m_today.addDays(-40),
                                              RecommendationStatus::Done, m_today.addDays(-30)),
                               recommendation(QStringLiteral("Quá hạn lâu"), m_today.addDays(-95),
                                              RecommendationStatus::InProgress)});
        visit.recommendations[1].updates = {
            {QDate(2024, 5, 2), QStringLiteral("Đang làm"), 40, {}, {}}};
        QVERIFY(save(m_database, visit));
    }

    void modelPassesTester()
    {
        RecommendationListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(rows());
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(RecommendationListModel::ColumnCount));
        QCOMPARE(model.overdueCount(), 2);
        model.setRows({});
        QCOMPARE(model.rowCount(), 0);
        model.setRows(rows());

        QSortFilterProxyModel proxy;
        QAbstractItemModelTester proxyTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setSortRole(RecommendationListModel::SortRole);
        for (int column = 0; column < RecommendationListModel::ColumnCount; ++column) {
            proxy.sort(column, Qt::AscendingOrder);
            proxy.sort(column, Qt::DescendingOrder);
        }
        model.setRows(rows());
    }

    void overdueRowsComeFirstAndStandOut()
    {
        RecommendationListModel model;
        QPixmap pixmap(8, 8);
        pixmap.fill(Qt::red);
        model.setOverdueIcon(QIcon(pixmap));
        model.setRows(rows());
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(RecommendationListModel::SortRole);
        proxy.sort(RecommendationListModel::DaysOverdueColumn, Qt::DescendingOrder);

        const auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
            return proxy.index(row, column).data(role);
        };
        QCOMPARE(cell(0, RecommendationListModel::TextColumn).toString(),
                 QStringLiteral("Quá hạn lâu"));
        QCOMPARE(cell(0, RecommendationListModel::DaysOverdueColumn).toString(),
                 QStringLiteral("95"));
        QCOMPARE(cell(1, RecommendationListModel::TextColumn).toString(),
                 QStringLiteral("Quá hạn ít"));
        QVERIFY(cell(0, 0, RecommendationListModel::OverdueRole).toBool());
        QVERIFY(!cell(2, 0, RecommendationListModel::OverdueRole).toBool());
        QVERIFY(cell(2, RecommendationListModel::DaysOverdueColumn).toString().isEmpty());

        // Colour, icon and bold on overdue rows only.
        QVERIFY(cell(0, RecommendationListModel::DaysOverdueColumn, Qt::BackgroundRole)
                    .value<QColor>()
                    .isValid());
        QVERIFY(cell(0, RecommendationListModel::DaysOverdueColumn, Qt::FontRole)
                    .value<QFont>()
                    .bold());
        QVERIFY(!cell(0, RecommendationListModel::StatusColumn, Qt::DecorationRole).isNull());
        QVERIFY(cell(3, RecommendationListModel::DaysOverdueColumn, Qt::BackgroundRole).isNull());
        QVERIFY(cell(3, RecommendationListModel::StatusColumn, Qt::DecorationRole).isNull());

        QCOMPARE(cell(0, RecommendationListModel::StatusColumn).toString(),
                 QStringLiteral("In progress — overdue"));
        FollowUpFilter onlyDone;
        onlyDone.status = RecommendationStatus::Done;
        const int done = model.rowOfRecommendation(rows(onlyDone).first().id);
        QCOMPARE(model.index(done, RecommendationListModel::StatusColumn).data().toString(),
                 QStringLiteral("Done late")); // completed 10 days after the deadline
        QVERIFY(cell(1, RecommendationListModel::LastUpdateColumn)
                    .toString()
                    .contains(QStringLiteral("(40%)")));
    }

    void overdueColoursFollowThePalette()
    {
        RecommendationListModel model;
        model.setRows(rows());
        const QModelIndex text = model.index(0, RecommendationListModel::TextColumn);
        const QPalette original = QGuiApplication::palette();
        QPalette dark = original;
        dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        QGuiApplication::setPalette(dark);
        const QColor darkBackground = text.data(Qt::BackgroundRole).value<QColor>();
        const QColor darkText = text.data(Qt::ForegroundRole).value<QColor>();
        QGuiApplication::setPalette(original);
        // Light text on a dark red in a dark palette, dark text on pale red otherwise.
        QVERIFY(darkBackground.lightness() < 100);
        QVERIFY(darkText.lightness() > 180);
        QVERIFY(text.data(Qt::BackgroundRole).value<QColor>().lightness() > 180);
    }
};

QTEST_MAIN(TestFollowUpModels)
#include "test_followup_models.moc"
