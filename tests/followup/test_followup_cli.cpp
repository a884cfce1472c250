// `visit-tracker recommendations` through the real binary: the csv header and
// rows of INTERFACES.md, the filters, --as-of, -o by extension and exit codes.

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "support/ProgramRun.h"

using vt::test::Run;
using vt::test::runProgram;

namespace {

const QByteArray kHeader = "id,visit_id,host,text,responsible,due,status,days_overdue";

} // namespace

class TestFollowUpCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_database;

    Run run(const QStringList &arguments)
    {
        return runProgram(QStringLiteral(VT_BINARY), m_dir.filePath(QStringLiteral("xdg")),
                          QStringList{QStringLiteral("--database"), m_database} + arguments);
    }

    QList<QByteArray> lines(const Run &result) { return result.out.trimmed().split('\n'); }

    // The csv field at a column of a line without quoted commas before it.
    static QByteArray field(const QByteArray &line, int column)
    {
        return line.split(',').value(column);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_database = m_dir.filePath(QStringLiteral("cli.sqlite"));
        QCOMPARE(run({QStringLiteral("demo")}).exitCode, 0);
    }

    void listsAllWithHeader()
    {
        const Run result = run({QStringLiteral("recommendations"), QStringLiteral("--as-of"),
                                QStringLiteral("2024-01-01")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.err.isEmpty(), result.err.constData());
        const QList<QByteArray> rows = lines(result);
        QCOMPARE(rows.first(), kHeader);
        QVERIFY(rows.size() > 10);
        QVERIFY(result.out.contains("Tỉnh ủy Long An"));
        // Stored keys only in the status column.
        for (qsizetype i = 1; i < rows.size(); ++i)
            QVERIFY(!rows.at(i).contains("overdue"));
    }

    void overdueAsOfDate()
    {
        // 2024-01-01: anything open or in progress due before that is overdue.
        const Run result = run({QStringLiteral("recommendations"), QStringLiteral("--status"),
                                QStringLiteral("overdue"), QStringLiteral("--as-of"),
                                QStringLiteral("2024-01-01")});
        QCOMPARE(result.exitCode, 0);
        const QList<QByteArray> rows = lines(result);
        QVERIFY(rows.size() >= 2);
        for (qsizetype i = 1; i < rows.size(); ++i) {
            const QByteArray line = rows.at(i);
            const QByteArray days = line.mid(line.lastIndexOf(',') + 1);
            QVERIFY2(days.toInt() > 0, line.constData());
            QVERIFY(line.contains(",open,") || line.contains(",in-progress,"));
        }
        // The 2023-12-31 deadline is one day overdue on 2024-01-01, none on the day itself.
        QVERIFY(result.out.contains(",2023-12-31,in-progress,1\n"));
        const Run onTheDay = run({QStringLiteral("recommendations"), QStringLiteral("--status"),
                                  QStringLiteral("overdue"), QStringLiteral("--as-of"),
                                  QStringLiteral("2023-12-31")});
        QVERIFY(!onTheDay.out.contains(",2023-12-31,"));
        // Days grow with the as-of date; empty when not overdue.
        const Run later = run({QStringLiteral("recommendations"), QStringLiteral("--as-of"),
                               QStringLiteral("2024-03-01")});
        QVERIFY(later.out.contains(",2023-12-31,in-progress,61\n"));
        QVERIFY(later.out.contains(",done,\n"));
    }

    void filtersByOverdueAge()
    {
        // As of 2024-03-01 the 2023-12-31 deadline is 61 days overdue: bucket 61-90 only.
        const auto daysOf = [this](const Run &result) {
            QList<int> days;
            const QList<QByteArray> rows = lines(result);
            for (qsizetype i = 1; i < rows.size(); ++i)
                days << rows.at(i).mid(rows.at(i).lastIndexOf(',') + 1).toInt();
            return days;
        };
        const Run bucket =
            run({QStringLiteral("recommendations"), QStringLiteral("--age"),
                 QStringLiteral("61-90"), QStringLiteral("--as-of"), QStringLiteral("2024-03-01")});
        QCOMPARE(bucket.exitCode, 0);
        QVERIFY(bucket.out.contains(",2023-12-31,in-progress,61\n"));
        const QList<int> days = daysOf(bucket);
        QVERIFY(!days.isEmpty());
        for (const int d : days)
            QVERIFY2(d >= 61 && d <= 90, QByteArray::number(d).constData());
        const Run younger =
            run({QStringLiteral("recommendations"), QStringLiteral("--age"), QStringLiteral("1-30"),
                 QStringLiteral("--as-of"), QStringLiteral("2024-03-01")});
        QCOMPARE(younger.exitCode, 0);
        QVERIFY(!younger.out.contains(",2023-12-31,"));
        for (const int d : daysOf(younger))
            QVERIFY(d >= 1 && d <= 30);
        const Run wrong = run(
            {QStringLiteral("recommendations"), QStringLiteral("--age"), QStringLiteral("90+")});
        QCOMPARE(wrong.exitCode, 2);
        QVERIFY(wrong.err.contains("--age"));
    }

    void filtersByHostAndStatus()
    {
        const Run result =
            run({QStringLiteral("recommendations"), QStringLiteral("--host"),
                 QStringLiteral("dong thap"), QStringLiteral("--status"), QStringLiteral("open")});
        QCOMPARE(result.exitCode, 0);
        const QList<QByteArray> rows = lines(result);
        QVERIFY(rows.size() >= 2);
        for (qsizetype i = 1; i < rows.size(); ++i) {
            QVERIFY(rows.at(i).contains("Đồng Tháp"));
            QVERIFY(rows.at(i).contains(",open,"));
        }
    }

    void writesCsvFileByExtension()
    {
        const QString file = m_dir.filePath(QStringLiteral("rec.csv"));
        const Run result = run({QStringLiteral("recommendations"), QStringLiteral("--as-of"),
                                QStringLiteral("2024-01-01"), QStringLiteral("-o"), file});
        QCOMPARE(result.exitCode, 0);
        QFile csv(file);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray content = csv.readAll();
        QVERIFY(content.contains(kHeader));
        const Run stdoutRun = run({QStringLiteral("recommendations"), QStringLiteral("--as-of"),
                                   QStringLiteral("2024-01-01")});
        // The same rows as on standard output (the file may carry a BOM and CRLF).
        QByteArray normalised = content;
        normalised.replace("\r\n", "\n");
        if (normalised.startsWith("\xEF\xBB\xBF"))
            normalised.remove(0, 3);
        QCOMPARE(normalised, stdoutRun.out);
    }

    void wrongUsageExitsWith2_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("bad status")
            << QStringList{QStringLiteral("--status"), QStringLiteral("late")};
        QTest::newRow("bad date") << QStringList{QStringLiteral("--as-of"),
                                                 QStringLiteral("2024-13-01")};
        QTest::newRow("not iso") << QStringList{QStringLiteral("--as-of"),
                                                QStringLiteral("1/6/2024")};
        QTest::newRow("bad extension")
            << QStringList{QStringLiteral("-o"), QStringLiteral("x.doc")};
        QTest::newRow("positional") << QStringList{QStringLiteral("extra")};
    }

    void wrongUsageExitsWith2()
    {
        QFETCH(QStringList, arguments);
        const Run result = run(QStringList{QStringLiteral("recommendations")} + arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY(!result.err.isEmpty());
        QVERIFY(result.out.isEmpty());
    }

    void unwritableOutputFails()
    {
        const Run result = run({QStringLiteral("recommendations"), QStringLiteral("-o"),
                                m_dir.filePath(QStringLiteral("missing/dir/x.csv"))});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(!result.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFollowUpCli)
#include "test_followup_cli.moc"
