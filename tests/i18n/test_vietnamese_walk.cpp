// Walks every window and dialog of the program in Vietnamese and fails on any
// text a user can see that is still English (EnglishDetector.h says how that
// is decided), on any string of ours the translators cannot answer, and on a
// mnemonic used twice in one menu or window (in Vietnamese and in English).
//
// The walk finds what to visit by itself, so views and dialogs added later are
// covered without touching this file: every tab of every tab widget, every
// menu and action, every action whose text ends in "…" (it opens a dialog) and
// everything in the Help menu, every modal dialog and top-level window that
// appears. Set VT_WALK_SHOTS=<dir> to save a PNG of each step, and
// VT_WALK_APPEARANCE=dark to walk in the dark palette.

#include "EnglishDetector.h"
#include "TextCollector.h"

#include "gui/Appearance.h"
#include "gui/DatabaseSession.h"
#include "gui/FollowUpView.h"
#include "gui/ImportWithProgress.h"
#include "gui/LanguageSettings.h"
#include "gui/MainWindow.h"
#include "gui/VisitEditorWindow.h"
#include "gui/VisitListView.h"
#include "services/ImportExport.h"
#include "services/SyntheticVisits.h"
#include "storage/Database.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <functional>

using namespace vt;
using namespace vt::test;

class TestVietnameseWalk : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void detectorRecognisesEnglish();
    void walkInVietnamese();
    void mnemonicsUniqueInEnglish();

private:
    void walkProgram(const QString &databaseName);
    void walkWindow(QWidget *window, const QString &step);
    void checkState(QWidget *window, const QString &step);
    void checkMenu(QMenu *menu, const QString &step);
    void checkMnemonics(const QList<SeenText> &texts, const QString &scope);
    // Runs `trigger`; every modal dialog it opens is walked, then cancelled.
    void withDialogs(const QString &step, const std::function<void()> &trigger);
    void walkNewWindows(const QString &step);
    void screenshot(QWidget *window, const QString &step);

    QTemporaryDir m_dir;
    RecordingTranslator *m_recorder = nullptr;
    std::unique_ptr<EnglishDetector> m_detector;
    bool m_checkEnglish = true;
    QStringList m_failures;
    QSet<QString> m_reported;
    QList<QPointer<QWidget>> m_walkedWindows;
    int m_shot = 0;
};

void TestVietnameseWalk::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    QLocale::setDefault(QLocale(QLocale::Vietnamese, QLocale::Vietnam));

    // The real translators are asked by the recorder, which alone is installed.
    auto *program = new QTranslator(this);
    QVERIFY(program->load(QStringLiteral(":/walk/visit-tracker_vi.qm")));
    auto *qt = new QTranslator(this);
    QVERIFY(qt->load(QStringLiteral(":/i18n/qt_vi.qm")));
    m_recorder = new RecordingTranslator({program, qt}, this);
    QVERIFY(QCoreApplication::installTranslator(m_recorder));
    m_detector = std::make_unique<EnglishDetector>(QStringLiteral(VT_TRANSLATIONS_DIR));
    if (qEnvironmentVariable("VT_WALK_APPEARANCE") == QLatin1String("dark"))
        applyAppearance(Appearance::Dark);
}

// The walk is only as good as its judge: English is caught, Vietnamese passes.
void TestVietnameseWalk::detectorRecognisesEnglish()
{
    const EnglishDetector &d = *m_detector;
    QVERIFY(!d.englishReason(QStringLiteral("&Find visits")).isEmpty());      // a source text
    QVERIFY(!d.englishReason(QStringLiteral("6 visits")).isEmpty());          // a plural form
    QVERIFY(!d.englishReason(QStringLiteral("Delete the record")).isEmpty()); // never in tr()
    QVERIFY(d.englishReason(QStringLiteral("Tìm &kiếm buổi làm việc")).isEmpty());
    QVERIFY(d.englishReason(QStringLiteral("6 buổi làm việc")).isEmpty());
    QVERIFY(d.englishReason(QStringLiteral("Tỉnh ủy Long An")).isEmpty());
    QVERIFY(d.englishReason(QStringLiteral("SQLite")).isEmpty()); // allowed, see the list
    QVERIFY(d.englishReason(QStringLiteral("Ctrl+N")).isEmpty()); // key names stay as printed
}

void TestVietnameseWalk::walkInVietnamese()
{
    m_checkEnglish = true;
    walkProgram(QStringLiteral("walk-vi.sqlite"));

    // Our own strings must all be translated, shown in this walk or not. Qt's
    // misses are listed for whoever extends qt_vi.ts; only visible ones fail.
    QStringList ownMisses;
    for (const auto &miss : m_recorder->misses()) {
        const QString line = miss.first + QStringLiteral(" | ") + miss.second +
                             QStringLiteral(" | ") + m_recorder->disambiguation(miss);
        if (miss.first.startsWith(QLatin1String("vt")))
            ownMisses << line;
        else
            qInfo().noquote() << "not translated (Qt):" << line;
    }
    QVERIFY2(ownMisses.isEmpty(),
             qPrintable(QStringLiteral("untranslated strings of the program:\n") +
                        ownMisses.join(QLatin1Char('\n'))));
    for (const QString &failure : std::as_const(m_failures))
        qWarning().noquote() << failure; // QVERIFY2 cuts long messages
    QVERIFY2(m_failures.isEmpty(), qPrintable(QStringLiteral("%1 problem(s):\n%2")
                                                  .arg(m_failures.size())
                                                  .arg(m_failures.join(QLatin1Char('\n')))));
}

void TestVietnameseWalk::mnemonicsUniqueInEnglish()
{
    QCoreApplication::removeTranslator(m_recorder);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    m_checkEnglish = false;
    m_failures.clear();
    walkProgram(QStringLiteral("walk-en.sqlite"));
    for (const QString &failure : std::as_const(m_failures))
        qWarning().noquote() << failure;
    QVERIFY2(m_failures.isEmpty(), qPrintable(m_failures.join(QLatin1Char('\n'))));
}

void TestVietnameseWalk::walkProgram(const QString &databaseName)
{
    QSettings().clear();
    auto *window = new MainWindow;
    QVERIFY(window->openDatabase(m_dir.filePath(databaseName)));
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    // The welcome question on an empty database, then the sample visits.
    withDialogs(QStringLiteral("first start"),
                [window] { window->offerSampleVisitsOnFirstStart(); });
    QVERIFY(window->session().loadSampleVisits().ok);
    QTRY_VERIFY(window->visitList()->visibleCount() > 0);
    m_walkedWindows.append(window);

    walkWindow(window, QStringLiteral("main window"));
    for (QAction *action : window->menuBar()->actions())
        if (action->menu())
            checkMenu(action->menu(), QStringLiteral("menu"));

    // Every action that opens a dialog, and everything in the Help menu.
    QList<QAction *> dialogActions;
    const auto collect = [&dialogActions](QMenu *menu, bool all, const auto &self) -> void {
        for (QAction *action : menu->actions()) {
            if (action->menu())
                self(action->menu(), all, self);
            else if (!action->isSeparator() && (all || action->text().endsWith(QChar(0x2026)) ||
                                                action->text().endsWith(QLatin1String("..."))))
                dialogActions << action;
        }
    };
    const QList<QAction *> menus = window->menuBar()->actions();
    for (qsizetype i = 0; i < menus.size(); ++i)
        if (menus.at(i)->menu())
            collect(menus.at(i)->menu(), i == menus.size() - 1, collect); // Help is last
    window->visitList()->table()->selectRow(0);
    for (QAction *action : std::as_const(dialogActions)) {
        if (!action->isEnabled())
            continue;
        const QString step = QStringLiteral("action ") + withoutMnemonic(action->text());
        withDialogs(step, [action] { action->trigger(); });
        walkNewWindows(step);
    }

    // An import's progress, walked and then cancelled (its Cancel button).
    {
        const std::optional<QByteArray> json =
            exportInterchange(window->session().database(), nullptr);
        QVERIFY(json);
        Database other;
        QVERIFY(other.open(m_dir.filePath(databaseName + QStringLiteral(".import")), nullptr));
        QVERIFY(generateVisits(other, 150, 3).ok);
        const std::optional<QByteArray> many = exportInterchange(other, nullptr);
        QVERIFY(many);
        withDialogs(QStringLiteral("import progress"),
                    [&] { importWithProgress(window->session(), *many, QString(), window, 0); });
    }

    // The editor of a stored visit, every page; then the unsaved-changes question.
    auto *tabs = window->findChild<QTabWidget *>(QStringLiteral("mainViews"));
    tabs->setCurrentIndex(0);
    window->visitList()->table()->selectRow(0);
    window->openVisit(window->visitList()->currentVisitId());
    auto *editor = qobject_cast<VisitEditorWindow *>(QApplication::activeWindow());
    if (!editor) {
        for (QWidget *top : QApplication::topLevelWidgets())
            if (auto *e = qobject_cast<VisitEditorWindow *>(top); e && e->isVisible())
                editor = e;
    }
    QVERIFY(editor);
    walkNewWindows(QStringLiteral("visit editor"));
    auto *title = editor->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
    QVERIFY(title);
    title->setFocus();
    QTest::keyClicks(title, QStringLiteral(" 2"));
    QVERIFY(editor->isModified());
    withDialogs(QStringLiteral("closing an edited visit"), [editor] { editor->close(); });
    QVERIFY(editor->isVisible()); // "Cancel" kept it open

    // A new visit that cannot be saved yet: the messages beside the fields.
    window->newVisit();
    for (QWidget *top : QApplication::topLevelWidgets()) {
        auto *e = qobject_cast<VisitEditorWindow *>(top);
        if (e && e != editor && e->isVisible()) {
            auto *save = e->findChild<QPushButton *>(QStringLiteral("saveVisitButton"));
            QVERIFY(save);
            withDialogs(QStringLiteral("saving an empty visit"), [save] { save->click(); });
            walkWindow(e, QStringLiteral("new visit with problems"));
            m_walkedWindows.append(e);
        }
    }

    // The follow-up update dialog, opened from the follow-up list.
    auto *followUp = window->findChild<FollowUpView *>();
    QVERIFY(followUp);
    tabs->setCurrentWidget(followUp);
    QTRY_VERIFY(followUp->table()->model()->rowCount() > 0);
    followUp->table()->selectRow(0);
    withDialogs(QStringLiteral("follow-up update"), [followUp] { followUp->addUpdateToCurrent(); });

    // Windows are deleted without closing: closing would ask about the edits.
    for (QWidget *top : QApplication::topLevelWidgets())
        if (top != window && top->isVisible() && qobject_cast<VisitEditorWindow *>(top))
            top->deleteLater();
    delete window;
    QCoreApplication::processEvents();
}

void TestVietnameseWalk::walkWindow(QWidget *window, const QString &step)
{
    QCoreApplication::processEvents();
    checkState(window, step);
    // Every page of every tab widget in sight (the main views, the editor's pages).
    const auto tabWidgets = window->findChildren<QTabWidget *>();
    for (QTabWidget *tabs : tabWidgets) {
        if (!tabs->isVisibleTo(window))
            continue;
        const int original = tabs->currentIndex();
        for (int i = 0; i < tabs->count(); ++i) {
            if (i == original)
                continue;
            tabs->setCurrentIndex(i);
            QCoreApplication::processEvents();
            checkState(window, step + QStringLiteral(" ▸ ") + withoutMnemonic(tabs->tabText(i)));
        }
        tabs->setCurrentIndex(original);
    }
}

void TestVietnameseWalk::checkState(QWidget *window, const QString &step)
{
    const QList<SeenText> texts = visibleTexts(window);
    if (m_checkEnglish) {
        for (const auto &[context, source] : m_recorder->misses())
            m_detector->addUntranslatedSource(source);
        for (const SeenText &seen : texts) {
            const QString reason = m_detector->englishReason(seen.text);
            const QString key = seen.text; // once is enough
            if (!reason.isEmpty() && !m_reported.contains(key)) {
                m_reported.insert(key);
                m_failures << QStringLiteral("%1: %2: \"%3\" (%4)")
                                  .arg(step, seen.where, seen.text.left(120), reason);
            }
        }
    }
    checkMnemonics(texts, step);
    screenshot(window, step);
}

void TestVietnameseWalk::checkMenu(QMenu *menu, const QString &step)
{
    const QString where = step + QStringLiteral(" ▸ ") + withoutMnemonic(menu->title());
    if (m_checkEnglish) {
        for (const SeenText &seen : menuTexts(menu, where)) {
            const QString reason = m_detector->englishReason(seen.text);
            if (!reason.isEmpty())
                m_failures << QStringLiteral("%1: \"%2\" (%3)").arg(seen.where, seen.text, reason);
        }
    }
    QList<SeenText> items;
    for (QAction *action : menu->actions()) {
        if (!action->isSeparator())
            items.append({action->text(), where + QStringLiteral(" ▸ ") + action->text(), true});
        if (action->menu())
            checkMenu(action->menu(), where);
    }
    checkMnemonics(items, where);
}

void TestVietnameseWalk::checkMnemonics(const QList<SeenText> &texts, const QString &scope)
{
    QHash<QChar, QString> used;
    for (const SeenText &seen : texts) {
        if (!seen.mnemonic)
            continue;
        const QChar letter = mnemonicOf(seen.text);
        if (letter.isNull())
            continue;
        if (used.contains(letter) && used.value(letter) != seen.text) {
            const QString failure = QStringLiteral("%1: mnemonic '%2' in both \"%3\" and \"%4\"")
                                        .arg(scope, letter, used.value(letter), seen.text);
            if (!m_reported.contains(failure)) {
                m_reported.insert(failure);
                m_failures << failure;
            }
        }
        used.insert(letter, seen.text);
    }
}

void TestVietnameseWalk::withDialogs(const QString &step, const std::function<void()> &trigger)
{
    QList<QPointer<QWidget>> handled;
    QTimer timer;
    timer.setInterval(30);
    connect(&timer, &QTimer::timeout, this, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || handled.contains(modal) || !modal->isVisible())
            return;
        handled.append(modal);
        QTest::qWait(50); // let a file dialog list its folder
        walkWindow(modal, step + QStringLiteral(" ▸ ") + modal->windowTitle());
        // Escape answers a message box as its user would: "Cancel", "No" or "OK".
        if (qobject_cast<QMessageBox *>(modal))
            QTest::keyClick(modal, Qt::Key_Escape);
        else if (auto *dialog = qobject_cast<QDialog *>(modal))
            dialog->reject();
        else
            modal->close();
    });
    timer.start();
    trigger();
    QCoreApplication::processEvents();
    timer.stop();
}

void TestVietnameseWalk::walkNewWindows(const QString &step)
{
    QCoreApplication::processEvents();
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (!top->isVisible() || qobject_cast<QMenu *>(top) || m_walkedWindows.contains(top))
            continue;
        m_walkedWindows.append(top);
        walkWindow(top, step + QStringLiteral(" ▸ ") + top->windowTitle());
        if (!qobject_cast<VisitEditorWindow *>(top))
            top->close();
    }
}

void TestVietnameseWalk::screenshot(QWidget *window, const QString &step)
{
    const QString dir = qEnvironmentVariable("VT_WALK_SHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QString name = step;
    name.replace(QRegularExpression(QStringLiteral("[^\\w]+")), QStringLiteral("-"));
    window->grab().save(QStringLiteral("%1/%2-%3-%4.png")
                            .arg(dir, m_checkEnglish ? QStringLiteral("vi") : QStringLiteral("en"))
                            .arg(++m_shot, 3, 10, QLatin1Char('0'))
                            .arg(name.left(80)));
}

QTEST_MAIN(TestVietnameseWalk)
#include "test_vietnamese_walk.moc"
