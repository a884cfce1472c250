// File ▸ Restore from backup, clicked through: the dialog lists the backups
// with their visit counts, "Back up now" adds one, Restore keeps the current
// file first and reopens the restored one, a damaged backup is refused with a
// message and nothing changes. Also the automatic backup of the main window
// and the settings in Preferences.

#include "gui/AutomaticBackups.h"
#include "gui/BackupSettingsBox.h"
#include "gui/DatabaseSession.h"
#include "gui/MainWindow.h"
#include "gui/RestoreBackupDialog.h"
#include "services/BackupRotation.h"
#include "storage/BackupFiles.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QMainWindow>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace vt;

namespace {

// Answers the message boxes as they appear, in order, with the given buttons
// (from the event loop each box runs), and records their texts.
void answerMessageBoxes(QList<QMessageBox::StandardButton> buttons, QStringList *texts)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, qApp, [timer, buttons, texts]() mutable {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || buttons.isEmpty() || !box->button(buttons.constFirst()) ||
            box->property("answered").toBool())
            return;
        box->setProperty("answered", true);
        texts->append(box->text());
        QTest::mouseClick(box->button(buttons.takeFirst()), Qt::LeftButton);
        if (buttons.isEmpty())
            timer->deleteLater();
    });
    timer->start();
}

QByteArray fixture()
{
    QFile file(QStringLiteral(VT_TEST_DATA_DIR "/interchange/rich-visits.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class RestoreBackupTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString databasePath() const { return m_dir.filePath(QStringLiteral("visits.sqlite")); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QDir(BackupPolicy::defaultFolder()).removeRecursively();
    }
    void cleanup() { QDir(BackupPolicy::defaultFolder()).removeRecursively(); }

    void restoreClickedThrough()
    {
        DatabaseSession session;
        QString error;
        QVERIFY2(session.open(databasePath(), &error), qPrintable(error));
        QVERIFY(session.importDocument(fixture()).ok);
        const qint64 fixtureVisits = session.visitCount();
        QVERIFY(fixtureVisits > 0);

        RestoreBackupDialog dialog(session);
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("backupTable"));
        auto *restore = dialog.findChild<QPushButton *>(QStringLiteral("restoreButton"));
        auto *backUpNow = dialog.findChild<QPushButton *>(QStringLiteral("backUpNowButton"));
        QVERIFY(table && restore && backUpNow);
        QCOMPARE(table->rowCount(), 0);
        QVERIFY(!restore->isEnabled());

        QTest::mouseClick(backUpNow, Qt::LeftButton);
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 1)->text(), QLocale().toString(fixtureVisits));
        QVERIFY(!table->item(0, 2)->text().isEmpty());
        QVERIFY(restore->isEnabled());

        QVERIFY(session.loadSampleVisits().ok);
        const qint64 moreVisits = session.visitCount();
        QVERIFY(moreVisits > fixtureVisits);

        // Cancel changes nothing.
        QStringList texts;
        answerMessageBoxes({QMessageBox::Cancel}, &texts);
        QTest::mouseClick(restore, Qt::LeftButton);
        QCOMPARE(texts.size(), 1);
        QCOMPARE(session.visitCount(), moreVisits);

        texts.clear();
        answerMessageBoxes({QMessageBox::Yes, QMessageBox::Ok}, &texts);
        table->selectRow(0);
        QTest::mouseClick(restore, Qt::LeftButton);
        QCOMPARE(texts.size(), 2);
        QVERIFY2(texts.at(0).contains(QLocale().toString(moreVisits)), qPrintable(texts.at(0)));
        QVERIFY2(texts.at(1).contains(QStringLiteral("was restored")), qPrintable(texts.at(1)));
        QCOMPARE(session.visitCount(), fixtureVisits);
        QCOMPARE(session.filePath(), QFileInfo(databasePath()).absoluteFilePath());
        // The replaced file is the newest backup now, with all its visits.
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, 1)->text(), QLocale().toString(moreVisits));
        QCOMPARE(table->item(1, 1)->text(), QLocale().toString(fixtureVisits));
    }

    void damagedBackupRefusedWithMessage()
    {
        DatabaseSession session;
        QString error;
        QVERIFY2(session.open(databasePath(), &error), qPrintable(error));
        const qint64 visits = session.visitCount();
        BackupRotation rotation;
        const RotationResult written =
            rotation.backUpNow(session.database(), QDateTime::currentDateTime().addDays(-1));
        QCOMPARE(written.outcome, RotationResult::Outcome::Written);
        {
            QFile file(written.filePath);
            QVERIFY(file.open(QIODevice::ReadWrite));
            file.seek(4096);
            file.write(QByteArray(int(file.size() - 4096), '\x5A'));
        }

        RestoreBackupDialog dialog(session);
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("backupTable"));
        auto *restore = dialog.findChild<QPushButton *>(QStringLiteral("restoreButton"));
        QCOMPARE(table->rowCount(), 1);
        table->selectRow(0);
        QStringList texts;
        answerMessageBoxes({QMessageBox::Yes, QMessageBox::Ok}, &texts);
        QTest::mouseClick(restore, Qt::LeftButton);
        QCOMPARE(texts.size(), 2);
        QVERIFY2(texts.at(1).contains(QStringLiteral("failed its check")), qPrintable(texts.at(1)));
        QVERIFY(session.isOpen());
        QCOMPARE(session.visitCount(), visits);
        QCOMPARE(table->rowCount(), 1); // nothing was kept or changed
    }

    void automaticBackupOnceADay()
    {
        QMainWindow window;
        DatabaseSession session;
        QString error;
        QVERIFY2(session.open(databasePath(), &error), qPrintable(error));
        AutomaticBackups automatic(session, &window);
        QSignalSpy finished(&automatic, &AutomaticBackups::finished);
        QVERIFY(automatic.runIfDue());
        // Written in the background: the status bar says so meanwhile.
        QVERIFY(automatic.isRunning());
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("automatic backup")));
        QVERIFY(finished.wait(20000));
        const QString message = finished.at(0).at(0).toString();
        QVERIFY2(message.contains(QStringLiteral("Automatic backup written")), qPrintable(message));
        QCOMPARE(window.statusBar()->currentMessage(), message);
        QCOMPARE(BackupRotation().backupsOf(databasePath()).size(), 1);
        QVERIFY(!automatic.runIfDue()); // fresh: not due
        QCOMPARE(BackupRotation().backupsOf(databasePath()).size(), 1);
    }

    void openingAnotherFileStopsTheAutomaticBackup()
    {
        QMainWindow window;
        DatabaseSession session;
        QString error;
        QVERIFY2(session.open(databasePath(), &error), qPrintable(error));
        QVERIFY(session.loadSampleVisits().ok);
        AutomaticBackups automatic(session, &window);
        QSignalSpy finished(&automatic, &AutomaticBackups::finished);
        QVERIFY(automatic.runIfDue());
        const QString other = m_dir.filePath(QStringLiteral("other.sqlite"));
        QVERIFY2(session.open(other, &error), qPrintable(error));
        QVERIFY(!automatic.isRunning()); // stopped before the file was let go
        QCoreApplication::processEvents();
        QCOMPARE(finished.count(), 0);
        QCOMPARE(window.statusBar()->currentMessage(), QString());
        // Nothing half-written stays in the folder.
        const QDir folder(BackupRotation().folder());
        QCOMPARE(folder.entryList({QStringLiteral("*.part")}, QDir::Files), QStringList());
        for (const BackupEntry &entry : BackupRotation().backupsOf(databasePath()))
            QCOMPARE(backupFileProblems(entry.filePath), QStringList());
    }

    // Quitting while the automatic backup is written: the window, its session
    // and the backup go in whatever order Qt deletes children, the backup is
    // stopped, and nothing half-written stays.
    void closingTheWindowStopsTheAutomaticBackup()
    {
        auto *window = new MainWindow;
        QVERIFY(window->openDatabase(databasePath()));
        QVERIFY(window->session().loadSampleVisits().ok);
        auto *automatic = window->findChild<AutomaticBackups *>();
        QVERIFY(automatic);
        QVERIFY(automatic->runIfDue());
        delete window;
        const QDir folder(BackupRotation().folder());
        QCOMPARE(folder.entryList({QStringLiteral("*.part")}, QDir::Files), QStringList());
        for (const BackupEntry &entry : BackupRotation().backupsOf(databasePath()))
            QCOMPARE(backupFileProblems(entry.filePath), QStringList());
    }

    void preferencesStoreThePolicy()
    {
        BackupSettingsBox box;
        auto *check = box.findChild<QCheckBox *>(QStringLiteral("automaticBackupCheck"));
        auto *keep = box.findChild<QSpinBox *>(QStringLiteral("keepBackupsSpin"));
        QVERIFY(check && keep);
        QVERIFY(check->isChecked());
        keep->setValue(14);
        check->setChecked(false);
        QVERIFY(!keep->isEnabled());
        box.store();
        QCOMPARE(BackupPolicy::fromSettings().keep, 14);
        QCOMPARE(BackupPolicy::fromSettings().automatic, false);
        BackupPolicy{}.save();
    }

    void mainWindowOffersRestore()
    {
        MainWindow window;
        auto *action = window.findChild<QAction *>(QStringLiteral("restoreBackupAction"));
        QVERIFY(action);
        QVERIFY(!action->icon().isNull());
        QVERIFY(window.menuBar()->actions().constFirst()->menu()->actions().contains(action));
    }
};

QTEST_MAIN(RestoreBackupTest)
#include "test_restore_backup.moc"
