// Keyboard operation: Tab moves through each form in reading order (top to
// bottom, left to right within a row), checked by pressing Tab as a user does.

#include "domain/Visit.h"
#include "gui/AddFollowUpUpdateDialog.h"
#include "gui/DatabaseSession.h"
#include "gui/FollowUpView.h"
#include "gui/MainWindow.h"
#include "gui/PreferencesDialog.h"
#include "gui/VisitEditorWindow.h"
#include "gui/VisitListView.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace vt;

namespace {

// The named widget a focus belongs to (a spin box's or a combo's inner editor
// counts as the box).
QWidget *owner(QWidget *widget)
{
    while (widget && widget->parentWidget() &&
           (widget->objectName().startsWith(QLatin1String("qt_")) ||
            qobject_cast<QAbstractSpinBox *>(widget->parentWidget()) ||
            qobject_cast<QComboBox *>(widget->parentWidget())))
        widget = widget->parentWidget();
    return widget;
}

QString nameOf(const QWidget *widget)
{
    if (!widget->objectName().isEmpty())
        return widget->objectName();
    if (auto *button = qobject_cast<const QAbstractButton *>(widget))
        return QStringLiteral("button ") + button->text();
    return QString::fromLatin1(widget->metaObject()->className());
}

// Presses Tab from `first` until the focus leaves `scope` or comes back.
// Date edits take one Tab per section; the chain names each widget once.
QList<QWidget *> tabChain(QWidget *scope, QWidget *first)
{
    first->setFocus(Qt::TabFocusReason);
    QList<QWidget *> chain{owner(QApplication::focusWidget())};
    for (int presses = 0; presses < 80; ++presses) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *now = owner(QApplication::focusWidget());
        if (!now || (now == chain.constFirst() && chain.size() > 1) || !scope->isAncestorOf(now))
            break;
        if (now != chain.constLast())
            chain << now;
    }
    return chain;
}

QStringList namesOf(const QList<QWidget *> &widgets)
{
    QStringList names;
    for (const QWidget *widget : widgets)
        names << nameOf(widget);
    return names;
}

// Problems with the reading order of `chain` inside `window`.
QStringList readingOrderProblems(QWidget *window, const QList<QWidget *> &chain)
{
    QStringList problems;
    for (qsizetype i = 1; i < chain.size(); ++i) {
        const QRect a(chain.at(i - 1)->mapTo(window, QPoint()), chain.at(i - 1)->size());
        const QRect b(chain.at(i)->mapTo(window, QPoint()), chain.at(i)->size());
        const bool sameRow = qAbs(a.center().y() - b.center().y()) < qMax(a.height(), 16) / 2 + 4;
        const bool nextRow = b.top() >= a.center().y();
        if (!(sameRow ? b.left() > a.left() : nextRow))
            problems << nameOf(chain.at(i - 1)) + QStringLiteral(" → ") + nameOf(chain.at(i));
    }
    return problems;
}

} // namespace

class TestKeyboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
    }

    void editorGeneralPageInFormOrder()
    {
        DatabaseSession session;
        QVERIFY(session.open(m_dir.filePath(QStringLiteral("tab.sqlite")), nullptr));
        Visit visit;
        visit.date = QDate(2023, 6, 7);
        visit.status = VisitStatus::Planned;
        VisitEditorWindow editor(session, visit);
        editor.show();
        QApplication::setActiveWindow(&editor);
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        auto *title = editor.findChild<QLineEdit *>(QStringLiteral("titleEdit"));
        auto *pages = editor.findChild<QTabWidget *>();
        QVERIFY(pages);
        const QList<QWidget *> chain = tabChain(pages->currentWidget(), title);
        // The end date is disabled until "lasts several days" is ticked.
        QCOMPARE(namesOf(chain).mid(0, 10),
                 QStringLiteral("titleEdit kindCombo statusCombo dateEdit endDateCheck "
                                "locationEdit delegationEdit hostEdit topicEdit summaryEdit")
                     .split(QLatin1Char(' ')));
        QVERIFY2(readingOrderProblems(&editor, chain).isEmpty(),
                 qPrintable(readingOrderProblems(&editor, chain).join(QLatin1Char('\n'))));
    }

    void dialogsInReadingOrder()
    {
        PreferencesDialog preferences;
        preferences.show();
        QApplication::setActiveWindow(&preferences);
        QVERIFY(QTest::qWaitForWindowActive(&preferences));
        QWidget *language = preferences.findChild<QWidget *>(QStringLiteral("languageCombo"));
        QList<QWidget *> chain = tabChain(&preferences, language);
        QVERIFY(chain.size() >= 3); // language, appearance, the buttons
        QCOMPARE(chain.at(1)->objectName(), QStringLiteral("appearanceCombo"));
        QVERIFY2(readingOrderProblems(&preferences, chain).isEmpty(),
                 qPrintable(readingOrderProblems(&preferences, chain).join(QLatin1Char('\n'))));

        FollowUpRow row;
        row.text = QStringLiteral("Tăng cường tuyên truyền");
        AddFollowUpUpdateDialog update(row, QDate(2023, 9, 30));
        update.show();
        QApplication::setActiveWindow(&update);
        QVERIFY(QTest::qWaitForWindowActive(&update));
        QWidget *date = update.findChild<QWidget *>(QStringLiteral("followUpDateEdit"));
        QVERIFY(date);
        chain = tabChain(&update, date);
        QStringList names = namesOf(chain);
        QCOMPARE(names.mid(0, 5),
                 QStringLiteral("followUpDateEdit followUpNoteEdit followUpProgressSpin "
                                "followUpEvidenceEdit followUpNewStatusCombo")
                     .split(QLatin1Char(' ')));
        QVERIFY2(readingOrderProblems(&update, chain).isEmpty(),
                 qPrintable(readingOrderProblems(&update, chain).join(QLatin1Char('\n'))));
    }

    void filterBarsInReadingOrder()
    {
        MainWindow window;
        QVERIFY(window.openDatabase(m_dir.filePath(QStringLiteral("filters.sqlite"))));
        QVERIFY(window.session().loadSampleVisits().ok);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainViews"));
        const QStringList pages = {QStringLiteral("visitListView"), QStringLiteral("followUpView"),
                                   QStringLiteral("limitationReview")};
        for (const QString &name : pages) {
            QWidget *page = tabs->findChild<QWidget *>(name);
            QVERIFY2(page, qPrintable(name));
            tabs->setCurrentWidget(page);
            QCoreApplication::processEvents();
            // The filters come first in the page's chain; the list follows them.
            QWidget *first = nullptr;
            for (QWidget *w = page->nextInFocusChain(); w != page; w = w->nextInFocusChain()) {
                if (page->isAncestorOf(w) && w->isVisible() && w->isEnabled() &&
                    (w->focusPolicy() & Qt::TabFocus)) {
                    first = w;
                    break;
                }
            }
            QVERIFY(first);
            QList<QWidget *> chain = tabChain(page, first);
            QVERIFY2(chain.size() >= 4, qPrintable(namesOf(chain).join(QLatin1Char(' '))));
            const QStringList problems = readingOrderProblems(page, chain);
            QVERIFY2(problems.isEmpty(),
                     qPrintable(name + QStringLiteral(": ") + problems.join(QStringLiteral(", "))));
        }
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestKeyboard)
#include "test_keyboard.moc"
