// Undo and redo in the main window with real keys (issue 7, "Nothing lost"):
// a visit deleted from the list (after the confirmation) comes back with all
// its records on Ctrl+Z and goes again on Ctrl+Shift+Z and Ctrl+Y; an edit
// saved in the editor and a follow-up update are undone; a step whose visit
// changed since is refused with a message; the Edit menu names the step;
// opening another database clears the steps (test_read_only_gui: no undo when
// read-only). An import undone and redone brings its visits back with every
// attachment it carried, and the files it replaced come back on undo. The
// stack is bounded: the oldest steps go, and removed files are kept on disk.

#include "gui/AddFollowUpUpdateDialog.h"
#include "gui/DatabaseSession.h"
#include "gui/FollowUpView.h"
#include "gui/MainWindow.h"
#include "gui/VisitEditorWindow.h"
#include "gui/VisitListView.h"
#include "gui/undo/DocumentVisits.h"
#include "gui/undo/KeptContent.h"
#include "services/AttachmentService.h"
#include "services/DemoData.h"
#include "services/ImportExport.h"
#include "services/OrganisationService.h"
#include "services/VisitService.h"
#include "services/VisitStates.h"
#include "storage/Organisations.h"
#include "storage/VisitRepository.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QFileDialog>
#include <QImage>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace vt;

namespace {

void answerNextMessageBox(QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, qApp, [button] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        QTest::mouseClick(box->button(button), Qt::LeftButton);
    });
}

// Every visit with every record, as the interchange format writes them.
QByteArray everything(MainWindow &window)
{
    return exportInterchange(window.session().database(), nullptr).value_or(QByteArray());
}

bool listShows(VisitListView *list, const QString &title)
{
    const QAbstractItemModel *model = list->table()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 1).data().toString() == title)
            return true;
    }
    return false;
}

// Every attachment of every visit: owner, name, words and the SHA-256 of the
// bytes the database hands back.
QStringList attachmentsIn(Database &database)
{
    QStringList lines;
    const AttachmentService service(database);
    for (const qint64 id : VisitRepository(database).allIds()) {
        const QString ref = VisitRepository(database).load(id, nullptr)->ref;
        for (const AttachmentRecord &a : service.list(id, nullptr)) {
            lines << QStringList{ref,
                                 a.owner.findingKey,
                                 QString::number(a.owner.recommendation),
                                 QString::number(a.owner.update),
                                 a.fileName,
                                 a.caption,
                                 a.credit,
                                 a.sha256,
                                 sha256Hex(service.content(a, nullptr).value_or(QByteArray()))}
                         .join(QLatin1Char('|'));
        }
    }
    lines.sort();
    return lines;
}

QString writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

QByteArray pngBytes(int width, QColor colour)
{
    QImage image(width, width * 3 / 4, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// Chooses `path` in the next file dialog, as a user types it.
void chooseInNextFileDialog(const QString &path)
{
    QTimer::singleShot(0, qApp, [path] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        QVERIFY(name);
        name->setText(path);
        QTest::keyClick(name, Qt::Key_Return);
    });
}

} // namespace

class TestUndoGui : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QAction *action(MainWindow &window, const char *name)
    {
        return window.findChild<QAction *>(QLatin1String(name));
    }

    // The window on a new file with the sample visits, shown on the
    // follow-up tab with the first recommendation selected.
    FollowUpView *followUpOfSampleVisits(MainWindow &window, const char *fileName)
    {
        if (!window.openDatabase(m_dir.filePath(QLatin1String(fileName))) ||
            !window.session().loadSampleVisits().ok)
            return nullptr;
        window.show();
        window.activateWindow();
        if (!QTest::qWaitForWindowActive(&window))
            return nullptr;
        auto *views = window.findChild<QTabWidget *>(QStringLiteral("mainViews"));
        auto *view = window.findChild<FollowUpView *>(QStringLiteral("followUpView"));
        views->setCurrentWidget(view);
        QTableView *table = view->table();
        if (table->model()->rowCount() == 0)
            return nullptr;
        table->setCurrentIndex(table->model()->index(0, 1));
        return view;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
    }

    void deleteUndoRedoWithKeys()
    {
        MainWindow window;
        QVERIFY(window.openDatabase(m_dir.filePath(QStringLiteral("delete.sqlite"))));
        QVERIFY(window.session().loadSampleVisits().ok);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QAction *undo = action(window, "undoAction");
        QAction *redo = action(window, "redoAction");
        QVERIFY(undo && redo);
        QVERIFY(undo->shortcuts().contains(QKeySequence(QKeySequence::Undo)));
        QVERIFY(redo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
        QVERIFY(redo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Y)));
        QCOMPARE(undo->text(), QStringLiteral("&Undo: Load sample visits"));

        VisitListView *list = window.visitList();
        QTableView *table = list->table();
        const qint64 total = window.session().visitCount();
        QVERIFY(total > 1);
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, 1));
        const QString title = table->model()->index(0, 1).data().toString();
        const QByteArray before = everything(window);

        answerNextMessageBox(QMessageBox::Yes);
        QTest::keyClick(table, Qt::Key_Delete);
        QCOMPARE(window.session().visitCount(), total - 1);
        window.activateWindow(); // back from the confirmation
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(!listShows(list, title));
        QVERIFY(undo->isEnabled());
        QVERIFY2(undo->text().startsWith(QStringLiteral("&Undo: Delete visit “")),
                 qPrintable(undo->text()));

        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(window.session().visitCount(), total);
        QCOMPARE(everything(window), before); // every record, every carried-over verdict
        QTRY_VERIFY(listShows(list, title));
        QCOMPARE(list->visibleCount(), int(total));
        QVERIFY(redo->isEnabled());
        QVERIFY(redo->text().startsWith(QStringLiteral("&Redo: Delete visit “")));

        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(window.session().visitCount(), total - 1);
        QTRY_VERIFY(!listShows(list, title));
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(everything(window), before);
        QTest::keyClick(table, Qt::Key_Y, Qt::ControlModifier);
        QCOMPARE(window.session().visitCount(), total - 1);
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(everything(window), before);

        // Back past the sample visits: an empty database, and forward again.
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(window.session().visitCount(), 0);
        QVERIFY(!undo->isEnabled());
        QCOMPARE(undo->text(), QStringLiteral("&Undo"));
        QTest::keyClick(table, Qt::Key_Y, Qt::ControlModifier);
        QCOMPARE(everything(window), before);

        // Another database has its own (empty) history.
        QVERIFY(window.openDatabase(m_dir.filePath(QStringLiteral("other.sqlite"))));
        QCOMPARE(window.session().undoStack()->count(), 0);
        QVERIFY(!undo->isEnabled() && !redo->isEnabled());
    }

    void editUndoneFromTheMainWindow()
    {
        MainWindow window;
        QVERIFY(window.openDatabase(m_dir.filePath(QStringLiteral("edit.sqlite"))));
        QVERIFY(window.session().loadSampleVisits().ok);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTableView *table = window.visitList()->table();
        table->setCurrentIndex(table->model()->index(0, 1));
        const qint64 id = window.visitList()->currentVisitId();
        const QByteArray before = everything(window);

        window.openVisit(id);
        VisitEditorWindow *editor = nullptr;
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *found = qobject_cast<VisitEditorWindow *>(widget);
                found && found->isVisible())
                editor = found;
        }
        QVERIFY(editor);
        auto *titleEdit = editor->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
        titleEdit->setFocus();
        titleEdit->selectAll();
        QTest::keyClicks(titleEdit, QStringLiteral("Edited title"));
        // Inside the editor, the text field keeps its own undo.
        QTest::keyClick(titleEdit, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(titleEdit->text() != QStringLiteral("Edited title"));
        QTest::keyClicks(titleEdit, QStringLiteral(" again"));
        const QString edited = titleEdit->text();
        QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("saveVisitButton")),
                          Qt::LeftButton);
        QVERIFY(!editor->isModified());
        QCOMPARE(window.session().loadVisit(id, nullptr)->title, edited);
        QVERIFY(action(window, "undoAction")->text().contains(QStringLiteral("Edit visit")));

        // Undone from the main window's Edit menu; the open editor follows.
        action(window, "undoAction")->trigger();
        QCOMPARE(everything(window), before);
        QTRY_VERIFY(titleEdit->text() != edited);
        action(window, "redoAction")->trigger();
        QCOMPARE(window.session().loadVisit(id, nullptr)->title, edited);
        editor->close();

        // A change made outside the step (here straight through the service):
        // undo refuses, says why, changes nothing and drops the step.
        Visit other = *window.session().loadVisit(id, nullptr);
        other.summary = QStringLiteral("Changed elsewhere");
        QVERIFY(VisitService(window.session().database()).save(other).ok);
        const QByteArray current = everything(window);
        const int steps = window.session().undoStack()->count();
        action(window, "undoAction")->trigger();
        QCOMPARE(everything(window), current);
        auto *refused = window.findChild<QMessageBox *>(QStringLiteral("stepRefusedBox"));
        QVERIFY(refused && refused->isVisible());
        QVERIFY(refused->text().contains(edited));
        QCOMPARE(window.session().undoStack()->count(), steps - 1);
        refused->close();
    }

    void sampleVisitsUndoneWithTheirHierarchy()
    {
        // The organisations as the user placed them: one the sample places
        // elsewhere already stands under another parent with another kind.
        DatabaseSession session;
        QVERIFY(session.open(m_dir.filePath(QStringLiteral("hierarchy.sqlite")), nullptr));
        const QList<OrganisationPlacement> sample = demoHierarchy();
        QVERIFY(sample.size() > 2);
        const OrganisationPlacement moved = [&] {
            for (const OrganisationPlacement &placement : sample) {
                if (!placement.parent.isEmpty())
                    return placement;
            }
            return OrganisationPlacement{};
        }();
        QVERIFY(!moved.name.isEmpty());
        QString error;
        OrganisationService service(session.database());
        QVERIFY2(
            service.place(
                {{QStringLiteral("Cơ quan của người dùng"), {}, OrganisationKind::Other},
                 {moved.name, QStringLiteral("Cơ quan của người dùng"), OrganisationKind::Other}},
                &error),
            qPrintable(error));
        const auto hierarchy = [&] {
            QStringList lines;
            for (const OrganisationRecord &o : Organisations(session.database()).list(nullptr))
                lines << o.name + QLatin1Char('|') + o.parentName + QLatin1Char('|') +
                             (o.kind ? toKey(*o.kind) : QString());
            lines.sort();
            return lines;
        };
        const QStringList before = hierarchy();
        QVERIFY(session.loadSampleVisits().ok);
        const QStringList loaded = hierarchy();
        QVERIFY(loaded != before);
        QCOMPARE(session.undoStack()->undoText(), QStringLiteral("Load sample visits"));

        session.undoStack()->undo();
        QCOMPARE(session.visitCount(), 0);
        // Organisations the sample created stay as names, placed nowhere.
        QStringList expected = before;
        for (const QString &line : hierarchy()) {
            const QString name = line.section(QLatin1Char('|'), 0, 0);
            if (!before.join(QLatin1Char('\n')).contains(name + QLatin1Char('|'))) {
                QCOMPARE(line, name + QStringLiteral("||"));
                expected << line;
            }
        }
        expected.sort();
        QCOMPARE(hierarchy(), expected);
        session.undoStack()->redo();
        QCOMPARE(hierarchy(), loaded);
        QVERIFY(session.visitCount() > 0);
    }

    // The undo step of an import reads only refs and listed files of each
    // visit: the same from a document shaped as ours (streamed) and from one
    // with its visits first (parsed whole).
    void documentOutlineHoldsRefsAndListedFiles()
    {
        const QByteArray visits = R"([
            {"ref": "Nghe\u0323\u0302 An-1", "x-attachments": [{"sha256": "a1"}]},
            {"ref": "plain", "findings": [{"text": "t"}, {"x-attachments": [{"sha256": "b2"}]}]},
            {"ref": "updates", "recommendations": [{"updates": [{"x-attachments":
                [{"sha256": "c3"}, {"sha256": "d4"}]}]}]},
            {"title": "no ref"}])";
        const QByteArray ours =
            R"({"format": "visit-tracker", "version": 1, "visits": )" + visits + "}";
        const QByteArray visitsFirst =
            R"({"visits": )" + visits + R"(, "format": "visit-tracker", "version": 1})";
        for (const QByteArray &json : {ours, visitsFirst}) {
            const DocumentOutline outline = outlineOf(json);
            QCOMPARE(outline.visits.size(), 4);
            QCOMPARE(outline.visits.at(0).ref, QString::fromUtf8("Nghệ An-1"));
            QVERIFY(outline.visits.at(0).listsAttachments);
            QVERIFY(outline.visits.at(1).listsAttachments);
            QVERIFY(outline.visits.at(2).listsAttachments);
            QVERIFY(!outline.visits.at(3).listsAttachments);
            QCOMPARE(outline.visits.at(3).ref, QString());
            QCOMPARE(outline.listedContents,
                     (QSet<QString>{QStringLiteral("a1"), QStringLiteral("b2"),
                                    QStringLiteral("c3"), QStringLiteral("d4")}));
        }
        QVERIFY(outlineOf("not json").visits.isEmpty());
    }

    // Most visits' outlines are read from their bytes without parsing them
    // (plainOutlineOf); anything less plain is parsed. Each element below
    // gives the same outline either way (a document with its visits first
    // is parsed whole).
    void outlinesReadFromBytesMatchParsedOnes()
    {
        const QList<QByteArray> elements = {
            R"({"ref": "a", "title": "t"})",
            "{\"ref\": \"Nghe\xcc\xa3\xcc\x82 An NFD\"}", // raw UTF-8, decomposed
            "{\"r\\u0065f\": \"escaped key\"}",
            "{\"ref\": \"quote \\\" inside\"}",
            R"({"ref": null})",
            R"({"ref": 5})",
            R"({"nested": {"ref": "inner"}, "title": "t"})",
            R"({"findings": [{"ref": "inner"}], "ref": "outer"})",
            "{\"summary\": \"says \\\"x-attachments\\\": here\", \"ref\": \"s\"}",
            R"({"title": "x-attachments", "ref": "value"})",
            R"({"x-attachments": [], "ref": "empty list"})",
            R"({"findings": [{"x-attachments" : [{"sha256": "f1"}]}], "ref": "deep"})",
            R"({"ref": "dup", "ref": "second"})",
            R"({"title": "no ref", "kind": "working"})",
            "{ \"ref\"\n:\t\"spaced\" , \"a\":[{\"b\":[]}]}",
            R"([1, 2])",
            R"("text")"};
        QByteArray visits = "[";
        for (const QByteArray &element : elements)
            visits += (visits.size() > 1 ? ",\n" : "") + element;
        visits += "]";
        const DocumentOutline streamed =
            outlineOf(R"({"format": "visit-tracker", "version": 1, "visits": )" + visits + "}");
        const DocumentOutline parsed =
            outlineOf(R"({"visits": )" + visits + R"(, "format": "visit-tracker"})");
        QCOMPARE(streamed.visits.size(), elements.size());
        QCOMPARE(parsed.visits.size(), elements.size());
        for (qsizetype i = 0; i < elements.size(); ++i) {
            QCOMPARE(streamed.visits.at(i).ref, parsed.visits.at(i).ref);
            QCOMPARE(streamed.visits.at(i).listsAttachments, parsed.visits.at(i).listsAttachments);
        }
        QCOMPARE(streamed.visits.at(0).ref, QStringLiteral("a"));
        QCOMPARE(streamed.visits.at(1).ref, QString::fromUtf8("Nghệ An NFD"));
        QCOMPARE(streamed.visits.at(2).ref, QStringLiteral("escaped key"));
        QCOMPARE(streamed.visits.at(6).ref, QString());
        QCOMPARE(streamed.visits.at(7).ref, QStringLiteral("outer"));
        QVERIFY(!streamed.visits.at(8).listsAttachments);
        QVERIFY(!streamed.visits.at(9).listsAttachments);
        QVERIFY(streamed.visits.at(10).listsAttachments);
        QVERIFY(streamed.visits.at(11).listsAttachments);
        QCOMPARE(streamed.visits.at(14).ref, QStringLiteral("spaced"));
        QCOMPARE(streamed.listedContents, QSet<QString>{QStringLiteral("f1")});
        QCOMPARE(parsed.listedContents, streamed.listedContents);
    }

    void importWithAttachmentsUndoneAndRedone()
    {
        // The visits' states go to a file, as those of a large import do.
        const qint64 memoryLimit = VisitStates::memoryLimit();
        VisitStates::setMemoryLimit(0);
        const auto restoreLimit = qScopeGuard([&] { VisitStates::setMemoryLimit(memoryLimit); });
        // An export of sample visits with files on a visit and on a finding.
        QString error;
        const QString json = m_dir.filePath(QStringLiteral("with-files.json"));
        QStringList exported;
        {
            DatabaseSession source;
            QVERIFY(source.open(m_dir.filePath(QStringLiteral("source.sqlite")), nullptr));
            QVERIFY(source.loadSampleVisits().ok);
            const qint64 id = VisitRepository(source.database()).allIds().constFirst();
            const Visit visit = *source.loadVisit(id, nullptr);
            QVERIFY(!visit.findings.isEmpty());
            AttachmentService service(source.database());
            const auto photo = service.prepare(
                writeFile(m_dir.filePath(QStringLiteral("quang-canh.png")), pngBytes(640, Qt::red)),
                &error);
            const auto scan =
                service.prepare(writeFile(m_dir.filePath(QStringLiteral("bao-cao.pdf")),
                                          QByteArray("%PDF-1.4\n% Báo cáo\n").repeated(300)),
                                &error);
            QVERIFY2(photo && scan, qPrintable(error));
            QVERIFY(service.add({id, {}, -1, -1}, *photo, &error,
                                QStringLiteral("Quang cảnh buổi làm việc"),
                                QStringLiteral("Ảnh: Đức Hạnh/TTXVN")));
            QVERIFY(service.add({id, visit.findings.constFirst().key, -1, -1}, *scan, &error));
            exported = attachmentsIn(source.database());
            QCOMPARE(exported.size(), 2);
            const auto document = exportInterchange(source.database(), &error, json);
            QVERIFY2(document, qPrintable(error));
            QFile file(json);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(*document);
        }

        MainWindow window;
        QVERIFY(window.openDatabase(m_dir.filePath(QStringLiteral("import.sqlite"))));
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        Database &database = window.session().database();
        chooseInNextFileDialog(json);
        action(window, "importAction")->trigger();
        window.activateWindow(); // back from the file dialog
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.session().visitCount() > 0);
        QCOMPARE(attachmentsIn(database), exported);
        const QByteArray imported = everything(window);
        QVERIFY(action(window, "undoAction")->text().startsWith(QStringLiteral("&Undo: Import")));

        QTableView *table = window.visitList()->table();
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(window.session().visitCount(), 0);
        QCOMPARE(attachmentsIn(database), QStringList());
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(everything(window), imported);
        QCOMPARE(attachmentsIn(database), exported); // same files, same bytes, same words
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(attachmentsIn(database), QStringList());
        QTest::keyClick(table, Qt::Key_Y, Qt::ControlModifier);
        QCOMPARE(attachmentsIn(database), exported);

        // The user attaches a file to an imported visit; importing the
        // document again replaces the visit's files with those it lists.
        const qint64 id = VisitRepository(database).allIds().constFirst();
        const auto own = AttachmentService(database).prepare(
            writeFile(m_dir.filePath(QStringLiteral("bien-ban.png")), pngBytes(320, Qt::blue)),
            &error);
        QVERIFY2(own, qPrintable(error));
        QVERIFY(window.session().addAttachment({id, {}, -1, -1}, *own, &error));
        const QStringList withOwn = attachmentsIn(database);
        QCOMPARE(withOwn.size(), 3);
        chooseInNextFileDialog(json);
        action(window, "importAction")->trigger();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QCOMPARE(attachmentsIn(database), exported);
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(attachmentsIn(database), withOwn); // the user's file is back, same bytes
        QTest::keyClick(table, Qt::Key_Y, Qt::ControlModifier);
        QCOMPARE(attachmentsIn(database), exported);
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier); // the user's attaching
        QCOMPARE(attachmentsIn(database), exported);
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier); // the first import
        QCOMPARE(window.session().visitCount(), 0);
        QCOMPARE(attachmentsIn(database), QStringList());
    }

    void importThatCannotBeKeptSaysSo()
    {
        // A temporary "folder" that is a file stands for a full disk.
        const qint64 memoryLimit = VisitStates::memoryLimit();
        VisitStates::setMemoryLimit(0);
        const QByteArray oldTmp = qgetenv("TMPDIR");
        const QString notAFolder = writeFile(m_dir.filePath(QStringLiteral("not-a-folder")), "x");
        qputenv("TMPDIR", QFile::encodeName(notAFolder));
        const auto restore = qScopeGuard([&] {
            VisitStates::setMemoryLimit(memoryLimit);
            qputenv("TMPDIR", oldTmp);
        });
        DatabaseSession session;
        QVERIFY(session.open(m_dir.filePath(QStringLiteral("unkept.sqlite")), nullptr));
        QSignalSpy refused(&session, &DatabaseSession::stepRefused);
        const ImportResult result = session.importDocument(demoDocument(), QString());
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(session.visitCount() > 0); // imported all the same
        QCOMPARE(refused.size(), 1);
        const QString message = refused.constFirst().constFirst().toString();
        QVERIFY2(message.contains(QStringLiteral("cannot be undone")) &&
                     message.contains(QStringLiteral("not-a-folder")),
                 qPrintable(message));
        QVERIFY(!session.undoStack()->canUndo());
    }

    void followUpUpdateUndone()
    {
        MainWindow window;
        FollowUpView *view = followUpOfSampleVisits(window, "followup.sqlite");
        QVERIFY(view);
        QTableView *table = view->table();
        const QByteArray before = everything(window);

        bool submitted = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog =
                qobject_cast<AddFollowUpUpdateDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto *note = dialog->findChild<QPlainTextEdit *>(QStringLiteral("followUpNoteEdit"));
            note->setFocus();
            QTest::keyClicks(note, QStringLiteral("Report received"));
            QTest::mouseClick(
                dialog->findChild<QPushButton *>(QStringLiteral("followUpSubmitButton")),
                Qt::LeftButton);
            submitted = !dialog->isVisible();
        });
        QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("addFollowUpUpdateButton")),
                          Qt::LeftButton);
        QVERIFY(submitted);
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(everything(window) != before);
        QVERIFY(action(window, "undoAction")->text().contains(QStringLiteral("Follow-up update")));

        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(everything(window), before);
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(everything(window).contains("Report received"));
    }

    void followUpUpdateWithFilesIsOneStep()
    {
        MainWindow window;
        FollowUpView *view = followUpOfSampleVisits(window, "followup-files.sqlite");
        QVERIFY(view);
        QTableView *table = view->table();
        Database &database = window.session().database();
        const QByteArray before = everything(window);
        const QStringList filesBefore = attachmentsIn(database);
        const int steps = window.session().undoStack()->count();
        const QByteArray photo = pngBytes(480, Qt::darkGreen);
        const QString path = writeFile(m_dir.filePath(QStringLiteral("nghiem-thu.png")), photo);

        bool submitted = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog =
                qobject_cast<AddFollowUpUpdateDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto *note = dialog->findChild<QPlainTextEdit *>(QStringLiteral("followUpNoteEdit"));
            note->setFocus();
            QTest::keyClicks(note, QStringLiteral("Works accepted"));
            chooseInNextFileDialog(path);
            QTest::mouseClick(
                dialog->findChild<QPushButton *>(QStringLiteral("pendingAttachmentsAddButton")),
                Qt::LeftButton);
            QTest::mouseClick(
                dialog->findChild<QPushButton *>(QStringLiteral("followUpSubmitButton")),
                Qt::LeftButton);
            submitted = !dialog->isVisible();
        });
        QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("addFollowUpUpdateButton")),
                          Qt::LeftButton);
        QVERIFY(submitted);
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        const QByteArray added = everything(window);
        const QStringList filesAdded = attachmentsIn(database);
        QVERIFY(added.contains("Works accepted"));
        QCOMPARE(filesAdded.size(), filesBefore.size() + 1);
        QVERIFY(filesAdded.join(QLatin1Char('\n'))
                    .contains(QStringLiteral("nghiem-thu.png|||") + sha256Hex(photo)));
        // One step for the update and its file.
        QCOMPARE(window.session().undoStack()->count(), steps + 1);

        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(everything(window), before);
        QCOMPARE(attachmentsIn(database), filesBefore);
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(everything(window), added);
        QCOMPARE(attachmentsIn(database), filesAdded); // same bytes
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(attachmentsIn(database), filesBefore);
        QTest::keyClick(table, Qt::Key_Y, Qt::ControlModifier);
        QCOMPARE(attachmentsIn(database), filesAdded);
    }

    void undoHistoryIsBounded()
    {
        // The contents the steps keep go to files here, one per content.
        const QString temporary = m_dir.filePath(QStringLiteral("undo-tmp"));
        QVERIFY(QDir().mkpath(temporary));
        const QByteArray oldTmp = qgetenv("TMPDIR");
        qputenv("TMPDIR", QFile::encodeName(temporary));
        const auto keptFiles = [&] {
            return QDir(temporary).entryList({QStringLiteral("visit-tracker-undo-*")}, QDir::Files);
        };
        const qint64 inMemory = KeptContent::bytesInMemory();

        DatabaseSession session;
        QVERIFY(session.open(m_dir.filePath(QStringLiteral("bounded.sqlite")), nullptr));
        QVERIFY(session.loadSampleVisits().ok);
        const qint64 id = VisitRepository(session.database()).allIds().constFirst();
        QString error;
        AttachmentService service(session.database());
        const auto prepared = [&](const QString &name, const QByteArray &bytes) {
            return *service.prepare(writeFile(m_dir.filePath(name), bytes), &error);
        };
        // A 3 MB scan: removed, its bytes are kept on disk, not in memory.
        QByteArray scan("%PDF-1.4\n");
        for (int i = 0; i < 3 * 1024 * 1024 / 4; ++i) {
            const quint32 word = QRandomGenerator::global()->generate();
            scan.append(reinterpret_cast<const char *>(&word), 4);
        }
        const auto big = session.addAttachment({id, {}, -1, -1},
                                               prepared(QStringLiteral("scan.pdf"), scan), &error);
        QVERIFY2(big, qPrintable(error));
        QCOMPARE(keptFiles().size(), 0); // stored: the step keeps nothing
        QVERIFY(session.removeAttachment(big->id, &error));
        QCOMPARE(keptFiles().size(), 1);
        QCOMPARE(KeptContent::bytesInMemory(), inMemory);
        session.undoStack()->undo(); // back, the same bytes from the file
        QCOMPARE(service.content(*service.find(big->id, nullptr), nullptr), scan);
        QCOMPARE(keptFiles().size(), 0);
        session.undoStack()->redo();
        QCOMPARE(keptFiles().size(), 1);

        // A small photo removed: kept in memory.
        const QByteArray small = pngBytes(64, Qt::yellow);
        QVERIFY(small.size() < KeptContent::kInMemoryLimit);
        const auto photo = session.addAttachment(
            {id, {}, -1, -1}, prepared(QStringLiteral("small.png"), small), &error);
        QVERIFY(photo && session.removeAttachment(photo->id, &error));
        QCOMPARE(KeptContent::bytesInMemory(), inMemory + small.size());

        // More steps than the limit: the oldest go, with what they kept.
        const auto kept = session.addAttachment(
            {id, {}, -1, -1}, prepared(QStringLiteral("kept.png"), pngBytes(200, Qt::cyan)),
            &error);
        QVERIFY(kept);
        AttachmentRecord before = *kept;
        for (int i = 0; i < DatabaseSession::kUndoLimit; ++i) {
            QVERIFY(service.describe(kept->id, QStringLiteral("Chú thích %1").arg(i), {}, false,
                                     &error));
            const AttachmentRecord after = *service.find(kept->id, nullptr);
            session.recordAttachmentChange(before, after);
            before = after;
        }
        QUndoStack *stack = session.undoStack();
        QCOMPARE(stack->count(), DatabaseSession::kUndoLimit);
        QVERIFY(stack->text(0).startsWith(QStringLiteral("Describe attachment")));
        QCOMPARE(keptFiles().size(), 0); // the scan's removal went, and its file
        QCOMPARE(KeptContent::bytesInMemory(), inMemory);

        // The newest steps still undo and redo.
        stack->undo();
        stack->undo();
        QCOMPARE(service.find(kept->id, nullptr)->caption,
                 QStringLiteral("Chú thích %1").arg(DatabaseSession::kUndoLimit - 3));
        stack->redo();
        QCOMPARE(service.find(kept->id, nullptr)->caption,
                 QStringLiteral("Chú thích %1").arg(DatabaseSession::kUndoLimit - 2));
        while (stack->canUndo())
            stack->undo();
        QCOMPARE(stack->index(), 0);
        QCOMPARE(service.find(kept->id, nullptr)->caption, kept->caption); // as first attached
        // Its removal stays done: the visit keeps only the described file.
        const QList<AttachmentRecord> left = service.list(id, nullptr);
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.constFirst().fileName, QStringLiteral("kept.png"));
        qputenv("TMPDIR", oldTmp);
    }
};

QTEST_MAIN(TestUndoGui)
#include "test_undo_gui.moc"
