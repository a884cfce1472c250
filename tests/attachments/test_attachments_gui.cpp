// Attachments in the interface: the list model (under QAbstractItemModelTester),
// the editor's Attachments tab (adding, dropping files, removing with Undo,
// opening a copy), a finding's attachments, the follow-up dialog's files and
// the photos printed in the minutes.

#include "AttachmentFixtures.h"
#include "storage/StorageFixtures.h"

#include "documents/DocumentRender.h"
#include "documents/MeetingDocuments.h"
#include "gui/ChangeHistoryDialog.h"
#include "gui/DatabaseSession.h"
#include "gui/PendingAttachments.h"
#include "gui/VisitEditorWindow.h"
#include "gui/editor/AttachmentsPanel.h"
#include "gui/editor/VisitEditor.h"
#include "models/AttachmentListModel.h"

#include "storage/ChangeLog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QMimeData>
#include <QPdfWriter>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTimer>
#include <QUndoStack>
#include <QUrl>

using namespace vt;
using namespace vt::test;
using vt::documents::DocumentKind;
using vt::documents::DocumentStyle;

class AttachmentGuiTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<DatabaseSession> m_session;
    Visit m_visit;

    QString file(const QString &name, const QByteArray &bytes)
    {
        return writeTo(m_dir.path(), name, bytes);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_session = std::make_unique<DatabaseSession>();
        QFile::remove(m_dir.filePath(QStringLiteral("gui.sqlite")));
        QVERIFY(m_session->open(m_dir.filePath(QStringLiteral("gui.sqlite")), nullptr));
        QList<Visit> visits{longAnVisit()};
        QVERIFY(saveAll(m_session->database(), visits));
        m_visit = visits.first();
    }
    void cleanup() { m_session.reset(); }

    void modelPassesTheTester();
    void editorHasAnAttachmentsTab();
    void dropAddsFilesAndReportsBadOnes();
    void removeIsUndone();
    void removeByClicksUndoneWithKeys();
    void captionEditIsUndone();
    void newVisitTakesFilesAtItsFirstSave();
    void newVisitNotSavedWhenAFileIsGone();
    void deletedVisitComesBackWithItsFiles();
    void openUsesATemporaryCopy();
    void findingDialogListsOnlyItsFiles();
    void pendingFilesAreCheckedFirst();
    void minutesPrintTheChosenPhoto();
};

void AttachmentGuiTest::modelPassesTheTester()
{
    AttachmentListModel model(m_session->database());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setVisit(m_visit);
    QCOMPARE(model.rowCount(), 0);
    AttachmentService service(m_session->database());
    QString error;
    QVERIFY(service.addFile(AttachmentOwner{m_visit.id, {}, -1, -1},
                            file(QStringLiteral("a.jpg"), photoBytes("JPEG", 400, 300, Qt::red)),
                            &error));
    QVERIFY(service.addFile(AttachmentOwner{m_visit.id, QStringLiteral("h1"), -1, -1},
                            file(QStringLiteral("b.pdf"), pdfBytes()), &error));
    model.refresh();
    QCOMPARE(model.rowCount(), 2);
    // A thumbnail for the photo, the type's icon for the PDF.
    const QIcon thumbnail =
        model.index(0, AttachmentListModel::NameColumn).data(Qt::DecorationRole).value<QIcon>();
    QCOMPARE(thumbnail.availableSizes(), QList<QSize>{QSize(160, 120)});
    QCOMPARE(model.index(1, AttachmentListModel::OwnerColumn).data().toString().left(11),
             QStringLiteral("Finding h1:"));
    QCOMPARE(model.index(0, AttachmentListModel::PrintColumn).data(Qt::CheckStateRole).toInt(),
             int(Qt::Unchecked));
    QVERIFY(!model.index(1, AttachmentListModel::PrintColumn).data(Qt::CheckStateRole).isValid());
    // Edits are stored at once.
    QVERIFY(model.setData(model.index(0, AttachmentListModel::CaptionColumn),
                          QStringLiteral("Quang cảnh"), Qt::EditRole));
    QVERIFY(model.setData(model.index(0, AttachmentListModel::PrintColumn), int(Qt::Checked),
                          Qt::CheckStateRole));
    QVERIFY(!model.setData(model.index(1, AttachmentListModel::PrintColumn), int(Qt::Checked),
                           Qt::CheckStateRole));
    const AttachmentRecord stored = service.find(model.recordAt(0)->id, &error).value();
    QCOMPARE(stored.caption, QStringLiteral("Quang cảnh"));
    QVERIFY(stored.printInMinutes);
    model.setVisit(m_visit, AttachmentOwner{m_visit.id, QStringLiteral("h1"), -1, -1});
    QCOMPARE(model.rowCount(), 1);
    model.setReadOnly(true);
    QVERIFY(
        !(model.flags(model.index(0, AttachmentListModel::CaptionColumn)) & Qt::ItemIsEditable));
}

void AttachmentGuiTest::editorHasAnAttachmentsTab()
{
    VisitEditorWindow window(*m_session, m_visit);
    auto *tabs = window.editor()->findChild<QTabWidget *>();
    QVERIFY(tabs);
    auto *panel = window.findChild<AttachmentsPanel *>(QStringLiteral("attachmentsPanel"));
    QVERIFY(panel);
    QCOMPARE(tabs->tabText(tabs->indexOf(panel)), QStringLiteral("Attachments"));
    QVERIFY(window.findChild<QAction *>(QStringLiteral("findingAttachmentsAction")));
    QCOMPARE(panel->targetOwner().visitId, m_visit.id);
    // A new visit keeps the files pending until it is saved.
    VisitEditorWindow fresh(*m_session, Visit());
    auto *freshPanel = fresh.findChild<AttachmentsPanel *>(QStringLiteral("attachmentsPanel"));
    QCOMPARE(freshPanel->addFiles({file(QStringLiteral("x.pdf"), pdfBytes())}), 1);
    QCOMPARE(freshPanel->pendingFiles().size(), 1);
    QCOMPARE(rowCount(m_session->database(), "attachments"), 0);
}

void AttachmentGuiTest::dropAddsFilesAndReportsBadOnes()
{
    AttachmentsPanel panel(*m_session);
    panel.setVisit(m_visit);
    panel.resize(800, 400);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QMimeData data;
    data.setUrls(
        {QUrl::fromLocalFile(file(QStringLiteral("a.png"), photoBytes("PNG", 200, 100, Qt::blue))),
         QUrl::fromLocalFile(file(QStringLiteral("empty.pdf"), QByteArray())),
         QUrl::fromLocalFile(file(QStringLiteral("b.pdf"), pdfBytes()))});
    const QPointF at(100, 100);
    QDragEnterEvent enter(at.toPoint(), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&panel, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&panel, &drop);
    QVERIFY(drop.isAccepted());
    QCOMPARE(panel.model()->rowCount(), 2);
    QVERIFY2(panel.message().contains(QStringLiteral("empty.pdf")), qPrintable(panel.message()));
    QVERIFY(panel.message().contains(QStringLiteral("0 bytes")));
    // Something that is not a file is not taken.
    QMimeData text;
    text.setText(QStringLiteral("hello"));
    QDragEnterEvent refused(at.toPoint(), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    refused.setAccepted(false);
    QApplication::sendEvent(&panel, &refused);
    QVERIFY(!refused.isAccepted());
}

void AttachmentGuiTest::removeIsUndone()
{
    AttachmentsPanel panel(*m_session);
    panel.setVisit(m_visit);
    QSignalSpy removed(&panel, &AttachmentsPanel::attachmentRemoved);
    QCOMPARE(panel.addFiles({file(QStringLiteral("a.jpg"), photoBytes("JPEG", 50, 50, Qt::red))}),
             1);
    const qint64 id = panel.model()->recordAt(0)->id;
    panel.view()->selectRow(0);
    panel.removeSelected();
    QCOMPARE(panel.model()->rowCount(), 0);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(rowCount(m_session->database(), "attachment_contents"), 0);
    QVERIFY(panel.undoRemoval());
    QCOMPARE(panel.model()->rowCount(), 1);
    QCOMPARE(panel.model()->recordAt(0)->id, id);
    QVERIFY(!panel.undoRemoval()); // once
}

namespace {

AttachmentsPanel *showAttachmentsTab(VisitEditorWindow &window)
{
    auto *tabs = window.editor()->findChild<QTabWidget *>();
    auto *panel = window.findChild<AttachmentsPanel *>(QStringLiteral("attachmentsPanel"));
    tabs->setCurrentWidget(panel);
    return panel;
}

void clickRow(QTableView *view, int row)
{
    const QRect cell = view->visualRect(view->model()->index(row, AttachmentListModel::TypeColumn));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
}

bool historyShows(DatabaseSession &session, qint64 visitId, const QString &record,
                  const QString &action)
{
    ChangeHistoryDialog dialog(session, visitId);
    auto *table = dialog.findChild<QTableView *>(QStringLiteral("changeHistoryTable"));
    const QAbstractItemModel *model = table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 3).data().toString() == record &&
            model->index(row, 4).data().toString() == action)
            return true;
    }
    return false;
}

} // namespace

void AttachmentGuiTest::removeByClicksUndoneWithKeys()
{
    VisitEditorWindow window(*m_session, m_visit);
    window.resize(1100, 700);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    AttachmentsPanel *panel = showAttachmentsTab(window);
    QCOMPARE(panel->addFiles({file(QStringLiteral("a.jpg"), photoBytes("JPEG", 60, 40, Qt::red)),
                              file(QStringLiteral("b.pdf"), pdfBytes())}),
             2);
    QTableView *view = panel->view();
    QVERIFY(view->model()->setData(view->model()->index(0, AttachmentListModel::CaptionColumn),
                                   QStringLiteral("Quang cảnh"), Qt::EditRole));
    const AttachmentRecord photo = *panel->model()->recordAt(0);
    QUndoStack *stack = m_session->undoStack();
    const int steps = stack->count();

    clickRow(view, 0);
    QCOMPARE(panel->model()->recordAt(view->currentIndex().row())->id, photo.id);
    auto *remove = panel->findChild<QPushButton *>(QStringLiteral("removeAttachmentButton"));
    QVERIFY(remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(panel->model()->rowCount(), 1);
    QCOMPARE(rowCount(m_session->database(), "attachment_contents"), 1);
    QCOMPARE(stack->count(), steps + 1);
    QVERIFY2(stack->undoText().startsWith(QStringLiteral("Remove attachment “a.jpg”")),
             qPrintable(stack->undoText()));
    QVERIFY(historyShows(*m_session, m_visit.id, QStringLiteral("Attachment"),
                         QStringLiteral("Deleted")));
    auto *undoButton =
        panel->findChild<QPushButton *>(QStringLiteral("undoAttachmentRemovalButton"));
    QVERIFY(undoButton->isVisible());

    // Ctrl+Z in the panel: back with the same content and caption.
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(panel->model()->rowCount(), 2);
    QVERIFY(!undoButton->isVisible()); // nothing left to undo there
    QVERIFY(panel->message().isEmpty());
    AttachmentService service(m_session->database());
    QString error;
    const AttachmentRecord back = service.find(photo.id, &error).value();
    QCOMPARE(back, photo);
    QCOMPARE(back.caption, QStringLiteral("Quang cảnh"));
    QCOMPARE(sha256Hex(service.content(back, &error).value()), photo.sha256);
    QVERIFY(!service.thumbnail(back).isNull());

    // Redo removes it again; undo brings it back once more.
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(panel->model()->rowCount(), 1);
    QVERIFY(!service.find(photo.id, &error));
    QTest::keyClick(view, Qt::Key_Y, Qt::ControlModifier);
    QCOMPARE(panel->model()->rowCount(), 1); // nothing more to redo
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(service.find(photo.id, &error).value(), photo);

    // The addition is a step too: undone, the PDF goes.
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier); // the caption
    QCOMPARE(service.find(photo.id, &error)->caption, QString());
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier); // b.pdf attached
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier); // a.jpg attached
    QCOMPARE(panel->model()->rowCount(), 0);
    QCOMPARE(rowCount(m_session->database(), "attachment_contents"), 0);
    QTest::keyClick(view, Qt::Key_Y, Qt::ControlModifier);
    QTest::keyClick(view, Qt::Key_Y, Qt::ControlModifier);
    QTest::keyClick(view, Qt::Key_Y, Qt::ControlModifier);
    QCOMPARE(panel->model()->rowCount(), 2);
    QCOMPARE(service.find(photo.id, &error).value(), photo);
}

void AttachmentGuiTest::captionEditIsUndone()
{
    AttachmentsPanel panel(*m_session);
    panel.setVisit(m_visit);
    QCOMPARE(panel.addFiles({file(QStringLiteral("c.png"), photoBytes("PNG", 30, 30, Qt::red))}),
             1);
    AttachmentListModel *model = panel.model();
    QVERIFY(model->setData(model->index(0, AttachmentListModel::CreditColumn),
                           QStringLiteral("Ảnh: TTXVN"), Qt::EditRole));
    QVERIFY(m_session->undoStack()->undoText().contains(QStringLiteral("c.png")));
    // A change made elsewhere since: the step is refused and leaves the stack.
    QString error;
    AttachmentService service(m_session->database());
    QVERIFY(service.describe(model->recordAt(0)->id, QStringLiteral("elsewhere"),
                             QStringLiteral("Ảnh: TTXVN"), false, &error));
    QSignalSpy refused(m_session.get(), &DatabaseSession::stepRefused);
    const int steps = m_session->undoStack()->count();
    m_session->undoStack()->undo();
    QCOMPARE(refused.size(), 1);
    QVERIFY(refused.first().first().toString().contains(QStringLiteral("c.png")));
    QCOMPARE(m_session->undoStack()->count(), steps - 1);
    QCOMPARE(service.find(model->recordAt(0)->id, &error)->credit, QStringLiteral("Ảnh: TTXVN"));
}

void AttachmentGuiTest::newVisitTakesFilesAtItsFirstSave()
{
    Visit fresh =
        listVisit("moi-2024", QStringLiteral("Làm việc với Huyện ủy Cần Giuộc"), QDate(2024, 3, 5),
                  QStringLiteral("Huyện ủy Cần Giuộc"), QStringLiteral("Ban Tuyên giáo Trung ương"),
                  VisitKind::Working, VisitStatus::Planned);
    fresh.id = 0;
    VisitEditorWindow window(*m_session, fresh);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    AttachmentsPanel *panel = showAttachmentsTab(window);
    QVERIFY(panel->findChild<QWidget *>(QStringLiteral("pendingAttachments"))->isVisible());
    const QByteArray bytes = photoBytes("JPEG", 80, 60, Qt::darkGreen);
    QCOMPARE(panel->addFiles({file(QStringLiteral("hop.jpg"), bytes),
                              file(QStringLiteral("rong.pdf"), QByteArray())}),
             1);
    QVERIFY2(panel->message().contains(QStringLiteral("rong.pdf")), qPrintable(panel->message()));
    QCOMPARE(rowCount(m_session->database(), "attachments"), 0);

    const qint64 visits = m_session->visitCount();
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("saveVisitButton")),
                      Qt::LeftButton);
    QCOMPARE(m_session->visitCount(), visits + 1);
    QTRY_VERIFY(panel->view()->isVisible());
    QVERIFY(panel->pendingFiles().isEmpty());
    QCOMPARE(panel->model()->rowCount(), 1);
    const AttachmentRecord stored = *panel->model()->recordAt(0);
    QVERIFY(stored.owner.isVisit());
    QCOMPARE(stored.sha256, sha256Hex(bytes));
    QVERIFY(historyShows(*m_session, stored.owner.visitId, QStringLiteral("Attachment"),
                         QStringLiteral("Added")));

    // One step: undone, the visit and its file go; redone, both come back.
    m_session->undoStack()->undo();
    QCOMPARE(m_session->visitCount(), visits);
    QCOMPARE(rowCount(m_session->database(), "attachments"), 0);
    m_session->undoStack()->redo();
    QCOMPARE(m_session->visitCount(), visits + 1);
    QString error;
    QCOMPARE(AttachmentService(m_session->database()).find(stored.id, &error).value(), stored);
}

void AttachmentGuiTest::newVisitNotSavedWhenAFileIsGone()
{
    Visit fresh = listVisit("moi-2025", QStringLiteral("Làm việc với Đảng ủy xã"),
                            QDate(2025, 1, 9), QStringLiteral("Đảng ủy xã Long Hậu"),
                            QStringLiteral("Ban Tuyên giáo Trung ương"), VisitKind::Working,
                            VisitStatus::Planned);
    fresh.id = 0;
    VisitEditorWindow window(*m_session, fresh);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    AttachmentsPanel *panel = showAttachmentsTab(window);
    const QString path = file(QStringLiteral("sap-xoa.pdf"), pdfBytes());
    QCOMPARE(panel->addFiles({path}), 1);
    QVERIFY(QFile::remove(path));
    QString shown;
    QTimer::singleShot(0, this, [&shown] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        shown = box->text();
        box->accept();
    });
    const qint64 visits = m_session->visitCount();
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("saveVisitButton")),
                      Qt::LeftButton);
    QVERIFY2(shown.contains(QStringLiteral("sap-xoa.pdf")), qPrintable(shown));
    QCOMPARE(m_session->visitCount(), visits);
    QCOMPARE(panel->pendingFiles(), QStringList{path}); // nothing lost: still pending
}

void AttachmentGuiTest::deletedVisitComesBackWithItsFiles()
{
    AttachmentService service(m_session->database());
    QString error;
    const auto stored =
        service.addFile(AttachmentOwner{m_visit.id, QStringLiteral("h1"), -1, -1},
                        file(QStringLiteral("k.png"), photoBytes("PNG", 40, 40, Qt::blue)), &error);
    QVERIFY2(stored, qPrintable(error));
    QVERIFY(m_session->removeVisit(m_visit.id, &error));
    QCOMPARE(rowCount(m_session->database(), "attachments"), 0);
    m_session->undoStack()->undo();
    QCOMPARE(service.find(stored->id, &error).value(), *stored);
    m_session->undoStack()->redo();
    QCOMPARE(rowCount(m_session->database(), "attachments"), 0);
    QVERIFY(!m_session->loadVisit(m_visit.id, nullptr));
}

void AttachmentGuiTest::openUsesATemporaryCopy()
{
    AttachmentsPanel panel(*m_session);
    panel.setVisit(m_visit);
    const QByteArray bytes = pdfBytes();
    panel.addFiles({file(QStringLiteral("Báo cáo.pdf"), bytes)});
    QUrl opened;
    panel.setOpener([&opened](const QUrl &url) {
        opened = url;
        return true;
    });
    panel.view()->selectRow(0);
    panel.openSelected();
    QVERIFY(opened.isLocalFile());
    QVERIFY(opened.toLocalFile().endsWith(QStringLiteral("/Báo cáo.pdf")));
    QFile copy(opened.toLocalFile());
    QVERIFY(copy.open(QIODevice::ReadOnly));
    QCOMPARE(copy.readAll(), bytes);
    panel.setOpener([](const QUrl &) { return false; });
    panel.openSelected();
    QVERIFY(panel.message().contains(QStringLiteral("application/pdf")));
}

void AttachmentGuiTest::findingDialogListsOnlyItsFiles()
{
    AttachmentService service(*&m_session->database());
    QString error;
    QVERIFY(service.addFile(AttachmentOwner{m_visit.id, {}, -1, -1},
                            file(QStringLiteral("v.pdf"), pdfBytes()), &error));
    AttachmentsDialog dialog(*m_session, m_visit,
                             AttachmentOwner{m_visit.id, QStringLiteral("h2"), -1, -1},
                             QStringLiteral("h2"));
    AttachmentsPanel *panel = dialog.panel();
    QCOMPARE(panel->model()->rowCount(), 0);
    QCOMPARE(panel->addFiles({file(QStringLiteral("f.png"), photoBytes("PNG", 10, 10, Qt::red))}),
             1);
    QCOMPARE(panel->model()->rowCount(), 1);
    QCOMPARE(panel->model()->recordAt(0)->owner.findingKey, QStringLiteral("h2"));
    QCOMPARE(service.list(m_visit.id, &error).size(), 2);
}

void AttachmentGuiTest::pendingFilesAreCheckedFirst()
{
    PendingAttachments pending;
    pending.addFiles({file(QStringLiteral("ok.pdf"), pdfBytes())});
    AttachmentService service(m_session->database());
    QString error;
    QCOMPARE(pending.prepare(service, &error)->size(), 1);
    pending.addFiles({file(QStringLiteral("empty.jpg"), QByteArray())});
    QVERIFY(!pending.prepare(service, &error));
    QVERIFY(error.contains(QStringLiteral("empty.jpg")));
    QCOMPARE(rowCount(m_session->database(), "attachments"), 0);
}

void AttachmentGuiTest::minutesPrintTheChosenPhoto()
{
    AttachmentService service(m_session->database());
    QString error;
    const auto photo = service.add(
        AttachmentOwner{m_visit.id, {}, -1, -1},
        *service.prepare(file(QStringLiteral("p.jpg"), photoBytes("JPEG", 800, 600, Qt::red)),
                         &error),
        &error, QStringLiteral("Quang cảnh buổi làm việc"), QStringLiteral("Ảnh: Đức Hạnh/TTXVN"));
    QVERIFY2(photo, qPrintable(error));
    QVERIFY(service.describe(photo->id, photo->caption, photo->credit, true, &error));
    const documents::MeetingRecord record = documents::meetingRecordFor(
        m_session->database(), m_visit, DocumentKind::Minutes, DocumentStyle::Party);
    QCOMPARE(record.photos.size(), 1);
    const auto document =
        documents::composeMeetingDocument(record, DocumentKind::Minutes, DocumentStyle::Party);
    const QString text = document->toPlainText();
    QVERIFY(text.contains(QStringLiteral("ẢNH TƯ LIỆU")));
    QVERIFY(text.contains(QChar::ObjectReplacementCharacter));
    const qsizetype image = text.indexOf(QChar::ObjectReplacementCharacter);
    QVERIFY(text.indexOf(QStringLiteral("Quang cảnh buổi làm việc")) > image);
    QVERIFY(text.indexOf(QStringLiteral("Ảnh: Đức Hạnh/TTXVN")) > image);
    QVERIFY(!document->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("vt-photo:1")))
                 .value<QImage>()
                 .isNull());
    // The conclusion notice prints no photos.
    QVERIFY(documents::meetingRecordFor(m_session->database(), m_visit, DocumentKind::Conclusion,
                                        DocumentStyle::Party)
                .photos.isEmpty());
    // And the PDF is written (kept for a look: VT_KEEP_MINUTES=path).
    const QString pdf = qEnvironmentVariableIsSet("VT_KEEP_MINUTES")
                            ? qEnvironmentVariable("VT_KEEP_MINUTES")
                            : m_dir.filePath(QStringLiteral("minutes.pdf"));
    QVERIFY2(documents::writeDocument(*document, DocumentStyle::Party, pdf,
                                      documents::FileFormat::Pdf, &error),
             qPrintable(error));
    QVERIFY(QFileInfo(pdf).size() > 10000);
    // The HTML export carries the photo inside (a data URI), not a name only
    // this program can read.
    const QString html = m_dir.filePath(QStringLiteral("minutes.html"));
    QVERIFY2(documents::writeDocument(*document, DocumentStyle::Party, html,
                                      documents::FileFormat::Html, &error),
             qPrintable(error));
    QFile written(html);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray page = written.readAll();
    QVERIFY(page.contains("src=\"data:image/jpeg;base64,"));
    QVERIFY(!page.contains("vt-photo:"));
    const qsizetype start = page.indexOf("base64,") + 7;
    const QImage embedded = QImage::fromData(
        QByteArray::fromBase64(page.mid(start, page.indexOf('"', start) - start)), "JPEG");
    QCOMPARE(embedded.size(), QSize(800, 600));
    QVERIFY(page.contains("Quang cảnh buổi làm việc"));
}

QTEST_MAIN(AttachmentGuiTest)
#include "test_attachments_gui.moc"
