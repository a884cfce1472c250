// The limitation review with real key strokes and clicks: typing filters the
// list, grouping shows hosts with counts, the list follows saved visits, a
// double-click asks for the visit at that finding, and export writes the
// filtered list.

#include "gui/DatabaseSession.h"
#include "gui/LimitationReviewView.h"
#include "gui/OrganisationsDialog.h"
#include "gui/SearchView.h"
#include "models/FindingListModel.h"
#include "models/SearchResultsModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace vt;

namespace {

// Adds a limitation to a stored visit and saves it, as the editor would.
bool addLimitation(DatabaseSession &session, qint64 visitId, const QString &text)
{
    QString error;
    std::optional<Visit> visit = session.loadVisit(visitId, &error);
    if (!visit)
        return false;
    Finding limitation;
    limitation.category = FindingCategory::Limitation;
    limitation.text = text;
    visit->findings.append(limitation);
    return session.saveVisit(*visit).ok;
}

} // namespace

class TestLimitationView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void filterGroupOpenAndExport()
    {
        DatabaseSession session;
        QString error;
        QVERIFY2(session.open(m_dir.filePath(QStringLiteral("v.sqlite")), &error),
                 qPrintable(error));
        QVERIFY(session.loadSampleVisits().ok);

        LimitationReviewView view(session, FindingCategory::Limitation);
        view.resize(1200, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        FindingListModel *model = view.model();
        const int all = model->rowCount();
        QVERIFY(all >= 5);

        // Typing without accents filters by the folded text.
        auto *search = view.findChild<QLineEdit *>(QStringLiteral("findingSearchEdit"));
        QVERIFY(search);
        QTest::mouseClick(search, Qt::LeftButton);
        QTest::keyClicks(search, QStringLiteral("cham doi moi"));
        QTRY_COMPARE(view.model()->rowCount(), 1);
        QCOMPARE(view.model()->index(0, FindingListModel::HostColumn).data().toString(),
                 QStringLiteral("Tỉnh ủy Long An"));

        // Clearing it brings everything back; the host filter narrows again.
        search->selectAll();
        QTest::keyClick(search, Qt::Key_Backspace);
        QTRY_COMPARE(view.model()->rowCount(), all);
        auto *host = view.findChild<QLineEdit *>(QStringLiteral("findingHostEdit"));
        QTest::mouseClick(host, Qt::LeftButton);
        QTest::keyClicks(host, QStringLiteral("dong thap"));
        QTRY_VERIFY(view.model()->rowCount() > 0 && view.model()->rowCount() < all);
        const int dongThap = view.model()->rowCount();

        // Group by host with the keyboard: one group, with its count.
        auto *grouping = view.findChild<QComboBox *>(QStringLiteral("findingGroupingCombo"));
        grouping->setFocus();
        QTest::keyClick(grouping, Qt::Key_Down);
        QCOMPARE(view.model()->grouping(), FindingGrouping::Host);
        QCOMPARE(view.model()->rowCount(), 1);
        QCOMPARE(view.model()->index(0, 0).data().toString(),
                 QStringLiteral("Tỉnh ủy Đồng Tháp (%1)").arg(dongThap));
        QVERIFY(view.tree()->isExpanded(view.model()->index(0, 0)));

        // Double-click on a finding asks for its visit at that finding.
        QSignalSpy activated(&view, &LimitationReviewView::findingActivated);
        const QModelIndex first =
            view.model()->index(0, FindingListModel::TextColumn, view.model()->index(0, 0));
        const QRect rect = view.tree()->visualRect(first);
        QTest::mouseClick(view.tree()->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(view.tree()->viewport(), Qt::LeftButton, {}, rect.center());
        QTRY_COMPARE(activated.size(), 1);
        QVERIFY(activated.first().at(1).toString().startsWith(QStringLiteral("findings[")));

        // The export writes what is listed.
        const QString csv = m_dir.filePath(QStringLiteral("dong-thap.csv"));
        QVERIFY2(view.exportTo(csv, &error), qPrintable(error));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), dongThap + 1);

        // A saved visit shows at once (visitsChanged).
        QVERIFY(addLimitation(session, activated.first().at(0).toLongLong(),
                              QStringLiteral("Hạn chế mới được bổ sung.")));
        QCOMPARE(view.model()->findingCount(), dongThap + 1);
    }

    void searchViewFindsAndOpens()
    {
        DatabaseSession session;
        QString error;
        QVERIFY2(session.open(m_dir.filePath(QStringLiteral("s.sqlite")), &error),
                 qPrintable(error));
        QVERIFY(session.loadSampleVisits().ok);
        SearchView view(session);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTest::mouseClick(view.searchEdit(), Qt::LeftButton);
        QTest::keyClicks(view.searchEdit(), QStringLiteral("dang bo"));
        QTest::keyClick(view.searchEdit(), Qt::Key_Return);
        QVERIFY(view.model()->rowCount() > 0);
        QSignalSpy activated(&view, &SearchView::recordActivated);
        const QRect rect = view.table()->visualRect(view.model()->index(0, 3));
        QTest::mouseClick(view.table()->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(view.table()->viewport(), Qt::LeftButton, {}, rect.center());
        QTRY_COMPARE(activated.size(), 1);
        QVERIFY(activated.first().at(0).toLongLong() > 0);

        // Saved while the tab is hidden: found again when it is shown, not
        // at the save.
        const int before = view.model()->rowCount();
        view.hide();
        const qint64 visitId = activated.first().at(0).toLongLong();
        QVERIFY(addLimitation(session, visitId, QStringLiteral("Đảng bộ còn chậm sơ kết.")));
        QCOMPARE(view.model()->rowCount(), before);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.model()->rowCount(), before + 1);
        // Shown, a save is found at once.
        QVERIFY(addLimitation(session, visitId, QStringLiteral("Đảng bộ xã chưa kiện toàn.")));
        QCOMPARE(view.model()->rowCount(), before + 2);
    }

    void subordinateUnitsFollowTheOrganisationTree()
    {
        DatabaseSession session;
        QString error;
        QVERIFY2(session.open(m_dir.filePath(QStringLiteral("tree.sqlite")), &error),
                 qPrintable(error));
        QVERIFY(session.loadSampleVisits().ok);
        LimitationReviewView view(session, FindingCategory::Limitation);
        view.resize(1200, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        // Long An alone: 6 limitations; with its district and town committees: 9.
        auto *host = view.findChild<QLineEdit *>(QStringLiteral("findingHostEdit"));
        QTest::mouseClick(host, Qt::LeftButton);
        QTest::keyClicks(host, QStringLiteral("tinh uy long an"));
        QTRY_COMPARE(view.model()->findingCount(), 6);
        auto *subordinates =
            view.findChild<QCheckBox *>(QStringLiteral("findingSubordinatesCheck"));
        QVERIFY(subordinates && subordinates->isVisible());
        QTest::mouseClick(subordinates, Qt::LeftButton);
        QVERIFY(subordinates->isChecked());
        QTRY_COMPARE(view.model()->findingCount(), 9);

        // Châu Thành taken out of Long An in Edit ▸ Organisations: its 2 go.
        OrganisationsDialog dialog(session);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.select(QStringLiteral("Huyện ủy Châu Thành")));
        auto *parent = dialog.findChild<QComboBox *>(QStringLiteral("organisationParentCombo"));
        QVERIFY(parent->isEnabled());
        QCOMPARE(parent->currentText(), QStringLiteral("Tỉnh ủy Long An"));
        parent->setCurrentIndex(0);
        emit parent->activated(0);
        QTRY_COMPARE(view.model()->findingCount(), 7);

        // Long An under its own town committee: refused, said, nothing changed.
        QVERIFY(dialog.select(QStringLiteral("Tỉnh ủy Long An")));
        parent->setCurrentIndex(parent->findText(QStringLiteral("Thị ủy Kiến Tường")));
        emit parent->activated(parent->currentIndex());
        auto *message = dialog.findChild<QLabel *>(QStringLiteral("organisationMessage"));
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("subordinate")),
                 qPrintable(message->text()));
        QCOMPARE(parent->currentIndex(), 0);
        QCOMPARE(view.model()->findingCount(), 7);
    }
};

QTEST_MAIN(TestLimitationView)
#include "test_limitation_view.moc"
