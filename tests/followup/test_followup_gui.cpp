// The follow-up view in the main window, with real clicks: the overdue count
// in the status bar, a click that lists the overdue recommendations, and a
// follow-up update added without the visit editor that clears the count. The
// carry-over page of the visit editor lists what earlier visits left open.

#include "FollowUpFixtures.h"

#include "domain/Clock.h"
#include "domain/TextFolding.h"
#include "gui/AddFollowUpUpdateDialog.h"
#include "gui/DatabaseSession.h"
#include "gui/FollowUpView.h"
#include "gui/MainWindow.h"
#include "gui/OverdueIndicator.h"
#include "gui/VisitEditorWindow.h"
#include "gui/editor/CarryOverPage.h"
#include "gui/editor/VisitEditor.h"
#include "models/RecommendationListModel.h"
#include "services/FollowUp.h"

#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace vt;
using namespace vt::test;

namespace {

const QDate kToday(2024, 6, 15);

void clickCell(QTableView *table, int row, int column)
{
    const QModelIndex index = table->model()->index(row, column);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
}

} // namespace

class TestFollowUpGui : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<FixedToday> m_today;

    // The window on the test's file, shown, with its Follow-up tab current.
    void showFollowUp(MainWindow &window, FollowUpView **view, QTabWidget **views)
    {
        QVERIFY(window.openDatabase(m_dir.filePath(QStringLiteral("gui.sqlite"))));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        *view = window.findChild<FollowUpView *>(QStringLiteral("followUpView"));
        *views = window.findChild<QTabWidget *>(QStringLiteral("mainViews"));
        QVERIFY(*view && *views);
        (*views)->setCurrentWidget(*view);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_today = std::make_unique<FixedToday>(kToday);
        Database db;
        QString error;
        QVERIFY2(db.open(m_dir.filePath(QStringLiteral("gui.sqlite")), &error), qPrintable(error));
        Visit visit = visitTo(
            QStringLiteral("Tỉnh ủy Long An"), QDate(2023, 6, 7),
            QStringLiteral("Làm việc với Tỉnh ủy Long An"),
            {recommendation(QStringLiteral("Đổi mới học tập nghị quyết"), kToday.addDays(-12)),
             recommendation(QStringLiteral("Tổng kết mô hình"), kToday.addDays(60))});
        QVERIFY(save(db, visit));
    }

    void cleanupTestCase() { m_today.reset(); }

    void addUpdateWithClicksClearsOverdueCount()
    {
        MainWindow window;
        QVERIFY(window.openDatabase(m_dir.filePath(QStringLiteral("gui.sqlite"))));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto *indicator = window.findChild<OverdueIndicator *>(QStringLiteral("overdueIndicator"));
        QVERIFY(indicator);
        QVERIFY(indicator->isVisible());
        QCOMPARE(indicator->count(), 1);
        QCOMPARE(indicator->text(), QStringLiteral("1 overdue recommendation(s)"));

        QTest::mouseClick(indicator, Qt::LeftButton);
        auto *views = window.findChild<QTabWidget *>(QStringLiteral("mainViews"));
        auto *view = window.findChild<FollowUpView *>(QStringLiteral("followUpView"));
        QVERIFY(views && view);
        QCOMPARE(views->currentWidget(), view);
        auto *status = view->findChild<QComboBox *>(QStringLiteral("followUpStatusCombo"));
        QCOMPARE(status->currentText(), QStringLiteral("Overdue"));
        QTableView *table = view->table();
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(
            table->model()->index(0, RecommendationListModel::DaysOverdueColumn).data().toString(),
            QStringLiteral("12"));
        // The summary says how long they have waited; its bucket link filters the list.
        auto *summary = view->findChild<QLabel *>(QStringLiteral("followUpSummary"));
        QVERIFY(summary->text().contains(QStringLiteral("1–30 days overdue: 1")));
        emit summary->linkActivated(QStringLiteral("1-30"));
        QCOMPARE(status->currentText().trimmed(), QStringLiteral("1–30 days overdue"));
        QCOMPARE(table->model()->rowCount(), 1);
        status->setCurrentIndex(
            status->findText(QStringLiteral("31–60 days overdue"), Qt::MatchContains));
        QCOMPARE(table->model()->rowCount(), 0);
        status->setCurrentIndex(status->findText(QStringLiteral("Overdue")));
        QCOMPARE(table->model()->rowCount(), 1);

        auto *add = view->findChild<QPushButton *>(QStringLiteral("addFollowUpUpdateButton"));
        QVERIFY(!add->isEnabled());
        clickCell(table, 0, RecommendationListModel::TextColumn);
        QVERIFY(add->isEnabled());

        bool dialogSeen = false;
        QString firstIssue;
        QTimer::singleShot(0, this, [&] {
            auto *dialog =
                qobject_cast<AddFollowUpUpdateDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialogSeen = true;
            auto *submit = dialog->findChild<QPushButton *>(QStringLiteral("followUpSubmitButton"));
            // Without a note: refused, the reason beside the field.
            QTest::mouseClick(submit, Qt::LeftButton);
            auto *noteIssue = dialog->findChild<QLabel *>(QStringLiteral("noteIssueLabel"));
            QVERIFY(noteIssue->isVisible());
            firstIssue = noteIssue->text();
            QVERIFY(dialog->isVisible());

            auto *note = dialog->findChild<QPlainTextEdit *>(QStringLiteral("followUpNoteEdit"));
            note->setFocus();
            QTest::keyClicks(note, QStringLiteral("Plan issued, all cells studied"));
            QVERIFY(!noteIssue->isVisible());
            auto *newStatus =
                dialog->findChild<QComboBox *>(QStringLiteral("followUpNewStatusCombo"));
            newStatus->setCurrentIndex(newStatus->findText(QStringLiteral("Done")));
            QTest::mouseClick(submit, Qt::LeftButton);
        });
        QTest::mouseClick(add, Qt::LeftButton);
        QVERIFY(dialogSeen);
        QVERIFY(!firstIssue.isEmpty());

        // Done now: the count clears and the overdue list empties.
        QCOMPARE(indicator->count(), 0);
        QCOMPARE(indicator->text(), QStringLiteral("No overdue recommendations"));
        QCOMPARE(table->model()->rowCount(), 0);
        status->setCurrentIndex(status->findData(-1));
        QCOMPARE(table->model()->rowCount(), 2);
        QString error;
        const FollowUpRow row = FollowUp(window.session().database()).list({}, &error).first();
        QCOMPARE(row.status, RecommendationStatus::Done);
        QCOMPARE(row.lastUpdateNote, QStringLiteral("Plan issued, all cells studied"));
        QCOMPARE(row.completed, kToday);
    }

    void headerClicksSortTheListAndKeepTheSelection()
    {
        MainWindow window;
        FollowUpView *view = nullptr;
        QTabWidget *views = nullptr;
        showFollowUp(window, &view, &views);
        QVERIFY(view && views);
        QTableView *table = view->table();
        QCOMPARE(table->model()->rowCount(), 2);
        const auto textAt = [&](int row) {
            return table->model()
                ->index(row, RecommendationListModel::TextColumn)
                .data()
                .toString();
        };
        // A click on the text column's header sorts by it, a second reverses.
        QHeaderView *header = table->horizontalHeader();
        const auto clickHeader = [&](int column) {
            const QPoint at(header->sectionViewportPosition(column) + 10, header->height() / 2);
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
        };
        clickHeader(RecommendationListModel::TextColumn);
        const QString first = textAt(0);
        const QString second = textAt(1);
        QVERIFY2(foldForSearch(first) < foldForSearch(second),
                 qPrintable(first + QStringLiteral(" / ") + second));
        clickHeader(RecommendationListModel::TextColumn);
        QCOMPARE(textAt(0), second);
        // The selected recommendation stays selected when the list is read again.
        clickCell(table, 1, RecommendationListModel::TextColumn);
        const qint64 selected = view->currentRecommendationId();
        QVERIFY(selected != 0);
        view->refresh();
        QCOMPARE(view->currentRecommendationId(), selected);

        // A long list reads its pages on another thread: the selection comes
        // back once the page of its row has arrived.
        // It is counted apart too: the rows shown stay until the new list is
        // in place.
        view->model()->setRowsReadApart(1);
        QSignalSpy listed(view->model(), &RecommendationListModel::listed);
        view->refresh();
        QVERIFY(view->model()->isCounting());
        QCOMPARE(view->currentRecommendationId(), selected);
        QVERIFY(listed.wait());
        QCOMPARE(view->currentRecommendationId(), 0);
        QCOMPARE(textAt(1), RecommendationListModel::tr("Reading…"));
        QTRY_COMPARE(view->currentRecommendationId(), selected);
        QCOMPARE(table->currentIndex().row(), 1);
        clickHeader(RecommendationListModel::TextColumn);
        QTRY_COMPARE(textAt(0), first);
    }

    // The paged list reads from the open file: opening another one while the
    // tab is hidden must not leave it reading from the file that went.
    void openingAnotherFileWhileHiddenLetsGoOfTheOld()
    {
        MainWindow window;
        FollowUpView *view = nullptr;
        QTabWidget *views = nullptr;
        showFollowUp(window, &view, &views);
        QVERIFY(view && views);
        QCOMPARE(view->model()->rowCount(), 2);
        views->setCurrentIndex(0); // hidden
        QString error;
        QVERIFY2(window.session().open(m_dir.filePath(QStringLiteral("other.sqlite")), &error),
                 qPrintable(error));
        QCoreApplication::processEvents();
        QCOMPARE(view->model()->rowCount(), 0);
        QCOMPARE(view->model()->rowAt(0), nullptr);
        views->setCurrentWidget(view);
        QCOMPARE(view->model()->rowCount(), 0); // the new file has none
        QVERIFY(window.openDatabase(m_dir.filePath(QStringLiteral("gui.sqlite"))));
        QCOMPARE(view->model()->rowCount(), 2);

        // The first list of a large file is counted on another thread; the
        // summary says it is being read until the list is in place.
        view->model()->setFirstCountApartFromBytes(0);
        QVERIFY(window.openDatabase(m_dir.filePath(QStringLiteral("other.sqlite"))));
        QVERIFY(window.openDatabase(m_dir.filePath(QStringLiteral("gui.sqlite"))));
        auto *summary = view->findChild<QLabel *>(QStringLiteral("followUpSummary"));
        QVERIFY(summary);
        QVERIFY(view->model()->isCounting());
        QCOMPARE(view->model()->rowCount(), 0);
        QCOMPARE(summary->text(), FollowUpView::tr("Reading the recommendations…"));
        // Printing meanwhile is refused: the rows shown are not the list yet.
        QString told;
        QTimer closer;
        connect(&closer, &QTimer::timeout, this, [&told] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                told = box->text();
                box->accept();
            }
        });
        closer.start(10);
        auto *print = view->findChild<QPushButton *>(QStringLiteral("followUpPrintPreviewButton"));
        QVERIFY(print && print->isEnabled());
        QTest::mouseClick(print, Qt::LeftButton);
        closer.stop();
        QCOMPARE(told,
                 FollowUpView::tr("The list is still being read. Print it once it is shown."));
        QTRY_COMPARE(view->model()->rowCount(), 2);
        QVERIFY2(summary->text().startsWith(FollowUpView::tr("%Ln recommendation(s)", nullptr, 2)),
                 qPrintable(summary->text()));
    }

    void editorListsEarlierRecommendations()
    {
        MainWindow window;
        QVERIFY(window.openDatabase(m_dir.filePath(QStringLiteral("gui.sqlite"))));
        Visit later =
            visitTo(QStringLiteral("Tỉnh ủy Long An"), QDate(2024, 6, 1), QStringLiteral("Lần 2"));
        VisitEditorWindow editorWindow(window.session(), later);
        editorWindow.show();
        auto *page = editorWindow.findChild<CarryOverPage *>(QStringLiteral("carryOverPage"));
        QVERIFY(page);
        // The first test closed one; the other is still open.
        QCOMPARE(page->rowCount(), 1);
        // Its table is filled when the page is first shown, as a user opens its tab.
        QVERIFY(!page->findChild<QComboBox *>(QStringLiteral("verdictCombo0")));
        auto *sections = editorWindow.findChild<QTabWidget *>(QStringLiteral("sectionTabs"));
        QVERIFY(sections);
        sections->setCurrentWidget(page);
        auto *combo = page->findChild<QComboBox *>(QStringLiteral("verdictCombo0"));
        QVERIFY(combo);
        combo->setCurrentIndex(combo->findText(QStringLiteral("Partly implemented")));
        QVERIFY(editorWindow.isModified());
        QCOMPARE(editorWindow.editor()->visit().carriedOver.size(), 1);
        QVERIFY(editorWindow.save());
        // Saved and read back: the verdict chosen is shown in the page again.
        combo = page->findChild<QComboBox *>(QStringLiteral("verdictCombo0"));
        QVERIFY(combo);
        QCOMPARE(combo->currentText(), QStringLiteral("Partly implemented"));
        QString error;
        FollowUpFilter filter;
        filter.status = RecommendationStatus::InProgress;
        QCOMPARE(FollowUp(window.session().database()).list(filter, &error).size(), 1);
    }
};

QTEST_MAIN(TestFollowUpGui)
#include "test_followup_gui.moc"
