// Desktop conventions beyond the language: every view's settings survive a
// restart, the action icons are SVG and sharp at 2x, the light and dark
// palettes keep the program's own colours readable, standard shortcuts and
// the tab order of the forms.

#include "gui/Appearance.h"
#include "gui/DatabaseSession.h"
#include "gui/FollowUpView.h"
#include "gui/Icons.h"
#include "gui/LanguageSettings.h"
#include "gui/MainWindow.h"
#include "gui/ReadOnlyBanner.h"
#include "gui/VisitEditorWindow.h"
#include "gui/VisitListView.h"
#include "gui/editor/OptionalDateEdit.h"
#include "models/PaletteTones.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QTreeView>
#include <QWidgetAction>
#include <cmath>

using namespace vt;

namespace {

// WCAG contrast ratio of two colours (1 to 21).
double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) +
               0.0722 * channel(c.blueF());
    };
    const double la = luminance(a) + 0.05;
    const double lb = luminance(b) + 0.05;
    return la > lb ? la / lb : lb / la;
}

QList<QAbstractItemView *> listsOf(QWidget *page)
{
    QList<QAbstractItemView *> lists;
    for (QAbstractItemView *view : page->findChildren<QAbstractItemView *>()) {
        if (qobject_cast<QTableView *>(view) || qobject_cast<QTreeView *>(view))
            lists << view;
    }
    return lists;
}

QHeaderView *headerOf(QAbstractItemView *view)
{
    if (auto *table = qobject_cast<QTableView *>(view))
        return table->horizontalHeader();
    return static_cast<QTreeView *>(view)->header();
}

} // namespace

class TestConventions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init() { QSettings().clear(); }

    void everyViewKeepsFiltersColumnsAndSplitters()
    {
        const QString path = m_dir.filePath(QStringLiteral("settings.sqlite"));
        QHash<QString, QByteArray> headerStates; // page + view -> state as left
        QHash<QString, int> resized;             // page + view -> the column resized
        {
            MainWindow window;
            QVERIFY(window.openDatabase(path));
            QVERIFY(window.session().loadSampleVisits().ok);
            window.show();
            auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainViews"));
            for (int tab = 0; tab < tabs->count(); ++tab) {
                tabs->setCurrentIndex(tab); // lists read their rows when first shown
                QCoreApplication::processEvents();
                const auto lists = listsOf(tabs->widget(tab));
                for (QAbstractItemView *view : lists) {
                    QHeaderView *header = headerOf(view);
                    if (header->count() < 3)
                        continue;
                    header->moveSection(0, 2);
                    // A column the user can resize (stretched ones follow the window).
                    int resizable = -1;
                    for (int i = 1; i < header->count() - 1 && resizable < 0; ++i)
                        if (header->sectionResizeMode(i) == QHeaderView::Interactive)
                            resizable = i;
                    QVERIFY(resizable > 0);
                    header->resizeSection(resizable, 150 + tab);
                    const QString key = tabs->widget(tab)->objectName() + view->objectName();
                    resized.insert(key, resizable);
                    headerStates.insert(key, header->saveState());
                }
            }
            QVERIFY(headerStates.size() >= 4);

            auto *followUp = window.findChild<FollowUpView *>();
            followUp->findChild<QLineEdit *>(QStringLiteral("followUpHostEdit"))
                ->setText(QStringLiteral("Long An"));
            followUp->findChild<QLineEdit *>(QStringLiteral("followUpTextEdit"))
                ->setText(QStringLiteral("tuyên truyền"));
            followUp->findChild<QComboBox *>(QStringLiteral("followUpStatusCombo"))
                ->setCurrentIndex(1);

            QWidget *limitations = window.findChild<QWidget *>(QStringLiteral("limitationReview"));
            QVERIFY(limitations);
            tabs->setCurrentWidget(limitations);
            QCoreApplication::processEvents();
            limitations->findChild<QLineEdit *>(QStringLiteral("findingDelegationEdit"))
                ->setText(QStringLiteral("Ban Tuyên giáo"));
            auto *area = limitations->findChild<QComboBox *>(QStringLiteral("findingAreaCombo"));
            QVERIFY(area->count() > 1);
            area->setCurrentIndex(1);
            m_area = area->currentText();
            limitations->findChild<QComboBox *>(QStringLiteral("findingGroupingCombo"))
                ->setCurrentIndex(2);
            limitations->findChild<OptionalDateEdit *>(QStringLiteral("findingFromEdit"))
                ->setValue(QDate(2023, 1, 1));
            QVERIFY(window.close());
        }
        MainWindow window;
        QVERIFY(window.openDatabase(path));
        window.show();
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainViews"));
        QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("limitationReview"));
        auto *followUp = window.findChild<FollowUpView *>();
        QCOMPARE(followUp->findChild<QLineEdit *>(QStringLiteral("followUpHostEdit"))->text(),
                 QStringLiteral("Long An"));
        QCOMPARE(followUp->findChild<QLineEdit *>(QStringLiteral("followUpTextEdit"))->text(),
                 QStringLiteral("tuyên truyền"));
        QCOMPARE(
            followUp->findChild<QComboBox *>(QStringLiteral("followUpStatusCombo"))->currentIndex(),
            1);
        QWidget *limitations = window.findChild<QWidget *>(QStringLiteral("limitationReview"));
        QCoreApplication::processEvents();
        QCOMPARE(
            limitations->findChild<QLineEdit *>(QStringLiteral("findingDelegationEdit"))->text(),
            QStringLiteral("Ban Tuyên giáo"));
        QCOMPARE(
            limitations->findChild<QComboBox *>(QStringLiteral("findingAreaCombo"))->currentText(),
            m_area);
        QCOMPARE(limitations->findChild<QComboBox *>(QStringLiteral("findingGroupingCombo"))
                     ->currentIndex(),
                 2);
        QCOMPARE(
            limitations->findChild<OptionalDateEdit *>(QStringLiteral("findingFromEdit"))->value(),
            QDate(2023, 1, 1));

        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            QCoreApplication::processEvents();
            for (QAbstractItemView *view : listsOf(tabs->widget(tab))) {
                const QString key = tabs->widget(tab)->objectName() + view->objectName();
                if (!headerStates.contains(key))
                    continue;
                QHeaderView *header = headerOf(view);
                QVERIFY2(header->logicalIndex(2) == 0, qPrintable(key)); // the moved column
                QCOMPARE(header->sectionSize(resized.value(key)), 150 + tab);
            }
        }
    }

    void editorKeepsItsGeometryAndSplitter()
    {
        const QString path = m_dir.filePath(QStringLiteral("editor.sqlite"));
        MainWindow window;
        QVERIFY(window.openDatabase(path));
        QVERIFY(window.session().loadSampleVisits().ok);
        window.visitList()->table()->selectRow(0);
        const qint64 id = window.visitList()->currentVisitId();
        QList<int> sizes;
        {
            window.openVisit(id);
            auto *editor = window.findChild<VisitEditorWindow *>();
            QVERIFY(editor);
            editor->resize(1001, 701);
            auto *splitter =
                editor->findChild<QSplitter *>(QStringLiteral("recommendationsSplitter"));
            QVERIFY(splitter);
            splitter->setSizes({100, 400});
            sizes = splitter->sizes();
            QVERIFY(editor->close());
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        }
        window.openVisit(id);
        auto *editor = window.findChild<VisitEditorWindow *>();
        QVERIFY(editor);
        QCOMPARE(editor->size(), QSize(1001, 701));
        QCOMPARE(editor->findChild<QSplitter *>(QStringLiteral("recommendationsSplitter"))->sizes(),
                 sizes);
    }

    void actionIconsAreSharpAtTwiceTheScale()
    {
        QVERIFY2(QImageReader::supportedImageFormats().contains("svg"),
                 "Qt's SVG plugin is missing (Debian: libqt6svg6)");
        const QStringList names = shippedIconNames();
        QVERIFY(names.size() >= 15);
        for (const QString &name : names) {
            const QIcon icon(QStringLiteral(":/icons/%1.svg").arg(name));
            const QPixmap pixmap = icon.pixmap(QSize(24, 24), 2.0);
            QVERIFY2(!pixmap.isNull(), qPrintable(name));
            QCOMPARE(pixmap.deviceIndependentSize(), QSizeF(24, 24));
            QCOMPARE(pixmap.size(), QSize(48, 48)); // drawn at 48 px, not scaled up
            const QImage image = pixmap.toImage();
            int opaque = 0;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    opaque += qAlpha(image.pixel(x, y)) > 128 ? 1 : 0;
            QVERIFY2(opaque > 48 * 48 / 10, qPrintable(name)); // something is drawn
        }

        // Every action in the menus and tool bars has one.
        MainWindow window;
        QList<QAction *> actions;
        for (QAction *menu : window.menuBar()->actions())
            for (QAction *action : menu->menu()->actions())
                if (!action->isSeparator() && !action->menu())
                    actions << action;
        for (QToolBar *bar : window.findChildren<QToolBar *>())
            for (QAction *action : bar->actions())
                if (!action->isSeparator() && !qobject_cast<QWidgetAction *>(action))
                    actions << action;
        for (QAction *action : std::as_const(actions)) {
            QVERIFY2(!action->icon().isNull(), qPrintable(action->text()));
            QVERIFY2(!action->icon().pixmap(QSize(16, 16), 2.0).isNull(),
                     qPrintable(action->text()));
        }
    }

    void appearanceDarkAndLight()
    {
        for (const Appearance appearance : {Appearance::Dark, Appearance::Light}) {
            applyAppearance(appearance);
            const QPalette palette = QApplication::palette();
            const bool dark = appearance == Appearance::Dark;
            QCOMPARE(palette.color(QPalette::Window).lightness() < 128, dark);
            QCOMPARE(paletteIsDark(), dark);
            QCOMPARE(QApplication::style()->name(), QStringLiteral("fusion"));
            // Text and the program's own colours stay readable (WCAG AA: 4.5).
            QVERIFY(contrast(palette.color(QPalette::Text), palette.color(QPalette::Base)) >= 7);
            // Selected rows: Fusion's own light blue reaches 3.7 (WCAG's 3 for UI parts).
            QVERIFY(contrast(palette.color(QPalette::HighlightedText),
                             palette.color(QPalette::Highlight)) >= 3);
            QVERIFY(contrast(problemTextColour(), palette.color(QPalette::Window)) >= 4.5);
            QVERIFY(contrast(problemTextColour(), palette.color(QPalette::Base)) >= 4.5);
            QVERIFY(contrast(palette.color(QPalette::Text), problemCellColour()) >= 4.5);
            for (double percent : {120.0, 95.0, 40.0})
                QVERIFY2(contrast(progressColour(percent), palette.color(QPalette::Base)) >= 4.5,
                         qPrintable(QString::number(percent)));
        }

        // Messages beside fields follow a change made while they are shown.
        QWidget form;
        QLabel label(QStringLiteral("Bắt buộc"), &form);
        markAsProblemText(&label);
        applyAppearance(Appearance::Light);
        const QColor light = label.palette().color(QPalette::WindowText);
        applyAppearance(Appearance::Dark);
        const QColor dark = label.palette().color(QPalette::WindowText);
        QVERIFY(light != dark);
        QCOMPARE(dark, problemTextColour());
        applyAppearance(Appearance::Light);
    }

    void appearanceFollowsTheDesktopAndIsStored()
    {
        qputenv("GTK_THEME", "Adwaita:dark");
        QVERIFY(desktopPrefersDark());
        applyAppearance(Appearance::System);
        QVERIFY(paletteIsDark());
        qputenv("GTK_THEME", "Adwaita");
        QVERIFY(!desktopPrefersDark());
        applyAppearance(Appearance::System);
        QVERIFY(!paletteIsDark());
        qunsetenv("GTK_THEME");

        QCOMPARE(storedAppearance(), Appearance::System);
        storeAppearance(Appearance::Dark);
        QCOMPARE(storedAppearance(), Appearance::Dark);
        storeLanguage(QStringLiteral("vi"));
        // What the next start reads is the file, not this process's cache: a
        // group named "general" would come back as "General" and be lost.
        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        const qsizetype group = text.indexOf(QStringLiteral("[interface]\n"));
        QVERIFY2(group >= 0, qPrintable(text));
        const QString section =
            text.mid(group, text.indexOf(QStringLiteral("\n["), group + 1) - group);
        QVERIFY2(section.contains(QStringLiteral("\nappearance=dark")), qPrintable(section));
        QVERIFY2(section.contains(QStringLiteral("\nlanguage=vi")), qPrintable(section));

        QSettings().setValue(QStringLiteral("interface/appearance"), QStringLiteral("purple"));
        QCOMPARE(storedAppearance(), Appearance::System);
    }

    void standardShortcuts()
    {
        MainWindow window;
        QSet<QKeySequence> shortcuts;
        for (QAction *menu : window.menuBar()->actions())
            for (QAction *action : menu->menu()->actions())
                for (const QKeySequence &key : action->shortcuts())
                    shortcuts.insert(key);
        for (const auto standard :
             {QKeySequence::New, QKeySequence::Open, QKeySequence::Find, QKeySequence::Quit})
            for (const QKeySequence &key : QKeySequence::keyBindings(standard))
                QVERIFY2(shortcuts.contains(key), qPrintable(key.toString()));

        // The editor saves with the platform's Save key.
        QVERIFY(window.openDatabase(m_dir.filePath(QStringLiteral("keys.sqlite"))));
        window.newVisit();
        auto *editor = window.findChild<VisitEditorWindow *>();
        QVERIFY(editor);
        bool save = false;
        for (QShortcut *shortcut : editor->findChildren<QShortcut *>())
            save = save || shortcut->key() == QKeySequence(QKeySequence::Save);
        QVERIFY(save);
    }

private:
    QTemporaryDir m_dir;
    QString m_area;
};

QTEST_MAIN(TestConventions)
#include "test_conventions.moc"
