// Desktop conventions: what the main window remembers between runs, File ▸
// Open Recent, Save a copy, the language preference, the user guide, and Qt's
// own strings in Vietnamese.

#include "gui/DatabaseSession.h"
#include "gui/FileDialogs.h"
#include "gui/LanguageSettings.h"
#include "gui/MainWindow.h"
#include "gui/PreferencesDialog.h"
#include "gui/RecentDatabases.h"
#include "gui/UserGuideDialog.h"
#include "gui/VisitFilterBar.h"
#include "gui/VisitListView.h"
#include "models/VisitListModel.h"
#include "storage/Database.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <functional>

using namespace vt;

class TestDesktop : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init() { QSettings().clear(); }

    void mainWindowSettingsRoundTrip()
    {
        const QString path = m_dir.filePath(QStringLiteral("roundtrip.sqlite"));
        {
            MainWindow window;
            QVERIFY(window.openDatabase(path));
            window.show();
            window.resize(1111, 777);
            VisitListView *list = window.visitList();
            list->findChild<QLineEdit *>(QStringLiteral("hostFilterEdit"))
                ->setText(QStringLiteral("Long An"));
            list->findChild<QComboBox *>(QStringLiteral("statusFilterCombo"))->setCurrentIndex(2);
            list->table()->horizontalHeader()->resizeSection(VisitListModel::HostColumn, 333);
            list->table()->sortByColumn(VisitListModel::TitleColumn, Qt::AscendingOrder);
            window.findChild<QTabWidget *>(QStringLiteral("mainViews"))->setCurrentIndex(2);
            QVERIFY(window.close());
        }
        MainWindow window;
        QVERIFY(window.openDatabase(path));
        VisitListView *list = window.visitList();
        QCOMPARE(window.size(), QSize(1111, 777));
        QCOMPARE(window.findChild<QTabWidget *>(QStringLiteral("mainViews"))->currentIndex(), 2);
        QCOMPARE(list->findChild<QLineEdit *>(QStringLiteral("hostFilterEdit"))->text(),
                 QStringLiteral("Long An"));
        QCOMPARE(list->findChild<QComboBox *>(QStringLiteral("statusFilterCombo"))->currentIndex(),
                 2);
        QHeaderView *header = list->table()->horizontalHeader();
        QCOMPARE(header->sectionSize(VisitListModel::HostColumn), 333);
        QCOMPARE(header->sortIndicatorSection(), int(VisitListModel::TitleColumn));
        QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
        QCOMPARE(RecentDatabases::paths().value(0), QFileInfo(path).absoluteFilePath());
    }

    void filterBarStateRoundTrip()
    {
        VisitFilterBar bar;
        bar.findChild<QLineEdit *>(QStringLiteral("visitSearchEdit"))
            ->setText(QStringLiteral("tuyên giáo"));
        bar.findChild<QComboBox *>(QStringLiteral("kindFilterCombo"))->setCurrentIndex(1);
        VisitFilterBar other;
        other.restoreState(bar.state());
        QCOMPARE(other.filter().text, QStringLiteral("tuyên giáo"));
        QCOMPARE(other.filter().kind, bar.filter().kind);
        // A damaged entry falls back to no filter rather than failing.
        other.restoreState({{QStringLiteral("kind"), 99}});
        QVERIFY(!other.filter().kind.has_value());
    }

    void filterBarTabOrderFollowsTheGrid()
    {
        VisitFilterBar bar;
        QStringList order;
        QWidget *widget = bar.findChild<QLineEdit *>(QStringLiteral("visitSearchEdit"));
        for (int i = 0; i < 40 && order.size() < 5; ++i, widget = widget->nextInFocusChain()) {
            if ((widget->focusPolicy() & Qt::TabFocus) && !widget->objectName().isEmpty())
                order << widget->objectName();
        }
        QCOMPARE(order,
                 (QStringList{QStringLiteral("visitSearchEdit"), QStringLiteral("kindFilterCombo"),
                              QStringLiteral("statusFilterCombo"), QStringLiteral("hostFilterEdit"),
                              QStringLiteral("delegationFilterEdit")}));
    }

    void recentDatabasesKeepEightNewestFirst()
    {
        const QString existing = m_dir.filePath(QStringLiteral("exists.sqlite"));
        QFile file(existing);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        for (int i = 0; i < 10; ++i)
            RecentDatabases::add(m_dir.filePath(QStringLiteral("missing%1.sqlite").arg(i)));
        RecentDatabases::add(existing);
        RecentDatabases::add(m_dir.filePath(QStringLiteral("missing9.sqlite"))); // again: moves up
        const QStringList paths = RecentDatabases::paths();
        QCOMPARE(paths.size(), RecentDatabases::kMaximum);
        QCOMPARE(paths.at(0), m_dir.filePath(QStringLiteral("missing9.sqlite")));
        QCOMPARE(paths.at(1), existing);
        QCOMPARE(paths.count(paths.at(0)), 1);

        QMenu menu;
        RecentDatabases recent(&menu);
        QString requested;
        connect(&recent, &RecentDatabases::openRequested, this,
                [&requested](const QString &p) { requested = p; });
        const QList<QAction *> actions = menu.actions();
        QVERIFY(!actions.at(0)->isEnabled()); // missing files are shown disabled
        QVERIFY(actions.at(1)->isEnabled());
        actions.at(1)->trigger();
        QCOMPARE(requested, existing);
    }

    void saveCopyWritesAConsistentFile()
    {
        const QString original = m_dir.filePath(QStringLiteral("original.sqlite"));
        const QString copy = m_dir.filePath(QStringLiteral("copy.sqlite"));
        QString error;
        {
            Database database;
            QVERIFY2(database.open(original, &error), qPrintable(error));
            QVERIFY2(database.saveCopy(copy, &error), qPrintable(error));
            QVERIFY2(database.saveCopy(copy, &error), qPrintable(error)); // replaces an older copy
            QVERIFY(!QFile::exists(copy + QStringLiteral(".part")));
            QVERIFY(!database.saveCopy(original, &error));
            QVERIFY(!error.isEmpty());
            QVERIFY(database.isOpen()); // a refused copy leaves the database open
        }
        Database reopened;
        QVERIFY2(reopened.open(copy, &error), qPrintable(error));
        QCOMPARE(reopened.schemaVersion(), Database::kSchemaVersion);
    }

    void languagePreference()
    {
        QCOMPARE(storedLanguage(), QString());
        storeLanguage(QStringLiteral("vi"));
        QCOMPARE(storedLanguage(), QStringLiteral("vi"));
        PreferencesDialog dialog;
        QCOMPARE(dialog.language(), QStringLiteral("vi"));
        dialog.setLanguage(QStringLiteral("en"));
        QCOMPARE(dialog.language(), QStringLiteral("en"));
        storeLanguage(QStringLiteral("klingon"));
        QCOMPARE(storedLanguage(), QString());
    }

    void userGuideFollowsTheLanguage()
    {
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
        QVERIFY(UserGuideDialog::guideMarkdown().startsWith(QStringLiteral("# Hướng dẫn sử dụng")));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QVERIFY(UserGuideDialog::guideMarkdown().contains(QStringLiteral("a short guide")));
        QLocale::setDefault(before);
    }

    // Qt's own file dialog formats dates and sizes in the system locale; ours
    // follow the chosen language and leave room for the Vietnamese headers.
    void fileDialogsSpeakTheChosenLanguage()
    {
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        QFile report(folder.filePath(QStringLiteral("bao-cao.pdf")));
        QVERIFY(report.open(QIODevice::WriteOnly));
        report.write(QByteArray(1536, 'x'));
        QVERIFY(report.flush()); // before the time is set, or closing moves it
        QVERIFY(report.setFileTime(QDateTime(QDate(2023, 6, 7), QTime(14, 30)),
                                   QFileDevice::FileModificationTime));
        report.close();

        QString dateText;
        QString sizeText;
        QHeaderView::ResizeMode sizeMode = QHeaderView::Interactive;
        const QString target = folder.filePath(QStringLiteral("ban-sao.sqlite"));
        std::function<void()> answer = [&] {
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            const QAbstractProxyModel *proxy = dialog ? dialog->proxyModel() : nullptr;
            const auto *files =
                proxy ? qobject_cast<const QFileSystemModel *>(proxy->sourceModel()) : nullptr;
            const QModelIndex row = files ? files->index(report.fileName()) : QModelIndex();
            // The file system model fills in the background.
            if (!row.isValid() || !files->lastModified(row).isValid()) {
                QTimer::singleShot(20, qApp, answer);
                return;
            }
            dateText = proxy->mapFromSource(row.siblingAtColumn(3)).data().toString();
            sizeText = proxy->mapFromSource(row.siblingAtColumn(1)).data().toString();
            if (auto *details = dialog->findChild<QTreeView *>(QStringLiteral("treeView")))
                sizeMode = details->header()->sectionResizeMode(1);
            auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            name->setText(target);
            QTest::keyClick(name, Qt::Key_Return);
        };
        QTimer::singleShot(0, qApp, answer);
        QString chosenFilter;
        const QString chosen =
            FileDialogs::saveFileName(nullptr, QStringLiteral("t"), folder.path(),
                                      QStringLiteral("A (*.sqlite);;B (*)"), &chosenFilter);
        QLocale::setDefault(before);

        QCOMPARE(chosen, target);
        QCOMPARE(chosenFilter, QStringLiteral("A (*.sqlite)"));
        QCOMPARE(dateText, QStringLiteral("07/06/2023 14:30"));
        QCOMPARE(sizeText, QStringLiteral("1,50 KiB"));
        QCOMPARE(sizeMode, QHeaderView::ResizeToContents);
    }

    // Last: the translator stays installed for the rest of the run.
    void qtStringsInVietnamese()
    {
        QVERIFY(installQtTranslations(QStringLiteral("vi")));
        QMessageBox box(QMessageBox::Question, QStringLiteral("t"), QStringLiteral("t"),
                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
        QCOMPARE(box.button(QMessageBox::Save)->text(), QStringLiteral("Lưu"));
        QCOMPARE(box.button(QMessageBox::Discard)->text(), QStringLiteral("Không lưu"));
        QCOMPARE(box.button(QMessageBox::Cancel)->text(), QStringLiteral("Hủy"));
        QMessageBox yesNo(QMessageBox::Question, QStringLiteral("t"), QStringLiteral("t"),
                          QMessageBox::Yes | QMessageBox::No);
        QCOMPARE(yesNo.button(QMessageBox::Yes)->text(), QStringLiteral("&Có"));

        QLineEdit edit;
        std::unique_ptr<QMenu> menu(edit.createStandardContextMenu());
        QStringList texts;
        for (const QAction *action : menu->actions())
            texts << action->text().section(QLatin1Char('\t'), 0, 0); // drop the shortcut
        QVERIFY2(texts.contains(QStringLiteral("&Dán")), qPrintable(texts.join(QLatin1Char('|'))));
        QVERIFY(texts.contains(QStringLiteral("Chọn tất cả")));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestDesktop)
#include "test_desktop.moc"
