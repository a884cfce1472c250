// Faults and bad files at the storage level: the full check, verified
// backups, refusing damaged files untouched, the single-writer lock,
// read-only fallbacks, the copy kept before a schema upgrade, a full disk.

#include "StorageFixtures.h"

#include "services/VisitService.h"
#include "storage/DatabaseBackup.h"
#include "storage/DatabaseCheck.h"
#include "storage/DatabaseLock.h"
#include "storage/VisitRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <unistd.h>

using namespace vt;
using namespace vt::test;

namespace {

// A database with n copies of the sample visit (distinct refs).
void createDatabase(const QString &file, int n)
{
    Database database;
    QString error;
    QVERIFY2(database.open(file, &error), qPrintable(error));
    QList<Visit> visits;
    for (int i = 0; i < n; ++i) {
        Visit visit = longAnVisit();
        visit.ref = QStringLiteral("visit-%1").arg(i);
        visits << visit;
    }
    QVERIFY(saveAll(database, visits));
}

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files, QDir::Name);
}

} // namespace

class RobustnessTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path(const char *name) const { return m_dir->filePath(QLatin1StringView(name)); }

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

    void checkOfSoundDatabaseIsEmpty()
    {
        createDatabase(path("a.sqlite"), 3);
        Database database;
        QString error;
        QVERIFY2(database.open(path("a.sqlite"), &error), qPrintable(error));
        QCOMPARE(checkDatabase(database), QStringList());
        QStringList problems{QStringLiteral("x")};
        QVERIFY2(checkDatabaseFile(path("a.sqlite"), &problems, &error), qPrintable(error));
        QCOMPARE(problems, QStringList());
    }

    // The search index keeps no text (schema 12): check compares its entries
    // with the records they index, so one kept out of step is seen.
    void checkFindsSearchIndexOutOfStep()
    {
        const QString file = path("a.sqlite");
        createDatabase(file, 2);
        // A finding no recommendation addresses, so no foreign key is left dangling.
        runRaw(file, {QStringLiteral("DELETE FROM findings WHERE id = (SELECT min(id) FROM"
                                     " findings WHERE id NOT IN"
                                     " (SELECT finding_id FROM recommendation_findings))")});
        QStringList problems;
        QString error;
        QVERIFY2(checkDatabaseFile(file, &problems, &error), qPrintable(error));
        QCOMPARE(problems, QStringList{QStringLiteral("search index: 1 entries index no record")});
        runRaw(file, {QStringLiteral("INSERT INTO search_index (search_index, rowid, body)"
                                     " VALUES ('delete', (SELECT max(id) FROM visits) * 4,"
                                     " 'x')")});
        QVERIFY2(checkDatabaseFile(file, &problems, &error), qPrintable(error));
        QCOMPARE(problems,
                 (QStringList{QStringLiteral("search index: 1 entries index no record"),
                              QStringLiteral("search index: 1 records are not indexed")}));
    }

    void checkFindsForeignKeysSchemaAndIdentity()
    {
        const QString file = path("a.sqlite");
        createDatabase(file, 1);
        runRaw(file,
               {QStringLiteral("INSERT INTO attendees (visit_id, seq, name, side, role, "
                               "present) VALUES (9999, 0, 'Ghost', 'host', 'member', 1)"),
                QStringLiteral("DROP TABLE people"), QStringLiteral("PRAGMA user_version = 99"),
                QStringLiteral("PRAGMA application_id = 5")});
        const QByteArray before = sha256Of(file);
        QStringList problems;
        QString error;
        QVERIFY2(checkDatabaseFile(file, &problems, &error), qPrintable(error));
        const QString all = problems.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("foreign key: row")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("table people is missing")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("schema: version 99")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("application_id is 5")), qPrintable(all));
        QCOMPARE(sha256Of(file), before);
        QVERIFY(!checkDatabaseFile(path("missing.sqlite"), &problems, &error));
        QVERIFY(error.contains(QStringLiteral("missing.sqlite")));
    }

    void damagedFileIsRefusedUntouched()
    {
        const QString file = path("damaged.sqlite");
        createDatabase(file, 40);
        // Overwrite the middle of the file (b-tree pages, not the schema page).
        QFile raw(file);
        QVERIFY(raw.open(QIODevice::ReadWrite));
        const qint64 size = raw.size();
        QVERIFY(size > 8 * 4096);
        QVERIFY(raw.seek(size / 2 - (size / 2) % 4096));
        raw.write(QByteArray(4096 * 2, '\x5a'));
        raw.close();
        const QByteArray before = sha256Of(file);

        for (const auto access : {Database::Access::ReadWrite, Database::Access::ReadOnly}) {
            Database database;
            QString error;
            QVERIFY(!database.open(file, &error, access));
            QVERIFY2(error.contains(QStringLiteral("damaged.sqlite")), qPrintable(error));
            QVERIFY2(error.contains(QStringLiteral("damaged")), qPrintable(error));
            QVERIFY2(error.contains(QStringLiteral("backup")), qPrintable(error));
        }
        QCOMPARE(sha256Of(file), before);
        QCOMPARE(filesIn(m_dir->path()), QStringList{QStringLiteral("damaged.sqlite")});

        QStringList problems;
        QString error;
        QVERIFY2(checkDatabaseFile(file, &problems, &error), qPrintable(error));
        QVERIFY(!problems.isEmpty());
        QCOMPARE(sha256Of(file), before);
    }

    void backupWritesVerifiedCopy()
    {
        const QString file = path("a.sqlite");
        createDatabase(file, 5);
        Database database;
        QString error;
        QVERIFY2(database.open(file, &error), qPrintable(error));
        // Replacing an existing file is fine; it is only replaced once verified.
        writeFile(path("copy.sqlite"), "old contents");
        const BackupResult result = backupDatabase(database, path("copy.sqlite"));
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.visitCount, 5);
        QCOMPARE(filesIn(m_dir->path()),
                 (QStringList{QStringLiteral("a.sqlite"), QStringLiteral("a.sqlite-shm"),
                              QStringLiteral("a.sqlite-wal"), QStringLiteral("a.sqlite.lock"),
                              QStringLiteral("copy.sqlite")}));
        Database copy;
        QVERIFY2(copy.open(path("copy.sqlite"), &error, Database::Access::ReadOnly),
                 qPrintable(error));
        QCOMPARE(VisitRepository(copy).count(), 5);
        QCOMPARE(checkDatabase(copy), QStringList());
        const auto loaded = VisitRepository(copy).load(1, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->title, longAnVisit().title);
    }

    void backupRefusesWithoutTouchingTarget()
    {
        const QString file = path("a.sqlite");
        createDatabase(file, 1);
        Database database;
        QString error;
        QVERIFY2(database.open(file, &error), qPrintable(error));
        const QByteArray before = sha256Of(file);

        BackupResult result = backupDatabase(database, file);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QStringLiteral("onto itself")), qPrintable(result.error));
        result = backupDatabase(database, m_dir->filePath(QStringLiteral("sub/../a.sqlite")));
        QVERIFY(!result.ok);
        result = backupDatabase(database, path("no-such-folder/copy.sqlite"));
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QStringLiteral("no-such-folder")), qPrintable(result.error));
        // A log beside the target would be replayed into the copy.
        writeFile(path("other.sqlite"), "keep me");
        writeFile(path("other.sqlite-wal"), "log");
        result = backupDatabase(database, path("other.sqlite"));
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QStringLiteral("other.sqlite-wal")),
                 qPrintable(result.error));
        QFile keep(path("other.sqlite"));
        QVERIFY(keep.open(QIODevice::ReadOnly));
        QCOMPARE(keep.readAll(), QByteArray("keep me"));
        database.close();
        QCOMPARE(sha256Of(file), before);
        for (const QString &name : filesIn(m_dir->path()))
            QVERIFY2(!name.endsWith(QStringLiteral(".part")), qPrintable(name));
    }

    void oneProcessSharesTheLock()
    {
        const QString file = path("a.sqlite");
        Database first;
        Database second;
        QString error;
        QVERIFY2(first.open(file, &error), qPrintable(error));
        QVERIFY2(second.open(file, &error), qPrintable(error));
        QVERIFY(!first.isReadOnly());
        QVERIFY(!second.isReadOnly());
        QVERIFY(QFile::exists(DatabaseLock::lockFilePath(file)));
        first.close();
        QVERIFY(QFile::exists(DatabaseLock::lockFilePath(file)));
        second.close();
        QVERIFY(!QFile::exists(DatabaseLock::lockFilePath(file)));
    }

    void anotherWriterMakesItReadOnly()
    {
        const QString file = path("a.sqlite");
        createDatabase(file, 2);
        const QString lockPath = DatabaseLock::lockFilePath(file);
        // A lock file as Qt writes it, but naming a live process that is not us.
        QByteArray ours;
        {
            QLockFile probe(lockPath);
            QVERIFY(probe.tryLock(0));
            QFile read(lockPath);
            QVERIFY(read.open(QIODevice::ReadOnly));
            ours = read.readAll();
        }
        QProcess sleeper;
        sleeper.start(QStringLiteral("sleep"), {QStringLiteral("60")});
        QVERIFY(sleeper.waitForStarted());
        const qint64 pid = sleeper.processId();
        QList<QByteArray> lines = ours.split('\n');
        QVERIFY(lines.size() >= 3);
        lines[0] = QByteArray::number(pid);
        lines[1] = QFile::encodeName(
            QFileInfo(QStandardPaths::findExecutable(QStringLiteral("sleep"))).canonicalFilePath());
        writeFile(lockPath, lines.join('\n'));
        const QByteArray before = sha256Of(file);

        {
            Database database;
            QString error;
            QVERIFY2(database.open(file, &error), qPrintable(error));
            QVERIFY(database.isReadOnly());
            QVERIFY2(database.readOnlyReason().contains(
                         QStringLiteral("already open for writing in another Visit Tracker window "
                                        "(process %1)")
                             .arg(pid)),
                     qPrintable(database.readOnlyReason()));
            QCOMPARE(VisitRepository(database).count(), 2);
            Visit visit = longAnVisit();
            visit.ref = QStringLiteral("new");
            QVERIFY(!VisitService(database).save(visit).ok);
        }
        QCOMPARE(sha256Of(file), before);
        QVERIFY(QFile::exists(lockPath)); // not ours to remove

        // Once that process is gone its lock is stale and is taken over.
        sleeper.kill();
        QVERIFY(sleeper.waitForFinished());
        Database database;
        QString error;
        QVERIFY2(database.open(file, &error), qPrintable(error));
        QVERIFY(!database.isReadOnly());
        QVERIFY(database.readOnlyReason().isEmpty());
        database.close();
        QVERIFY(!QFile::exists(lockPath));
    }

    void unwritableFileOpensReadOnly()
    {
        const QString file = path("a.sqlite");
        createDatabase(file, 1);
        QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::ReadUser));
        // Root ignores permission bits (CI and containers often run as root),
        // but not the immutable attribute: the file is made immutable instead,
        // which makes this test meaningful there too.
        bool immutable = false;
        if (::geteuid() == 0) {
            immutable =
                QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), file}) == 0;
            if (!immutable)
                QSKIP("running as root, where permission bits do not stop writing, and "
                      "`chattr +i` (the immutable attribute, which does) is not available here: "
                      "no CAP_LINUX_IMMUTABLE, or a file system without attributes");
        }
        // Writable again however the test ends, so that the folder can be removed.
        const auto mutableAgain = qScopeGuard([&] {
            if (immutable)
                QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), file});
            QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
        });
        const QByteArray before = sha256Of(file);
        {
            Database database;
            QString error;
            QVERIFY2(database.open(file, &error), qPrintable(error));
            QVERIFY(database.isReadOnly());
            QVERIFY2(database.readOnlyReason().contains(QStringLiteral("cannot be written")),
                     qPrintable(database.readOnlyReason()));
            QCOMPARE(VisitRepository(database).count(), 1);
            Visit visit = longAnVisit();
            visit.ref = QStringLiteral("new");
            QVERIFY(!VisitService(database).save(visit).ok);
        }
        QCOMPARE(sha256Of(file), before);
    }

    void upgradeKeepsVerifiedCopy()
    {
        // A schema 2 file: the current schema without the version 3 table.
        const QString file = path("old.sqlite");
        createDatabase(file, 3);
        downgradeToSchema3(file);
        runRaw(file, {QStringLiteral("DROP TABLE carry_over_verdicts"),
                      QStringLiteral("PRAGMA user_version = 2")});
        Database database;
        QString error;
        QVERIFY2(database.open(file, &error), qPrintable(error));
        QCOMPARE(database.schemaVersion(), Database::kSchemaVersion);
        // Every step ran, the last ones too (schema 11: the search index's buffer).
        QCOMPARE(scalar(database, QStringLiteral("SELECT v FROM search_index_config"
                                                 " WHERE k = 'hashsize'"))
                     .toInt(),
                 32 * 1024 * 1024);
        const QString backup = path("old.before-schema-2.sqlite");
        QVERIFY(QFile::exists(backup));
        QStringList problems;
        QVERIFY(checkDatabaseFile(backup, &problems, &error));
        QCOMPARE(
            problems,
            QStringList{
                QStringLiteral("schema: version 2, expected %1").arg(Database::kSchemaVersion)});
    }

    void failedUpgradeNamesTheCopyAndKeepsTheFile()
    {
        // Claims schema 2 but already has the version 3 table: the upgrade fails.
        const QString file = path("old.sqlite");
        createDatabase(file, 3);
        runRaw(file, {QStringLiteral("PRAGMA user_version = 2")});
        const QByteArray before = sha256Of(file);
        Database database;
        QString error;
        QVERIFY(!database.open(file, &error));
        const QString backup = path("old.before-schema-2.sqlite");
        QVERIFY2(error.contains(QStringLiteral("old.sqlite")), qPrintable(error));
        QVERIFY2(error.contains(backup), qPrintable(error));
        QCOMPARE(sha256Of(file), before);
        Database copy;
        runRaw(backup, {QStringLiteral("PRAGMA user_version = %1").arg(Database::kSchemaVersion)});
        QVERIFY2(copy.open(backup, &error, Database::Access::ReadOnly), qPrintable(error));
        QCOMPARE(VisitRepository(copy).count(), 3);
    }

    void fullDiskLeavesDatabaseUnchanged()
    {
        const QString file = path("full.sqlite");
        createDatabase(file, 2);
        Database database;
        QString error;
        QVERIFY2(database.open(file, &error), qPrintable(error));
        const qint64 pages = scalar(database, QStringLiteral("PRAGMA page_count")).toLongLong();
        {
            QSqlQuery query(database.connection());
            QVERIFY(query.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 2)));
        }
        Visit big = longAnVisit();
        big.ref = QStringLiteral("big");
        big.summary = QString(60000, QLatin1Char('x'));
        for (int i = 0; i < 200; ++i) {
            Attendee attendee = big.attendees.value(0);
            attendee.name = QStringLiteral("Người tham dự %1").arg(i);
            attendee.note = QString(500, QLatin1Char('n'));
            big.attendees << attendee;
        }
        VisitRepository repository(database);
        const auto firstBefore = repository.load(1, &error);
        QVERIFY2(firstBefore, qPrintable(error));

        Visit attempt = big;
        const SaveResult failed = VisitService(database).save(attempt);
        QVERIFY(!failed.ok);
        QVERIFY2(failed.error.contains(QStringLiteral("the disk is full")),
                 qPrintable(failed.error));
        QCOMPARE(repository.count(), 2);
        QCOMPARE(*repository.load(1, &error), *firstBefore);
        QCOMPARE(checkDatabase(database), QStringList());

        {
            QSqlQuery query(database.connection());
            QVERIFY(query.exec(QStringLiteral("PRAGMA max_page_count = 1073741823")));
        }
        attempt = big;
        const SaveResult saved = VisitService(database).save(attempt);
        QVERIFY2(saved.ok, qPrintable(saved.error));
        QCOMPARE(repository.count(), 3);
    }
};

QTEST_GUILESS_MAIN(RobustnessTest)
#include "test_robustness.moc"
