// The main flow with real clicks and key strokes: create a visit in the
// editor, save, reopen the database and find it; unsaved changes are asked
// about; deleting asks and removes.

#include "gui/DatabaseSession.h"
#include "gui/ImportWithProgress.h"
#include "gui/MainWindow.h"
#include "gui/VisitEditorWindow.h"
#include "gui/VisitListView.h"
#include "gui/editor/VisitEditor.h"
#include "services/ImportExport.h"
#include "services/JsonInterchange.h"
#include "services/SyntheticVisits.h"
#include "services/VisitService.h"
#include "storage/Database.h"
#include "storage/SearchIndex.h"
#include "storage/VisitRepository.h"

#include <QAction>
#include <QApplication>
#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace vt;

namespace {

VisitEditorWindow *openEditorWindow()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        auto *window = qobject_cast<VisitEditorWindow *>(widget);
        if (window && window->isVisible())
            return window;
    }
    return nullptr;
}

// Answers the next message box with the given button, from the event loop
// that the box itself runs.
void answerNextMessageBox(QMessageBox::StandardButton button, QString *seenText = nullptr)
{
    QTimer::singleShot(0, qApp, [button, seenText] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        if (seenText)
            *seenText = box->text();
        QTest::mouseClick(box->button(button), Qt::LeftButton);
    });
}

void typeInto(QWidget *root, const char *objectName, const QString &text)
{
    auto *edit = root->findChild<QLineEdit *>(QLatin1String(objectName));
    QVERIFY2(edit, objectName);
    edit->setFocus();
    edit->selectAll();
    // QTest::keyClicks only knows Latin-1; Vietnamese arrives as text events,
    // as an input method delivers it.
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, edit, Qt::Key(c.toUpper().unicode()), QString(c),
                            Qt::NoModifier);
    QCOMPARE(edit->text(), text);
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString databasePath() const { return m_dir.filePath(QStringLiteral("visits.sqlite")); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
    }

    void createSaveAndReopen()
    {
        {
            MainWindow window;
            QVERIFY(window.openDatabase(databasePath()));
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));

            window.findChild<QAction *>(QStringLiteral("newVisitAction"))->trigger();
            VisitEditorWindow *editor = openEditorWindow();
            QVERIFY(editor);
            typeInto(editor, "titleEdit", QStringLiteral("Làm việc với Tỉnh ủy Long An"));
            typeInto(editor, "delegationEdit", QStringLiteral("Ban Tuyên giáo Trung ương"));
            typeInto(editor, "hostEdit", QStringLiteral("Tỉnh ủy Long An"));
            auto *date = editor->findChild<QDateEdit *>(QStringLiteral("dateEdit"));
            QVERIFY(date);
            date->setDate(QDate(2023, 6, 7));

            auto *save = editor->findChild<QPushButton *>(QStringLiteral("saveVisitButton"));
            QVERIFY(save);
            QTRY_VERIFY(save->isEnabled());
            QTest::mouseClick(save, Qt::LeftButton);
            QVERIFY(!editor->isModified());
            QVERIFY(editor->visitId() != 0);
            QTRY_COMPARE(window.visitList()->visibleCount(), 1);
            editor->close();
        }

        // A new window on the same file finds the visit, diacritics intact.
        MainWindow reopened;
        QVERIFY(reopened.openDatabase(databasePath()));
        QCOMPARE(reopened.visitList()->visibleCount(), 1);
        QTableView *table = reopened.visitList()->table();
        QCOMPARE(table->model()->index(0, 1).data().toString(),
                 QStringLiteral("Làm việc với Tỉnh ủy Long An"));
        QCOMPARE(table->model()->index(0, 2).data().toString(), QStringLiteral("Tỉnh ủy Long An"));
        QString error;
        const qint64 id = VisitRepository(reopened.session().database()).allIds().value(0);
        const auto visit = reopened.session().loadVisit(id, &error);
        QVERIFY2(visit, qPrintable(error));
        QCOMPARE(visit->date, QDate(2023, 6, 7));
        QCOMPARE(visit->delegation, QStringLiteral("Ban Tuyên giáo Trung ương"));
    }

    void invalidInputBlocksSaving()
    {
        MainWindow window;
        QVERIFY(window.openDatabase(databasePath()));
        window.findChild<QAction *>(QStringLiteral("newVisitAction"))->trigger();
        VisitEditorWindow *editor = openEditorWindow();
        QVERIFY(editor);
        auto *save = editor->findChild<QPushButton *>(QStringLiteral("saveVisitButton"));
        // A new visit has no title, host or delegation yet.
        QVERIFY(!save->isEnabled());
        typeInto(editor, "titleEdit", QStringLiteral("Kiểm tra"));
        QVERIFY(!save->isEnabled());
        // Closing asks about the typed title; Discard closes without storing.
        answerNextMessageBox(QMessageBox::Discard);
        QVERIFY(editor->close());
        QCOMPARE(window.session().visitCount(), 1);
    }

    void closingWithUnsavedChangesAsks()
    {
        MainWindow window;
        QVERIFY(window.openDatabase(databasePath()));
        const qint64 id = VisitRepository(window.session().database()).allIds().value(0);
        window.openVisit(id);
        VisitEditorWindow *editor = openEditorWindow();
        QVERIFY(editor);
        typeInto(editor, "titleEdit", QStringLiteral("Tiêu đề mới"));
        QVERIFY(editor->isModified());

        QString question;
        answerNextMessageBox(QMessageBox::Cancel, &question);
        QVERIFY(!editor->close());
        QVERIFY(question.contains(QStringLiteral("Tiêu đề mới")));
        QVERIFY(editor->isVisible());

        answerNextMessageBox(QMessageBox::Save);
        QVERIFY(editor->close());
        QString error;
        QCOMPARE(window.session().loadVisit(id, &error)->title, QStringLiteral("Tiêu đề mới"));
    }

    // The completion lists are read once and kept until records change: a
    // saved visit's new place is offered next, and another file has its own.
    void completionsFollowSavedVisits()
    {
        DatabaseSession session;
        QString error;
        QVERIFY2(session.open(m_dir.filePath(QStringLiteral("completions.sqlite")), &error),
                 qPrintable(error));
        QVERIFY(session.completions().locations.isEmpty());
        Visit visit;
        visit.title = QStringLiteral("Làm việc với Ban Thường vụ");
        visit.date = QDate(2024, 5, 21);
        visit.delegation = QStringLiteral("Ban Tuyên giáo Trung ương");
        visit.host = QStringLiteral("Tỉnh ủy Long An");
        visit.location = QStringLiteral("Tân An, Long An");
        visit.status = VisitStatus::Held;
        const SaveResult saved = session.saveVisit(visit);
        QVERIFY2(saved.ok, qPrintable(saved.error));
        const Completions after = session.completions();
        QCOMPARE(after.locations, QStringList{QStringLiteral("Tân An, Long An")});
        QCOMPARE(after.organisations, (QStringList{QStringLiteral("Ban Tuyên giáo Trung ương"),
                                                   QStringLiteral("Tỉnh ủy Long An")}));
        QVERIFY2(session.open(m_dir.filePath(QStringLiteral("other.sqlite")), &error),
                 qPrintable(error));
        QVERIFY(session.completions().locations.isEmpty());
        QVERIFY(session.completions().organisations.isEmpty());
    }

    void deletingAsksAndRemoves()
    {
        MainWindow window;
        QVERIFY(window.openDatabase(databasePath()));
        window.show();
        QTableView *table = window.visitList()->table();
        table->setCurrentIndex(table->model()->index(0, 1));
        answerNextMessageBox(QMessageBox::Cancel);
        window.deleteCurrentVisit();
        QCOMPARE(window.session().visitCount(), 1);
        answerNextMessageBox(QMessageBox::Yes);
        window.deleteCurrentVisit();
        QCOMPARE(window.session().visitCount(), 0);
        QCOMPARE(window.visitList()->visibleCount(), 0);
    }

    // An import from the window shows its progress; Cancel, clicked while it
    // runs, keeps nothing and records no undo step.
    void importShowsProgressAndCanBeCancelled()
    {
        QByteArray json;
        {
            Database source;
            QString error;
            QVERIFY2(source.open(m_dir.filePath(QStringLiteral("source.sqlite")), &error),
                     qPrintable(error));
            QVERIFY(generateVisits(source, 40, 7).ok);
            const std::optional<QByteArray> exported = exportInterchange(source, &error);
            QVERIFY2(exported, qPrintable(error));
            json = *exported;
        }
        MainWindow window;
        QVERIFY(window.openDatabase(m_dir.filePath(QStringLiteral("imported.sqlite"))));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const int stepsBefore = window.session().undoStack()->count();

        bool clicked = false;
        QTimer poll;
        poll.setInterval(0);
        connect(&poll, &QTimer::timeout, this, [&] {
            auto *dialog = qobject_cast<QProgressDialog *>(QApplication::activeModalWidget());
            if (!dialog || !dialog->isVisible() || clicked || dialog->value() < 5)
                return;
            QPushButton *cancel = dialog->findChild<QPushButton *>();
            QVERIFY(cancel);
            QTest::mouseClick(cancel, Qt::LeftButton);
            clicked = true;
        });
        poll.start();
        const ImportResult cancelled =
            importWithProgress(window.session(), json, QString(), &window, 0);
        poll.stop();
        QVERIFY(clicked);
        QVERIFY(cancelled.cancelled);
        QVERIFY(!cancelled.ok);
        QCOMPARE(window.session().visitCount(), 0);
        QCOMPARE(window.session().undoStack()->count(), stepsBefore);
        QVERIFY(!window.session().isBusy());

        // Left alone, it imports everything as one undo step.
        QString lastLabel;
        poll.disconnect();
        connect(&poll, &QTimer::timeout, this, [&] {
            if (auto *dialog = qobject_cast<QProgressDialog *>(QApplication::activeModalWidget()))
                lastLabel = dialog->findChild<QLabel *>()->text();
        });
        poll.start();
        const ImportResult done = importWithProgress(window.session(), json, QString(), &window, 0);
        poll.stop();
        QVERIFY2(done.ok, qPrintable(done.error));
        QCOMPARE(done.added, 40);
        QCOMPARE(window.session().visitCount(), 40);
        QCOMPARE(window.session().undoStack()->count(), stepsBefore + 1);
        QVERIFY2(lastLabel.contains(QStringLiteral("40")), qPrintable(lastLabel));
    }

    // A file of an older schema is upgraded on a thread of its own while a
    // dialog says so (DatabaseUpgrade.h); the window then opens it upgraded,
    // with every visit and its search index (schema 12 makes it again).
    void olderFileIsUpgradedShowingProgress()
    {
        const QString file = m_dir.filePath(QStringLiteral("older.sqlite"));
        {
            Database database;
            QString error;
            QVERIFY2(database.open(file, &error), qPrintable(error));
            QVERIFY(generateVisits(database, 12, 5).ok);
            QSqlQuery query(database.connection());
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 11")));
        }
        QVERIFY(Database::needsUpgrade(file));
        QString shownLabel;
        QTimer poll;
        poll.setInterval(0);
        connect(&poll, &QTimer::timeout, this, [&] {
            auto *dialog = qobject_cast<QProgressDialog *>(QApplication::activeModalWidget());
            if (dialog && dialog->objectName() == QLatin1String("upgradeProgress"))
                shownLabel = dialog->labelText();
        });
        poll.start();
        MainWindow window;
        QVERIFY(window.openDatabase(file));
        poll.stop();
        QVERIFY2(shownLabel.contains(QStringLiteral("older.sqlite")), qPrintable(shownLabel));
        QVERIFY(!Database::needsUpgrade(file));
        QCOMPARE(window.session().database().schemaVersion(), Database::kSchemaVersion);
        QCOMPARE(window.session().visitCount(), 12);
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("older.before-schema-11.sqlite"))));
        QVERIFY(SearchIndex(window.session().database()).count(QStringLiteral("uy"), 1000) > 0);
    }

    // File ▸ Export reads every visit on a thread of its own (a read-only
    // connection of its own) while the window keeps painting, and writes them all.
    void exportWritesEveryVisit()
    {
        MainWindow window;
        QVERIFY(window.openDatabase(m_dir.filePath(QStringLiteral("exported.sqlite"))));
        QVERIFY(generateVisits(window.session().database(), 25, 3).ok);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *exportAction = window.findChild<QAction *>(QStringLiteral("exportAction"));
        QVERIFY(exportAction && exportAction->isEnabled());
        const QString target = m_dir.filePath(QStringLiteral("visits-export.json"));
        QTimer::singleShot(0, qApp, [&] {
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            QVERIFY(name);
            name->setText(target);
            QTest::keyClick(name, Qt::Key_Return);
        });
        exportAction->trigger();
        QFile file(target);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const ParsedDocument parsed = readInterchange(file.readAll());
        QVERIFY(parsed.errors.isEmpty());
        QCOMPARE(parsed.visits.size(), 25);
        QVERIFY(
            window.statusBar()->currentMessage().contains(QStringLiteral("visits-export.json")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
