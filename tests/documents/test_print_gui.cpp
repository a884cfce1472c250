// Printing from the windows (issue 5), with real clicks: the editor's Print
// menu opens the print dialog, which exports a PDF in the chosen style and
// remembers the fields; the preview opens from the editor and from the
// limitation and follow-up lists.

#include "DocumentFixtures.h"

#include "gui/DatabaseSession.h"
#include "gui/FollowUpView.h"
#include "gui/LimitationReviewView.h"
#include "gui/VisitEditorWindow.h"
#include "gui/print/PrintDocumentDialog.h"
#include "storage/DocumentProfiles.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QMenu>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <functional>

using namespace vt;
using namespace vt::test;

namespace {

// Polls until `step` returns true (it found its window and acted), for at
// most ten seconds; modal dialogs run their own event loops meanwhile.
void whenReady(std::function<bool()> step, int triesLeft = 200)
{
    QTimer::singleShot(50, qApp, [step, triesLeft] {
        if (!step() && triesLeft > 0)
            whenReady(step, triesLeft - 1);
    });
}

template <typename T> T *modal()
{
    return qobject_cast<T *>(QApplication::activeModalWidget());
}

// Clicks the menu item of the Print button.
bool clickMenuItem(QPushButton *button, const char *actionName)
{
    QMenu *menu = button->menu();
    if (!menu || !menu->isVisible())
        return false;
    auto *action = menu->findChild<QAction *>(QLatin1String(actionName));
    if (!action)
        return false;
    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
    return true;
}

} // namespace

class TestPrintGui : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    DatabaseSession m_session;
    qint64 m_longAn = 0;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_session.open(m_dir.filePath(QStringLiteral("gui.sqlite")), &error),
                 qPrintable(error));
        QVERIFY(m_session.loadSampleVisits().ok);
        m_longAn = visitIdOf(m_session.database(), longAnRef());
        QVERIFY(m_longAn > 0);
    }

    void exportPdfFromTheEditor()
    {
        QString error;
        const auto visit = m_session.loadVisit(m_longAn, &error);
        QVERIFY(visit);
        VisitEditorWindow window(m_session, *visit);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QPushButton *print = window.findChild<QPushButton *>(QStringLiteral("printVisitButton"));
        QVERIFY(print && print->isEnabled());
        const QString target = m_dir.filePath(QStringLiteral("from-editor.pdf"));

        bool sawDialog = false;
        bool sawFileDialog = false;
        whenReady([&] { return clickMenuItem(print, "exportPdfAction"); });
        whenReady([&] {
            auto *dialog = modal<PrintDocumentDialog>();
            if (!dialog)
                return false;
            sawDialog = true;
            auto *style = dialog->findChild<QComboBox *>(QStringLiteral("printDocumentStyle"));
            style->setCurrentIndex(style->findData(int(documents::DocumentStyle::State)));
            QLineEdit *number = dialog->numberEdit();
            number->selectAll();
            QTest::keyClicks(number, QStringLiteral("27/TB-BTG"));
            whenReady([&] {
                auto *files = modal<QFileDialog>();
                if (!files)
                    return false;
                sawFileDialog = true;
                auto *name = files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
                name->setText(target);
                QTest::keyClick(name, Qt::Key_Return);
                return true;
            });
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("printDocumentRun")),
                              Qt::LeftButton);
            return true;
        });
        QTest::mouseClick(print, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(target), 10000);
        QVERIFY(sawDialog);
        QVERIFY(sawFileDialog);
        QTRY_VERIFY(!QApplication::activeModalWidget());

        if (hasTool(QStringLiteral("pdftotext"))) {
            const QString text =
                runTool(QStringLiteral("pdftotext"), {target, QStringLiteral("-")});
            QVERIFY2(text.contains(QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")),
                     qPrintable(text));
            QVERIFY(text.contains(QStringLiteral("Số: 27/TB-BTG")));
            QVERIFY(text.contains(QStringLiteral("THÔNG BÁO")));
        }
        // The fields are remembered for the delegation's next notice.
        const auto profile = DocumentProfiles(m_session.database())
                                 .find(visit->delegation, QStringLiteral("conclusion"), &error);
        QVERIFY(profile);
        QCOMPARE(profile->number, QStringLiteral("27/TB-BTG"));
    }

    void previewFromTheEditor()
    {
        QString error;
        const auto visit = m_session.loadVisit(m_longAn, &error);
        VisitEditorWindow window(m_session, *visit);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QPushButton *print = window.findChild<QPushButton *>(QStringLiteral("printVisitButton"));
        bool sawPreview = false;
        QString remembered;
        whenReady([&] { return clickMenuItem(print, "printPreviewAction"); });
        whenReady([&] {
            auto *dialog = modal<PrintDocumentDialog>();
            if (!dialog)
                return false;
            // What the last export remembered comes back.
            remembered = dialog->numberEdit()->text();
            dialog->setKind(documents::DocumentKind::Minutes);
            whenReady([&] {
                auto *preview = modal<QPrintPreviewDialog>();
                if (!preview)
                    return false;
                sawPreview = true;
                preview->reject();
                return true;
            });
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("printDocumentRun")),
                              Qt::LeftButton);
            return true;
        });
        QTest::mouseClick(print, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(sawPreview, 10000);
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QCOMPARE(remembered, QStringLiteral("27/TB-BTG"));
    }

    void previewOfTheLists()
    {
        LimitationReviewView limitations(m_session, FindingCategory::Limitation);
        limitations.show();
        QVERIFY(QTest::qWaitForWindowExposed(&limitations));
        FollowUpView followUp(m_session);
        followUp.show();
        QVERIFY(QTest::qWaitForWindowExposed(&followUp));
        for (const char *buttonName : {"findingPrintPreviewButton", "followUpPrintPreviewButton"}) {
            auto *button = limitations.findChild<QPushButton *>(QLatin1String(buttonName));
            if (!button)
                button = followUp.findChild<QPushButton *>(QLatin1String(buttonName));
            QVERIFY2(button, buttonName);
            QTRY_VERIFY(button->isEnabled());
            bool sawPreview = false;
            whenReady([&] {
                auto *preview = modal<QPrintPreviewDialog>();
                if (!preview)
                    return false;
                sawPreview = true;
                preview->reject();
                return true;
            });
            QTest::mouseClick(button, Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(sawPreview, 10000);
        }
    }
};

QTEST_MAIN(TestPrintGui)
#include "test_print_gui.moc"
