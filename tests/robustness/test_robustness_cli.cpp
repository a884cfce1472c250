// `check` and `backup` through the real binary: output, exit codes, files.

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
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

} // namespace

class RobustnessCliTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const char *name) const { return m_dir.filePath(QLatin1StringView(name)); }

    Run runOn(const QString &database, const QStringList &arguments)
    {
        return runProgram(QStringLiteral(VT_BINARY), m_dir.filePath(QStringLiteral("xdg")),
                          QStringList{QStringLiteral("--database"), database} + arguments);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void checkSaysOk()
    {
        const QString db = path("demo.sqlite");
        QCOMPARE(runOn(db, {QStringLiteral("demo")}).exitCode, 0);
        const Run result = runOn(db, {QStringLiteral("check")});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out, QByteArray("ok\n"));
        QCOMPARE(runOn(db, {QStringLiteral("check"), QStringLiteral("extra")}).exitCode, 2);
    }

    void checkListsProblems()
    {
        const QString db = path("damaged.sqlite");
        QCOMPARE(runOn(db, {QStringLiteral("generate"), QStringLiteral("--visits"),
                            QStringLiteral("300")})
                     .exitCode,
                 0);
        QFile raw(db);
        QVERIFY(raw.open(QIODevice::ReadWrite));
        QVERIFY(raw.seek(raw.size() / 2 - (raw.size() / 2) % 4096));
        raw.write(QByteArray(8192, '\x33'));
        raw.close();
        const QByteArray before = fileHash(db);
        const Run result = runOn(db, {QStringLiteral("check")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(!result.out.isEmpty());
        QVERIFY2(result.err.contains("damaged.sqlite"), result.err.constData());
        // Opening refuses it, untouched.
        const Run visits = runOn(db, {QStringLiteral("visits")});
        QCOMPARE(visits.exitCode, 1);
        QVERIFY2(visits.err.contains("damaged"), visits.err.constData());
        QCOMPARE(fileHash(db), before);
        QCOMPARE(runOn(path("missing.sqlite"), {QStringLiteral("check")}).exitCode, 1);
    }

    void backupWritesACopyThatChecksOk()
    {
        const QString db = path("source.sqlite");
        QCOMPARE(runOn(db, {QStringLiteral("demo")}).exitCode, 0);
        const Run listed = runOn(
            db, {QStringLiteral("visits"), QStringLiteral("--format"), QStringLiteral("csv")});
        const QString copy = path("copy.sqlite");
        const Run result = runOn(db, {QStringLiteral("backup"), copy});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains("backed up"), result.out.constData());
        QCOMPARE(runOn(copy, {QStringLiteral("check")}).out, QByteArray("ok\n"));
        QCOMPARE(runOn(copy, {QStringLiteral("visits"), QStringLiteral("--format"),
                              QStringLiteral("csv")})
                     .out,
                 listed.out);

        const QByteArray before = fileHash(db);
        const Run self = runOn(db, {QStringLiteral("backup"), db});
        QCOMPARE(self.exitCode, 1);
        QVERIFY2(self.err.contains("onto itself"), self.err.constData());
        QCOMPARE(fileHash(db), before);
        QCOMPARE(runOn(db, {QStringLiteral("backup")}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(RobustnessCliTest)
#include "test_robustness_cli.moc"
