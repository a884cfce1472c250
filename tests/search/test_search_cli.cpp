// The search and limitations commands of INTERFACES.md, through the real binary.

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

class TestSearchCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    Run run(const QStringList &arguments)
    {
        return runProgram(QStringLiteral(VT_BINARY), m_dir.filePath(QStringLiteral("xdg")),
                          QStringList{QStringLiteral("--database"), m_db} + arguments);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("demo.sqlite"));
        QCOMPARE(run({QStringLiteral("demo")}).exitCode, 0);
    }

    void searchCsvIgnoresDiacritics()
    {
        const Run result = run({QStringLiteral("search"), QStringLiteral("cham doi moi")});
        QCOMPARE(result.exitCode, 0);
        const QList<QByteArray> lines = result.out.trimmed().split('\n');
        QCOMPARE(lines.first(), QByteArray("type,visit_id,date,host,text"));
        QVERIFY(result.out.contains(
            "finding,1,2023-06-07,Tỉnh ủy Long An,\"Một số địa phương chậm đổi mới công tác"));
        QVERIFY(!result.out.startsWith("\xEF\xBB\xBF"));
        const Run dang = run({QStringLiteral("search"), QStringLiteral("dang bo")});
        QVERIFY(dang.out.contains("Đảng bộ") || dang.out.contains("đảng bộ"));
    }

    void searchJson()
    {
        const Run result = run({QStringLiteral("search"), QStringLiteral("HAN CHE"),
                                QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(result.exitCode, 0);
        const QJsonArray list = QJsonDocument::fromJson(result.out).array();
        QVERIFY(!list.isEmpty());
        for (const QString &key :
             {QStringLiteral("type"), QStringLiteral("visit_id"), QStringLiteral("date"),
              QStringLiteral("host"), QStringLiteral("text")})
            QVERIFY(list.first().toObject().contains(key));
    }

    void limitationsCsv()
    {
        const Run result =
            run({QStringLiteral("limitations"), QStringLiteral("--host"), QStringLiteral("long an"),
                 QStringLiteral("--to"), QStringLiteral("2023-12-31"), QStringLiteral("--as-of"),
                 QStringLiteral("2024-01-10")});
        QCOMPARE(result.exitCode, 0);
        const QList<QByteArray> lines = result.out.trimmed().split('\n');
        QCOMPARE(lines.first(),
                 QByteArray("visit_id,date,host,area,organisation,text,recommendations"));
        QVERIFY(lines.size() >= 3);
        for (qsizetype i = 1; i < lines.size(); ++i)
            QVERIFY(lines.at(i).startsWith("1,2023-06-07,Tỉnh ủy Long An,"));
        QVERIFY(result.out.contains("[overdue]") || result.out.contains("[done]"));
    }

    void limitationsOfSubordinateUnits()
    {
        // The sample places Huyện ủy Châu Thành and Thị ủy Kiến Tường under Long An.
        const QStringList args = {QStringLiteral("limitations"), QStringLiteral("--host"),
                                  QStringLiteral("tinh uy long an")};
        const Run alone = run(args);
        const Run withUnits = run(args + QStringList{QStringLiteral("--subordinates")});
        QCOMPARE(alone.exitCode, 0);
        QCOMPARE(withUnits.exitCode, 0);
        QCOMPARE(alone.out.count('\n'), 1 + 6);
        QCOMPARE(withUnits.out.count('\n'), 1 + 9);
        QVERIFY(!alone.out.contains("Huyện ủy Châu Thành"));
        QVERIFY(withUnits.out.contains("Huyện ủy Châu Thành"));
        QVERIFY(withUnits.out.contains("Thị ủy Kiến Tường"));
        const Run recommendations =
            run({QStringLiteral("recommendations"), QStringLiteral("--host"),
                 QStringLiteral("tinh uy long an"), QStringLiteral("--subordinates")});
        QCOMPARE(recommendations.exitCode, 0);
        QVERIFY(recommendations.out.contains("Huyện ủy Châu Thành"));
    }

    void limitationsFiles()
    {
        const QString csv = m_dir.filePath(QStringLiteral("l.csv"));
        QCOMPARE(run({QStringLiteral("limitations"), QStringLiteral("--search"),
                      QStringLiteral("tuyen truyen"), QStringLiteral("-o"), csv})
                     .exitCode,
                 0);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith(
            "\xEF\xBB\xBFvisit_id,date,host,area,organisation,text,recommendations\n"));
        const QString xlsx = m_dir.filePath(QStringLiteral("l.xlsx"));
        QCOMPARE(run({QStringLiteral("limitations"), QStringLiteral("-o"), xlsx}).exitCode, 0);
        QFile workbook(xlsx);
        QVERIFY(workbook.open(QIODevice::ReadOnly));
        QVERIFY(workbook.read(2) == "PK");
    }

    void wrongUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("search without text") << QStringList{QStringLiteral("search")};
        QTest::newRow("search bad format")
            << QStringList{QStringLiteral("search"), QStringLiteral("x"),
                           QStringLiteral("--format"), QStringLiteral("xml")};
        QTest::newRow("bad date") << QStringList{
            QStringLiteral("limitations"), QStringLiteral("--from"), QStringLiteral("7/6/2023")};
        QTest::newRow("impossible date") << QStringList{
            QStringLiteral("limitations"), QStringLiteral("--to"), QStringLiteral("2023-02-30")};
        QTest::newRow("unknown extension") << QStringList{
            QStringLiteral("limitations"), QStringLiteral("-o"), QStringLiteral("x.docx")};
    }

    void wrongUsage()
    {
        QFETCH(QStringList, arguments);
        const Run result = run(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY(!result.err.isEmpty());
        QVERIFY(!QFile::exists(QStringLiteral("x.docx")));
    }
};

QTEST_GUILESS_MAIN(TestSearchCli)
#include "test_search_cli.moc"
