// Opening a database file: identity checks, refusals that leave the file untouched,
// migrations, pragmas and read-only access.

#include "DatabaseTestCase.h"
#include "StorageFixtures.h"

#include "domain/TextFolding.h"
#include "storage/NativeStatement.h"
#include "storage/VisitCatalogue.h"
#include "storage/VisitRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace vt;
using namespace vt::test;

class DatabaseOpeningTest : public DatabaseTestCase
{
    Q_OBJECT

private slots:
    void migratesNewFile_data();
    void migratesNewFile();
    void reopensWithoutMigrating();
    void connectionsAreIndependent();
    void refusesNonSqliteFile_data();
    void refusesNonSqliteFile();
    void refusesForeignSqliteFile_data();
    void refusesForeignSqliteFile();
    void refusesNewerSchema();
    void readOnlyOpenReadsAndRefusesWrites();
    void readOnlyOpenOfMissingFileFails();
    void failedFirstOpenLeavesNoFile();
    void defaultFilePathIsInAppData();
    void nativeRowsReadAsQtsDriver();
    void foldFunctionRemembersAndForgets();
};

void DatabaseOpeningTest::migratesNewFile_data()
{
    QTest::addColumn<bool>("createEmptyFile");
    QTest::newRow("absent file, in a folder still to create") << false;
    QTest::newRow("zero-byte file") << true;
}

void DatabaseOpeningTest::migratesNewFile()
{
    QFETCH(bool, createEmptyFile);
    const QString file = createEmptyFile ? path("empty.sqlite") : path("sub/dir/new.sqlite");
    if (createEmptyFile)
        writeFile(file, {});

    Database database;
    QString error;
    QVERIFY2(database.open(file, &error), qPrintable(error));
    QVERIFY(database.isOpen());
    QVERIFY(!database.isReadOnly());
    QCOMPARE(database.filePath(), QFileInfo(file).absoluteFilePath());
    QCOMPARE(database.schemaVersion(), Database::kSchemaVersion);
    QCOMPARE(scalar(database, QStringLiteral("PRAGMA user_version")).toInt(),
             Database::kSchemaVersion);
    QCOMPARE(scalar(database, QStringLiteral("PRAGMA application_id")).toInt(),
             Database::kApplicationId);
    QCOMPARE(scalar(database, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QCOMPARE(scalar(database, QStringLiteral("PRAGMA journal_mode")).toString(),
             QStringLiteral("wal"));
    QVERIFY(scalar(database, QStringLiteral("PRAGMA busy_timeout")).toInt() > 0);
    // A new file's pages are 16 KiB; the search index buffers 32 MiB of new entries.
    QCOMPARE(scalar(database, QStringLiteral("PRAGMA page_size")).toInt(), 16384);
    QCOMPARE(scalar(database, QStringLiteral("SELECT v FROM search_index_config"
                                             " WHERE k = 'hashsize'"))
                 .toInt(),
             32 * 1024 * 1024);
    for (const char *table : {"organisations", "people", "positions", "visits", "attendees",
                              "report_figures", "findings", "indicators", "recommendations",
                              "recommendation_findings", "follow_up_updates"}) {
        QVERIFY2(scalar(database, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = "
                                                 "'table' AND name = '%1'")
                                      .arg(QLatin1StringView(table)))
                         .toInt() == 1,
                 table);
    }
    // The indexes that national-scale reading relies on (docs/PERFORMANCE.md).
    for (const char *index :
         {"visits_location", "recommendations_status_due_visit", "visits_date_text",
          "visits_progress", "indicators_period", "indicators_scheduled",
          "recommendations_visit_status", "follow_up_updates_date", "recommendations_pending"}) {
        QVERIFY2(scalar(database, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = "
                                                 "'index' AND name = '%1'")
                                      .arg(QLatin1StringView(index)))
                         .toInt() == 1,
                 index);
    }
    QCOMPARE(scalar(database, QStringLiteral("PRAGMA integrity_check")).toString(),
             QStringLiteral("ok"));
}

void DatabaseOpeningTest::reopensWithoutMigrating()
{
    const QString file = path("visits.sqlite");
    QString error;
    QList<Visit> visits{longAnVisit()};
    {
        Database database;
        QVERIFY2(database.open(file, &error), qPrintable(error));
        QVERIFY(saveAll(database, visits));
    }
    Database database;
    QVERIFY2(database.open(file, &error), qPrintable(error));
    QCOMPARE(VisitRepository(database).count(), 1);
    QCOMPARE(database.schemaVersion(), Database::kSchemaVersion);
    database.close();
    QVERIFY(!database.isOpen());
    QCOMPARE(database.schemaVersion(), 0);
}

void DatabaseOpeningTest::connectionsAreIndependent()
{
    QString error;
    Database first;
    Database second;
    QVERIFY2(first.open(path("a.sqlite"), &error), qPrintable(error));
    QVERIFY2(second.open(path("a.sqlite"), &error), qPrintable(error));
    QVERIFY(first.connection().connectionName() != second.connection().connectionName());
    QList<Visit> visits{longAnVisit()};
    QVERIFY(saveAll(first, visits));
    second.close();
    QVERIFY(first.isOpen());
    QCOMPARE(VisitRepository(first).count(), 1);
}

void DatabaseOpeningTest::refusesNonSqliteFile_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("text") << QByteArray("Biên bản làm việc\nngày 07 tháng 6 năm 2023\n");
    QTest::newRow("shorter than a header") << QByteArray("SQLite");
    QTest::newRow("header without its zero byte")
        << QByteArray("SQLite format 3 and more text here");
    QTest::newRow("binary") << QByteArray(4096, '\xff');
}

void DatabaseOpeningTest::refusesNonSqliteFile()
{
    QFETCH(QByteArray, bytes);
    const QString file = path("notes.txt");
    writeFile(file, bytes);
    const QByteArray before = sha256Of(file);

    for (const auto access : {Database::Access::ReadWrite, Database::Access::ReadOnly}) {
        Database database;
        QString error;
        QVERIFY(!database.open(file, &error, access));
        QVERIFY(!database.isOpen());
        QVERIFY2(error.contains(QStringLiteral("notes.txt")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("not a Visit Tracker database")), qPrintable(error));
    }
    QCOMPARE(sha256Of(file), before);
    QCOMPARE(QDir(folder()).entryList(QDir::Files), QStringList{QStringLiteral("notes.txt")});
}

void DatabaseOpeningTest::refusesForeignSqliteFile_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::newRow("other application_id") << QStringList{
        QStringLiteral("CREATE TABLE t (x)"), QStringLiteral("PRAGMA application_id = 42")};
    QTest::newRow("no application_id, has tables")
        << QStringList{QStringLiteral("CREATE TABLE t (x)")};
    QTest::newRow("no application_id, user_version set")
        << QStringList{QStringLiteral("PRAGMA user_version = 1")};
    QTest::newRow("other application_id, no tables")
        << QStringList{QStringLiteral("PRAGMA application_id = 7")};
}

void DatabaseOpeningTest::refusesForeignSqliteFile()
{
    QFETCH(QStringList, statements);
    const QString file = path("other.db");
    runRaw(file, statements);
    const QByteArray before = sha256Of(file);

    Database database;
    QString error;
    QVERIFY(!database.open(file, &error));
    QVERIFY2(error.contains(QStringLiteral("other.db")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("not a Visit Tracker database")), qPrintable(error));
    QCOMPARE(sha256Of(file), before);
}

void DatabaseOpeningTest::refusesNewerSchema()
{
    const QString file = path("future.sqlite");
    {
        Database database;
        QString error;
        QVERIFY2(database.open(file, &error), qPrintable(error));
    }
    runRaw(file, {QStringLiteral("PRAGMA user_version = %1").arg(Database::kSchemaVersion + 1)});
    const QByteArray before = sha256Of(file);

    for (const auto access : {Database::Access::ReadWrite, Database::Access::ReadOnly}) {
        Database database;
        QString error;
        QVERIFY(!database.open(file, &error, access));
        QVERIFY2(error.contains(QStringLiteral("newer version of Visit Tracker (schema %1)")
                                    .arg(Database::kSchemaVersion + 1)),
                 qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("reads up to %1").arg(Database::kSchemaVersion)),
                 qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("future.sqlite")), qPrintable(error));
    }
    QCOMPARE(sha256Of(file), before);
}

void DatabaseOpeningTest::readOnlyOpenReadsAndRefusesWrites()
{
    const QString file = path("visits.sqlite");
    QString error;
    QList<Visit> visits{longAnVisit()};
    {
        Database database;
        QVERIFY2(database.open(file, &error), qPrintable(error));
        QVERIFY(saveAll(database, visits));
    }
    const QByteArray before = sha256Of(file);

    Database database;
    QVERIFY2(database.open(file, &error, Database::Access::ReadOnly), qPrintable(error));
    QVERIFY(database.isReadOnly());
    VisitRepository repository(database);
    const auto loaded = repository.load(visits.first().id, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(*loaded, visits.first());
    QCOMPARE(VisitCatalogue(database).count({}), 1);

    Visit another = longAnVisit();
    another.ref.clear();
    another.id = 0;
    {
        Transaction transaction(database);
        QVERIFY(!repository.save(another, &error));
        QVERIFY2(error.contains(QStringLiteral("read-only")), qPrintable(error));
    }
    QVERIFY(!repository.remove(visits.first().id, &error));
    QSqlQuery query(database.connection());
    QVERIFY(!query.exec(QStringLiteral("DELETE FROM visits")));
    QCOMPARE(repository.count(), 1);
    database.close();
    QCOMPARE(sha256Of(file), before);
    // The repository's prepared reads went with the connection (closed, not
    // leaked): reading through it now fails with a message.
    error.clear();
    QVERIFY(!repository.load(visits.first().id, &error));
    QVERIFY(!error.isEmpty());
}

void DatabaseOpeningTest::readOnlyOpenOfMissingFileFails()
{
    Database database;
    QString error;
    QVERIFY(!database.open(path("missing.sqlite"), &error, Database::Access::ReadOnly));
    QVERIFY2(error.contains(QStringLiteral("missing.sqlite")), qPrintable(error));
    QVERIFY(!QFile::exists(path("missing.sqlite")));
}

void DatabaseOpeningTest::failedFirstOpenLeavesNoFile()
{
    // A folder where the file should be: nothing may be created beside it.
    QVERIFY(QDir(folder()).mkdir(QStringLiteral("folder.sqlite")));
    Database database;
    QString error;
    QVERIFY(!database.open(path("folder.sqlite"), &error));
    QVERIFY2(error.contains(QStringLiteral("folder.sqlite")), qPrintable(error));
    QVERIFY(!database.open(QString(), &error));
    QVERIFY(!error.isEmpty());
}

void DatabaseOpeningTest::defaultFilePathIsInAppData()
{
    const QString file = Database::defaultFilePath();
    QVERIFY(file.endsWith(QStringLiteral("/visits.sqlite")));
    QVERIFY(file.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
}

// Rows read through SQLite's API (visits read back, the list's matching ids)
// give the values QSqlQuery gives, column by column.
void DatabaseOpeningTest::nativeRowsReadAsQtsDriver()
{
    Database database;
    QString error;
    QVERIFY2(database.open(path("native.sqlite"), &error), qPrintable(error));
    QSqlQuery query(database.connection());
    QVERIFY(query.exec(QStringLiteral("CREATE TEMP TABLE t (n, x)")));
    const QStringList values{QStringLiteral("NULL"),        QStringLiteral("42"),
                             QStringLiteral("-7.25"),       QStringLiteral("''"),
                             QStringLiteral("'Tỉnh ủy'"),   QStringLiteral("x'00ff'"),
                             QStringLiteral("'2023-06-07'")};
    for (const QString &value : values)
        QVERIFY(query.exec(QStringLiteral("INSERT INTO t VALUES (%1, %1)").arg(value)));
    QList<QVariant> expected;
    QVERIFY(query.exec(QStringLiteral("SELECT n FROM t WHERE x IS NULL OR x <> 0 ORDER BY rowid")));
    while (query.next())
        expected.append(query.value(0));
    QCOMPARE(expected.size(), values.size());

    sql::NativeStatement rows;
    QVERIFY2(
        rows.prepare(database.connection(),
                     QStringLiteral("SELECT n FROM t WHERE x IS NULL OR x <> ? ORDER BY rowid"),
                     QStringLiteral("reading"), &error),
        qPrintable(error));
    for (int round = 0; round < 2; ++round) { // the statement is reset and run again
        QVERIFY2(rows.startRows({0}, QStringLiteral("reading"), &error), qPrintable(error));
        QList<QVariant> read;
        QStringList texts;
        while (rows.nextRow()) {
            read.append(rows.valueAt(0));
            texts.append(rows.textAt(0));
            QCOMPARE(rows.isNullAt(0), read.last().isNull());
        }
        QVERIFY2(rows.endRows(QStringLiteral("reading"), &error), qPrintable(error));
        QCOMPARE(read.size(), expected.size());
        for (qsizetype i = 0; i < read.size(); ++i) {
            QCOMPARE(read.at(i).typeId(), expected.at(i).typeId());
            QCOMPARE(read.at(i), expected.at(i));
        }
        QVERIFY(texts.at(0).isNull());
        QCOMPARE(texts.at(4), QStringLiteral("Tỉnh ủy"));
    }
    // No rows: nextRow is false at once and the end is no failure.
    sql::NativeStatement none;
    QVERIFY(none.prepare(database.connection(), QStringLiteral("SELECT n FROM t WHERE rowid < ?"),
                         QString(), &error));
    QVERIFY(none.startRows({0}, QString(), &error));
    QVERIFY(!none.nextRow());
    QVERIFY(!none.nextRow());
    QVERIFY(none.endRows(QString(), &error));
    // A wrong number of values is a failure before anything runs.
    QVERIFY(!none.startRows({}, QStringLiteral("reading"), &error));
    // A statement that does not prepare says so, and so does every run after.
    sql::NativeStatement broken;
    QVERIFY(!broken.prepare(database.connection(), QStringLiteral("SELECT * FROM missing"),
                            QStringLiteral("reading"), &error));
    QVERIFY2(error.contains(QStringLiteral("missing")), qPrintable(error));
    error.clear();
    QVERIFY(!broken.startRows({}, QStringLiteral("reading"), &error));
    QVERIFY2(error.startsWith(QStringLiteral("reading")), qPrintable(error));
}

// vt_fold remembers short texts per connection (SqlFunctions.cpp): the same
// answers as foldForSearch whether a text is new, remembered, long, or met
// again after the memory was emptied (over 4,096 different names).
void DatabaseOpeningTest::foldFunctionRemembersAndForgets()
{
    Database database;
    QString error;
    QVERIFY2(database.open(path("fold.sqlite"), &error), qPrintable(error));
    QSqlQuery query(database.connection());
    QVERIFY(query.exec(QStringLiteral("CREATE TEMP TABLE t (n INTEGER PRIMARY KEY, text)")));
    QVERIFY(query.prepare(QStringLiteral("INSERT INTO t (text) VALUES (?)")));
    QStringList texts;
    for (int i = 0; i < 5000; ++i)
        texts << QStringLiteral("Ban Tổ chức Huyện ủy Đức Hòa số %1").arg(i % 4500);
    texts << QString(300, QChar(0x1EA0)) + QStringLiteral(" Đảng") // long: not remembered
          << QString(300, QChar(0x1EA0)) + QStringLiteral(" Đoàn") << QString()
          << QStringLiteral("Văn phòng Tỉnh ủy") << QStringLiteral("VĂN PHÒNG TỈNH ỦY");
    for (const QString &text : std::as_const(texts)) {
        query.bindValue(0, text.isNull() ? QVariant() : QVariant(text));
        QVERIFY(query.exec());
    }
    QVERIFY(query.exec(QStringLiteral("SELECT text, vt_fold(text) FROM t ORDER BY n")));
    int rows = 0;
    while (query.next()) {
        const QVariant text = query.value(0);
        if (text.isNull())
            QVERIFY(query.value(1).isNull());
        else
            QCOMPARE(query.value(1).toString(), foldForSearch(text.toString()));
        ++rows;
    }
    QCOMPARE(rows, texts.size());
    QCOMPARE(scalar(database, QStringLiteral("SELECT vt_fold('Văn phòng Tỉnh ủy') ="
                                             " vt_fold('VĂN PHÒNG TỈNH ỦY')"))
                 .toInt(),
             1);
}

QTEST_GUILESS_MAIN(DatabaseOpeningTest)
#include "test_storage.moc"
