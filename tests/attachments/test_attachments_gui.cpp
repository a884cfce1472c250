// Attachments in the interface: the list model (under QAbstractItemModelTester),
// the editor's Attachments tab (adding, dropping files, removing with Undo,
// opening a copy), a finding's attachments, the follow-up dialog's files and
// the photos printed in the minutes.

#include "AttachmentFixtures.h"
#include "storage/StorageFixtures.h"

#include "documents/DocumentRender.h"
#include "documents/MeetingDocuments.h"
#include "gui/DatabaseSession.h"
#include "gui/PendingAttachments.h"
#include "gui/VisitEditorWindow.h"
#include "gui/editor/AttachmentsPanel.h"
#include "gui/editor/VisitEditor.h"
#include "models/AttachmentListModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QMimeData>
#include <QPdfWriter>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
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
    // A new visit cannot take files before it is saved.
    VisitEditorWindow fresh(*m_session, Visit());
    auto *freshPanel = fresh.findChild<AttachmentsPanel *>(QStringLiteral("attachmentsPanel"));
    QCOMPARE(freshPanel->addFiles({file(QStringLiteral("x.pdf"), pdfBytes())}), 0);
    QVERIFY(
        !freshPanel->findChild<QPushButton *>(QStringLiteral("attachFilesButton"))->isEnabled());
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
}

QTEST_MAIN(AttachmentGuiTest)
#include "test_attachments_gui.moc"
