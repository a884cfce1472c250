// The command line of INTERFACES.md, driven through the real binary.

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "support/ProgramRun.h"

using vt::test::Run;
using vt::test::runProgram;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    Run run(const QStringList &arguments)
    {
        return runProgram(QStringLiteral(VT_BINARY), m_dir.filePath(QStringLiteral("xdg")),
                          arguments);
    }

    Run runOn(const QString &database, QStringList arguments)
    {
        return run(QStringList{QStringLiteral("--database"), database} + arguments);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void helpAndVersion()
    {
        const Run help = run({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("import FILE.json"));
        const Run version = run({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("visit-tracker "));
    }

    void wrongUsageExitsWith2_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--colour")};
        QTest::newRow("import without file") << QStringList{QStringLiteral("import")};
        QTest::newRow("visits bad format") << QStringList{
            QStringLiteral("visits"), QStringLiteral("--format"), QStringLiteral("xml")};
        QTest::newRow("visits unknown option")
            << QStringList{QStringLiteral("visits"), QStringLiteral("--host"), QStringLiteral("x")};
        QTest::newRow("bad language") << QStringList{QStringLiteral("--lang"), QStringLiteral("fr"),
                                                     QStringLiteral("visits")};
        QTest::newRow("database without value") << QStringList{QStringLiteral("--database")};
    }

    void wrongUsageExitsWith2()
    {
        QFETCH(QStringList, arguments);
        const Run result = runOn(path(QStringLiteral("usage.sqlite")), arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY(!result.err.isEmpty());
    }

    void demoIsIdempotentAndListed()
    {
        const QString db = path(QStringLiteral("demo.sqlite"));
        QCOMPARE(runOn(db, {QStringLiteral("demo")}).exitCode, 0);
        const Run first = runOn(db, {QStringLiteral("visits")});
        QCOMPARE(first.exitCode, 0);
        QCOMPARE(runOn(db, {QStringLiteral("demo")}).exitCode, 0);
        const Run second = runOn(db, {QStringLiteral("visits")});
        QCOMPARE(second.out, first.out);

        const QList<QByteArray> lines = first.out.trimmed().split('\n');
        QCOMPARE(lines.first(), QByteArray("id,date,host,delegation,title,status"));
        QVERIFY(lines.size() >= 5);
        QVERIFY(first.out.contains(",2023-06-07,Tỉnh ủy Long An,Ban Tuyên giáo Trung ương,"));
    }

    void visitsSearchIgnoresDiacritics()
    {
        const QString db = path(QStringLiteral("demo.sqlite"));
        const Run result = runOn(db, {QStringLiteral("visits"), QStringLiteral("--search"),
                                      QStringLiteral("dong thap"), QStringLiteral("--format"),
                                      QStringLiteral("json")});
        QCOMPARE(result.exitCode, 0);
        const QJsonArray visits = QJsonDocument::fromJson(result.out).array();
        QVERIFY(!visits.isEmpty());
        for (const auto &visit : visits)
            QCOMPARE(visit.toObject().value(QStringLiteral("host")).toString(),
                     QStringLiteral("Tỉnh ủy Đồng Tháp"));
        QVERIFY(visits.first().toObject().contains(QStringLiteral("status")));
    }

    void exportImportExportIsByteIdentical()
    {
        const QString source = path(QStringLiteral("demo.sqlite"));
        const QString copy = path(QStringLiteral("copy.sqlite"));
        const QString first = path(QStringLiteral("first.json"));
        const QString second = path(QStringLiteral("second.json"));
        QCOMPARE(runOn(source, {QStringLiteral("export"), first}).exitCode, 0);
        QCOMPARE(runOn(copy, {QStringLiteral("import"), first}).exitCode, 0);
        QCOMPARE(runOn(copy, {QStringLiteral("export"), second}).exitCode, 0);
        QVERIFY(!fileHash(first).isEmpty());
        QCOMPARE(fileHash(second), fileHash(first));

        const Run toStdout = runOn(copy, {QStringLiteral("export"), QStringLiteral("-")});
        QCOMPARE(toStdout.exitCode, 0);
        QFile file(first);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(toStdout.out, file.readAll());
    }

    void badImportChangesNothing()
    {
        const QString db = path(QStringLiteral("demo.sqlite"));
        const Run before = runOn(db, {QStringLiteral("export"), QStringLiteral("-")});
        const QString bad = path(QStringLiteral("bad.json"));
        writeFile(bad, R"({"format":"visit-tracker","version":1,"visits":[
            {"title":"Tốt","date":"2024-01-02","delegation":"A","host":"B"},
            {"title":"Xấu","date":"2024-01-02","delegation":"A","host":"B",
             "attendees":[{"name":"X","side":"host","role":"boss"}]}]})");
        const Run result = runOn(db, {QStringLiteral("import"), bad});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("visits[1].attendees[0].role: unknown value \"boss\""),
                 result.err.constData());
        const Run after = runOn(db, {QStringLiteral("export"), QStringLiteral("-")});
        QCOMPARE(after.out, before.out);
    }

    void missingFileAndNonDatabaseFail()
    {
        const Run missing = runOn(path(QStringLiteral("demo.sqlite")),
                                  {QStringLiteral("import"), path(QStringLiteral("nope.json"))});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains("nope.json"));

        const QString text = path(QStringLiteral("notes.txt"));
        writeFile(text, "These are my notes, not a database.\n");
        const QByteArray hash = fileHash(text);
        const Run result = runOn(text, {QStringLiteral("visits")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains("notes.txt"));
        QCOMPARE(fileHash(text), hash);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
