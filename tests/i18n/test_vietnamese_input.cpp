// Vietnamese typed into the visit editor as input methods deliver it: Telex
// style pre-edit followed by a composed commit, a decomposed (NFD) commit as
// some input methods send, and plain key clicks. After saving and reopening,
// the stored text is the composed (NFC) form, so search and sorting see one
// spelling of each word.

#include "gui/DatabaseSession.h"
#include "gui/VisitEditorWindow.h"
#include "gui/editor/VisitEditor.h"

#include <QApplication>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace vt;

namespace {

// What an input method sends while the user types "viet" + "ee" + "j" in
// Telex: the word under composition, then the finished word.
void typeWithTelex(QWidget *field, const QString &preedit, const QString &commit)
{
    for (qsizetype i = 1; i <= preedit.size(); ++i) {
        QInputMethodEvent composing(preedit.left(i), {});
        QCoreApplication::sendEvent(field, &composing);
    }
    QInputMethodEvent done;
    done.setCommitString(commit);
    QCoreApplication::sendEvent(field, &done);
}

void commit(QWidget *field, const QString &text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QCoreApplication::sendEvent(field, &event);
}

} // namespace

class TestVietnameseInput : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
    }

    void typedTextIsStoredComposed()
    {
        DatabaseSession session;
        QVERIFY(session.open(m_dir.filePath(QStringLiteral("input.sqlite")), nullptr));
        Visit visit;
        visit.date = QDate(2023, 6, 7);
        visit.status = VisitStatus::Planned;
        auto *window = new VisitEditorWindow(session, visit);
        window->show();
        QApplication::setActiveWindow(window);
        QVERIFY(QTest::qWaitForWindowActive(window));

        auto *title = window->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
        auto *host = window->findChild<QLineEdit *>(QStringLiteral("hostEdit"));
        auto *delegation = window->findChild<QLineEdit *>(QStringLiteral("delegationEdit"));
        auto *topic = window->findChild<QLineEdit *>(QStringLiteral("topicEdit"));
        auto *summary = window->findChild<QPlainTextEdit *>(QStringLiteral("summaryEdit"));
        QVERIFY(title && host && delegation && topic && summary);
        for (QWidget *field : {static_cast<QWidget *>(title), static_cast<QWidget *>(host),
                               static_cast<QWidget *>(delegation), static_cast<QWidget *>(topic),
                               static_cast<QWidget *>(summary)})
            QVERIFY(field->testAttribute(Qt::WA_InputMethodEnabled));

        // Telex: "Laf" -> "Là", "vieejc" -> "việc" (pre-edit, then the commit).
        title->setFocus();
        typeWithTelex(title, QStringLiteral("Laf"), QStringLiteral("Làm "));
        typeWithTelex(title, QStringLiteral("vieejc"), QStringLiteral("việc"));
        QTest::keyClicks(title, QStringLiteral(" voi "));
        commit(title, QStringLiteral("Tỉnh ủy Long An"));
        QCOMPARE(title->text(), QStringLiteral("Làm việc voi Tỉnh ủy Long An"));

        // A decomposed commit: base letters followed by combining marks.
        const QString composedHost = QStringLiteral("Tỉnh ủy Long An");
        const QString decomposedHost = composedHost.normalized(QString::NormalizationForm_D);
        QVERIFY(decomposedHost != composedHost);
        host->setFocus();
        commit(host, decomposedHost);
        delegation->setFocus();
        commit(
            delegation,
            QStringLiteral("Ban Tuyên giáo Trung ương").normalized(QString::NormalizationForm_D));
        topic->setFocus();
        QTest::keyClicks(topic, QStringLiteral("Cong tac "));
        commit(topic, QStringLiteral("tuyên giáo"));
        summary->setFocus();
        commit(summary, QStringLiteral("Đoàn đã làm việc với Ban Thường vụ Tỉnh ủy.")
                            .normalized(QString::NormalizationForm_D));

        QVERIFY2(window->editor()->isValid(),
                 qPrintable(window->editor()->issues().value(0).message));
        QVERIFY(window->save());
        const qint64 id = window->visitId();
        QVERIFY(id > 0);
        delete window;

        const std::optional<Visit> stored = session.loadVisit(id, nullptr);
        QVERIFY(stored);
        QCOMPARE(stored->title, QStringLiteral("Làm việc voi Tỉnh ủy Long An"));
        QCOMPARE(stored->host, composedHost);
        QCOMPARE(stored->delegation, QStringLiteral("Ban Tuyên giáo Trung ương"));
        QCOMPARE(stored->topic, QStringLiteral("Cong tac tuyên giáo"));
        QCOMPARE(stored->summary, QStringLiteral("Đoàn đã làm việc với Ban Thường vụ Tỉnh ủy."));
        for (const QString &text :
             {stored->title, stored->host, stored->delegation, stored->topic, stored->summary})
            QCOMPARE(text, text.normalized(QString::NormalizationForm_C));

        // Reopened, the editor shows the composed text.
        VisitEditorWindow reopened(session, *stored);
        QCOMPARE(reopened.findChild<QLineEdit *>(QStringLiteral("hostEdit"))->text(), composedHost);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestVietnameseInput)
#include "test_vietnamese_input.moc"
