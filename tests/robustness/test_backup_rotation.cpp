// Automatic rotating backups and restoring one (services/BackupRotation):
// a backup is written when the newest is a day old, verified, and only the
// newest N are kept; restoring keeps the current file as a backup first and
// refuses a damaged or newer backup without changing anything. Written in
// the background (services/BackgroundBackup), a backup reads its own
// connection while the first goes on writing, and a stopped one leaves no
// file behind.

#include "StorageFixtures.h"

#include "services/BackgroundBackup.h"
#include "services/BackupRotation.h"
#include "storage/BackupFiles.h"
#include "storage/Interruption.h"
#include "storage/VisitRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace vt;
using namespace vt::test;

namespace {

const QDateTime kMonday(QDate(2026, 11, 23), QTime(9, 30, 0));

void addVisits(Database &database, int from, int n)
{
    QList<Visit> visits;
    for (int i = from; i < from + n; ++i) {
        Visit visit = longAnVisit();
        visit.ref = QStringLiteral("visit-%1").arg(i);
        visits << visit;
    }
    QVERIFY(saveAll(database, visits));
}

QStringList namesOf(const QList<BackupEntry> &entries)
{
    QStringList names;
    for (const BackupEntry &entry : entries)
        names << QFileInfo(entry.filePath).fileName();
    return names;
}

} // namespace

class BackupRotationTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path(const char *name) const { return m_dir->filePath(QLatin1StringView(name)); }
    BackupPolicy policy(int keep) const
    {
        BackupPolicy p;
        p.keep = keep;
        p.folder = path("backups");
        return p;
    }
    void openWith(Database &database, int visits)
    {
        QString error;
        QVERIFY2(database.open(path("visits.sqlite"), &error), qPrintable(error));
        addVisits(database, 0, visits);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }
    void cleanup()
    {
        m_dir.reset();
        QCOMPARE(QSqlDatabase::connectionNames(), QStringList());
    }

    void firstBackupIsWrittenAndVerified()
    {
        Database database;
        openWith(database, 3);
        BackupRotation rotation(policy(3));
        QVERIFY(rotation.isDue(database.filePath(), kMonday));
        const RotationResult result = rotation.runIfDue(database, kMonday);
        QCOMPARE(result.outcome, RotationResult::Outcome::Written);
        QCOMPARE(QFileInfo(result.filePath).fileName(),
                 QStringLiteral("visits-20261123-093000.sqlite"));
        QCOMPARE(result.visitCount, 3);
        const BackupFileSummary summary = summariseBackupFile(result.filePath);
        QVERIFY2(summary.readable, qPrintable(summary.problem));
        QCOMPARE(summary.visitCount, 3);
        QCOMPARE(backupFileProblems(result.filePath), QStringList());
        // No half-written file is left beside it.
        QCOMPARE(QDir(path("backups")).entryList(QDir::Files),
                 QStringList{QStringLiteral("visits-20261123-093000.sqlite")});
    }

    void freshBackupSkipsTheNext()
    {
        Database database;
        openWith(database, 1);
        BackupRotation rotation(policy(3));
        QCOMPARE(rotation.runIfDue(database, kMonday).outcome, RotationResult::Outcome::Written);
        const QDateTime later = kMonday.addSecs(23 * 3600);
        QVERIFY(!rotation.isDue(database.filePath(), later));
        QCOMPARE(rotation.runIfDue(database, later).outcome, RotationResult::Outcome::NotDue);
        QCOMPARE(rotation.backupsOf(database.filePath()).size(), 1);
        QVERIFY(rotation.isDue(database.filePath(), kMonday.addDays(1)));
        // A backup dated in the future (the clock went back) does not block backups.
        QVERIFY(rotation.isDue(database.filePath(), kMonday.addDays(-2)));
    }

    void automaticOffWritesNothing()
    {
        Database database;
        openWith(database, 1);
        BackupPolicy off = policy(3);
        off.automatic = false;
        BackupRotation rotation(off);
        QCOMPARE(rotation.runIfDue(database, kMonday).outcome, RotationResult::Outcome::NotDue);
        QVERIFY(!QFileInfo::exists(path("backups")));
    }

    void rotationKeepsTheNewestN()
    {
        Database database;
        openWith(database, 1);
        // Another database's backups and a file of the user's share the folder.
        QVERIFY(QDir().mkpath(path("backups")));
        writeFile(path("backups/visits-old-20200101-000000.sqlite"), "x");
        writeFile(path("backups/visits-my-copy.sqlite"), "x");
        BackupRotation rotation(policy(3));
        QStringList removed;
        for (int day = 0; day < 5; ++day) {
            addVisits(database, 100 + day, 1);
            const RotationResult result = rotation.runIfDue(database, kMonday.addDays(day));
            QCOMPARE(result.outcome, RotationResult::Outcome::Written);
            QCOMPARE(result.visitCount, 2 + day);
            removed << result.removed;
        }
        QCOMPARE(namesOf(rotation.backupsOf(database.filePath())),
                 (QStringList{QStringLiteral("visits-20261127-093000.sqlite"),
                              QStringLiteral("visits-20261126-093000.sqlite"),
                              QStringLiteral("visits-20261125-093000.sqlite")}));
        QCOMPARE(removed.size(), 2);
        QVERIFY(removed.constFirst().endsWith(QLatin1StringView("visits-20261123-093000.sqlite")));
        QVERIFY(QFileInfo::exists(path("backups/visits-old-20200101-000000.sqlite")));
        QVERIFY(QFileInfo::exists(path("backups/visits-my-copy.sqlite")));
        QCOMPARE(summariseBackupFile(rotation.backupsOf(database.filePath()).constFirst().filePath)
                     .visitCount,
                 6);
    }

    void failedBackupIsReported()
    {
        Database database;
        openWith(database, 1);
        // The backup folder's place is taken by a file.
        writeFile(path("backups"), "not a folder");
        BackupRotation rotation(policy(3));
        const RotationResult result = rotation.runIfDue(database, kMonday);
        QCOMPARE(result.outcome, RotationResult::Outcome::Failed);
        QVERIFY2(result.error.contains(path("backups")), qPrintable(result.error));
    }

    void cancelledBackupWritesNothing()
    {
        Database database;
        openWith(database, 3);
        Interruption interruption;
        interruption.cancel(); // before the copy began: it must not begin
        BackupRotation rotation(policy(3));
        const RotationResult result = rotation.runIfDue(database, kMonday, &interruption);
        QCOMPARE(result.outcome, RotationResult::Outcome::Cancelled);
        QVERIFY2(result.error.contains(QStringLiteral("stopped")), qPrintable(result.error));
        QCOMPARE(QDir(path("backups")).entryList(QDir::Files), QStringList());
        // The connection is not left interrupted.
        QCOMPARE(rotation.runIfDue(database, kMonday).outcome, RotationResult::Outcome::Written);
        QCOMPARE(VisitRepository(database).allIds().size(), 3);
    }

    void backgroundBackupReadsItsOwnConnection()
    {
        Database database;
        openWith(database, 3);
        BackgroundBackup backup;
        QSignalSpy finished(&backup, &BackgroundBackup::finished);
        QVERIFY(backup.start(database.filePath(), BackgroundBackup::When::Now, policy(3)));
        QVERIFY(backup.isRunning());
        QVERIFY(!backup.start(database.filePath(), BackgroundBackup::When::Now, policy(3)));
        addVisits(database, 3, 2); // the window goes on writing meanwhile
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.count(), 1);
        QVERIFY(!backup.isRunning());
        const auto result = finished.at(0).at(0).value<RotationResult>();
        QCOMPARE(result.outcome, RotationResult::Outcome::Written);
        // Before or after the two were added, but whole either way.
        QVERIFY2(result.visitCount == 3 || result.visitCount == 5,
                 qPrintable(QString::number(result.visitCount)));
        QCOMPARE(backupFileProblems(result.filePath), QStringList());
        QCOMPARE(VisitRepository(database).allIds().size(), 5);
    }

    void stoppedBackgroundBackupLeavesNoPartialFile()
    {
        Database database;
        openWith(database, 60);
        // Stopped at different moments of the copy: before it opens the file,
        // during VACUUM INTO, during the check of the copy, or once done.
        for (int waitMs : {0, 1, 3, 10, 30}) {
            BackgroundBackup backup;
            QSignalSpy finished(&backup, &BackgroundBackup::finished);
            QVERIFY(backup.start(database.filePath(), BackgroundBackup::When::Now, policy(100)));
            QTest::qSleep(waitMs);
            backup.stop();
            QVERIFY(!backup.isRunning());
            QCoreApplication::processEvents();
            QCOMPARE(finished.count(), 0); // a stopped backup reports nothing
        }
        const QDir folder(path("backups"));
        // At least the one stopped at once was stopped before it was done.
        QVERIFY(folder.entryList(QDir::Files).size() < 5);
        for (const QString &name : folder.entryList(QDir::Files)) {
            QVERIFY2(!name.contains(QStringLiteral(".part")), qPrintable(name));
            QCOMPARE(backupFileProblems(folder.filePath(name)), QStringList());
        }
        QCOMPARE(VisitRepository(database).allIds().size(), 60);
    }

    // Stopped, a backup lets go of the database at once; its partial file is
    // removed after that on its thread, joined by the next start.
    void backgroundBackupStartsAgainAfterAStop()
    {
        Database database;
        openWith(database, 60);
        BackgroundBackup backup;
        QSignalSpy finished(&backup, &BackgroundBackup::finished);
        QVERIFY(backup.start(database.filePath(), BackgroundBackup::When::Now, policy(100)));
        QTest::qSleep(3);
        backup.stop();
        QVERIFY(!backup.isRunning());
        QVERIFY(backup.start(database.filePath(), BackgroundBackup::When::Now, policy(100)));
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).value<RotationResult>().outcome,
                 RotationResult::Outcome::Written);
        const QDir folder(path("backups"));
        for (const QString &name : folder.entryList(QDir::Files))
            QVERIFY2(!name.contains(QStringLiteral(".part")), qPrintable(name));
    }

    // What a cancelled job leaves behind goes later only when asked for, and
    // never stays: taken by whoever stopped it, or removed with the Interruption.
    void interruptionDefersOnlyACancelledJobsFiles()
    {
        QTemporaryDir dir;
        const auto made = [&](const char *name) {
            const QString file = dir.filePath(QLatin1StringView(name));
            QFile f(file);
            f.open(QIODevice::WriteOnly);
            return file;
        };
        const QString a = made("a"), b = made("b"), c = made("c"), d = made("d");
        {
            Interruption deferring;
            deferring.deferRemovals();
            deferring.removeFiles({a}); // not cancelled: a failure, removed at once
            QVERIFY(!QFile::exists(a));
            deferring.cancel();
            deferring.removeFiles({b, c});
            QVERIFY(QFile::exists(b) && QFile::exists(c));
            QCOMPARE(deferring.takeRemovals(), (QStringList{b, c})); // the taker removes them
            deferring.removeFiles({d});
            QVERIFY(QFile::exists(d));
        }
        QVERIFY(!QFile::exists(d)); // not taken: removed with the Interruption
        QVERIFY(QFile::exists(b));
        Interruption plain;
        plain.cancel();
        plain.removeFiles({b, c}); // without deferRemovals: at once
        QVERIFY(!QFile::exists(b) && !QFile::exists(c));
    }

    void policyIsStoredInSettings()
    {
        BackupPolicy stored;
        stored.automatic = false;
        stored.keep = 12;
        stored.save();
        const BackupPolicy read = BackupPolicy::fromSettings();
        QCOMPARE(read.automatic, false);
        QCOMPARE(read.keep, 12);
        QSettings().setValue(QStringLiteral("backup/keep"), 100000);
        QCOMPARE(BackupPolicy::fromSettings().keep, BackupPolicy::kMaxKeep);
        QSettings().remove(QStringLiteral("backup"));
        QCOMPARE(BackupPolicy::fromSettings().automatic, true);
    }

    void restoreKeepsTheCurrentFileFirst()
    {
        Database database;
        openWith(database, 2);
        BackupRotation rotation(policy(1));
        const RotationResult old = rotation.runIfDue(database, kMonday);
        QCOMPARE(old.outcome, RotationResult::Outcome::Written);
        addVisits(database, 10, 3); // 5 visits now, 2 in the backup
        const RestoreResult restored =
            restoreBackup(database, old.filePath, rotation, kMonday.addSecs(60));
        QVERIFY2(restored.ok, qPrintable(restored.error));
        QVERIFY(restored.closed);
        // keep = 1, yet the restored backup was not rotated away.
        QVERIFY(QFileInfo::exists(old.filePath));
        QCOMPARE(summariseBackupFile(restored.keptAs).visitCount, 5);

        QString error;
        QVERIFY2(database.open(path("visits.sqlite"), &error), qPrintable(error));
        QCOMPARE(VisitRepository(database).count(), 2);
        // And back again: the kept file restores the five visits.
        const RestoreResult back =
            restoreBackup(database, restored.keptAs, rotation, kMonday.addSecs(120));
        QVERIFY2(back.ok, qPrintable(back.error));
        QVERIFY2(database.open(path("visits.sqlite"), &error), qPrintable(error));
        QCOMPARE(VisitRepository(database).count(), 5);
    }

    void damagedBackupIsRefused()
    {
        Database database;
        openWith(database, 2);
        BackupRotation rotation(policy(3));
        const RotationResult written = rotation.runIfDue(database, kMonday);
        QCOMPARE(written.outcome, RotationResult::Outcome::Written);
        // Overwrite pages in the middle of the backup.
        QFile file(written.filePath);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.size() > 8192);
        file.seek(4096);
        file.write(QByteArray(int(file.size() - 4096), '\xA5'));
        file.close();

        const RestoreResult result = restoreBackup(database, written.filePath, rotation, kMonday);
        QVERIFY(!result.ok);
        QVERIFY(!result.closed);
        QVERIFY2(result.error.contains(QLatin1StringView("failed its check")),
                 qPrintable(result.error));
        QVERIFY(database.isOpen());
        QCOMPARE(VisitRepository(database).count(), 2);
        // Nothing was kept either: the refusal comes before any change.
        QCOMPARE(rotation.backupsOf(database.filePath()).size(), 1);
        QVERIFY(!backupFileProblems(written.filePath).isEmpty());
    }

    void foreignOrNewerBackupIsRefused()
    {
        Database database;
        openWith(database, 1);
        BackupRotation rotation(policy(3));
        writeFile(path("not-ours.sqlite"), "SQLite format 3");
        QVERIFY(!restoreBackup(database, path("not-ours.sqlite"), rotation, kMonday).ok);

        const RotationResult written = rotation.runIfDue(database, kMonday);
        runRaw(written.filePath,
               {QStringLiteral("PRAGMA user_version = %1").arg(Database::kSchemaVersion + 1)});
        const RestoreResult result = restoreBackup(database, written.filePath, rotation, kMonday);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QLatin1StringView("newer version")),
                 qPrintable(result.error));
        QVERIFY(database.isOpen());
    }
};

QTEST_GUILESS_MAIN(BackupRotationTest)
#include "test_backup_rotation.moc"
