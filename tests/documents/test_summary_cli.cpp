// The summary command of INTERFACES.md, driven through the real binary:
// every document and style to PDF, ODT and HTML, the remembered fields, and
// the failures (unknown visit: exit 1 and no file; wrong usage: exit 2).

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "support/ProgramRun.h"

using vt::test::Run;
using vt::test::runProgram;

namespace {

QString tool(const QString &name, const QStringList &arguments)
{
    QProcess process;
    process.start(name, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return QString();
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class TestSummaryCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_database;
    QString m_longAn; // id of the sample visit of 7 June 2023

    QString path(const QString &name) const { return m_dir.filePath(name); }

    Run run(const QStringList &arguments)
    {
        return runProgram(QStringLiteral(VT_BINARY), m_dir.filePath(QStringLiteral("xdg")),
                          QStringList{QStringLiteral("--database"), m_database} + arguments);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_database = path(QStringLiteral("summary.sqlite"));
        QCOMPARE(run({QStringLiteral("demo")}).exitCode, 0);
        const Run visits =
            run({QStringLiteral("visits"), QStringLiteral("--search"), QStringLiteral("Long An"),
                 QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(visits.exitCode, 0);
        for (const QByteArray &line : visits.out.split('\n')) {
            if (line.contains("2023-06-07"))
                m_longAn = QString::fromUtf8(line.left(line.indexOf(',')));
        }
        QVERIFY(!m_longAn.isEmpty());
    }

    void everyDocumentStyleAndFormat_data()
    {
        QTest::addColumn<QString>("document");
        QTest::addColumn<QString>("style");
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QString>("expected");
        for (const char *document : {"minutes", "conclusion"})
            for (const char *style : {"party", "state", "plain"})
                for (const char *suffix : {"pdf", "odt", "html"}) {
                    const QString expected =
                        QLatin1String(style) == QLatin1String("plain")
                            ? (QLatin1String(document) == QLatin1String("minutes")
                                   ? QStringLiteral("MINUTES")
                                   : QStringLiteral("CONCLUSION NOTICE"))
                            : (QLatin1String(document) == QLatin1String("minutes")
                                   ? QStringLiteral("BIÊN BẢN")
                                   : QStringLiteral("THÔNG BÁO"));
                    QTest::newRow(qPrintable(QStringLiteral("%1-%2-%3")
                                                 .arg(QLatin1String(document), QLatin1String(style),
                                                      QLatin1String(suffix))))
                        << QString::fromLatin1(document) << QString::fromLatin1(style)
                        << QString::fromLatin1(suffix) << expected;
                }
    }
    void everyDocumentStyleAndFormat()
    {
        QFETCH(QString, document);
        QFETCH(QString, style);
        QFETCH(QString, suffix);
        QFETCH(QString, expected);
        const QString file = path(QStringLiteral("%1-%2.%3").arg(document, style, suffix));
        const Run result =
            run({QStringLiteral("summary"), m_longAn, QStringLiteral("--document"), document,
                 QStringLiteral("--style"), style, QStringLiteral("--as-of"),
                 QStringLiteral("2023-07-01"), QStringLiteral("-o"), file});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QVERIFY(QFile::exists(file));
        QString text;
        if (suffix == QLatin1String("pdf")) {
            if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
                QSKIP("poppler-utils is not installed");
            text = tool(QStringLiteral("pdftotext"), {file, QStringLiteral("-")});
        } else if (suffix == QLatin1String("odt")) {
            if (QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty())
                QSKIP("unzip is not installed");
            text = tool(QStringLiteral("unzip"),
                        {QStringLiteral("-p"), file, QStringLiteral("content.xml")});
        } else {
            QFile html(file);
            QVERIFY(html.open(QIODevice::ReadOnly));
            text = QString::fromUtf8(html.readAll());
            QVERIFY(text.startsWith(QStringLiteral("<!DOCTYPE HTML")));
        }
        QVERIFY2(text.contains(expected), qPrintable(text.left(2000)));
        QVERIFY(text.contains(QStringLiteral("Phan Xuân Thủy")));
        QVERIFY(text.contains(QStringLiteral("Tỉnh ủy Long An")));
    }

    void rememberedFieldsAreUsedNextTime()
    {
        const QString first = path(QStringLiteral("first.html"));
        const Run remembered = run(
            {QStringLiteral("summary"), m_longAn, QStringLiteral("--number"),
             QStringLiteral("45-TB/BTGTW"), QStringLiteral("--superior-body"),
             QStringLiteral("BAN CHẤP HÀNH TRUNG ƯƠNG"), QStringLiteral("--capacity"),
             QStringLiteral("K/T"), QStringLiteral("--on-behalf-of"), QStringLiteral("TRƯỞNG BAN"),
             QStringLiteral("--signer-position"), QStringLiteral("PHÓ TRƯỞNG BAN"),
             QStringLiteral("--recipient"), QStringLiteral("Tỉnh ủy Long An"),
             QStringLiteral("--recipient"), QStringLiteral("Lưu: Vụ Lý luận chính trị"),
             QStringLiteral("--remember"), QStringLiteral("-o"), first});
        QVERIFY2(remembered.exitCode == 0, remembered.err.constData());
        const QString second = path(QStringLiteral("second.html"));
        QCOMPARE(run({QStringLiteral("summary"), m_longAn, QStringLiteral("-o"), second}).exitCode,
                 0);
        QFile file(second);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(file.readAll());
        for (const char *piece : {"Số 45-TB/BTGTW", "BAN CHẤP HÀNH TRUNG ƯƠNG", "K/T TRƯỞNG BAN",
                                  "PHÓ TRƯỞNG BAN", "Lưu: Vụ Lý luận chính trị"})
            QVERIFY2(html.contains(QString::fromUtf8(piece)), piece);
    }

    void unknownVisitFailsWithoutFile()
    {
        const QString file = path(QStringLiteral("none.pdf"));
        const Run result =
            run({QStringLiteral("summary"), QStringLiteral("99999"), QStringLiteral("-o"), file});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains("99999"));
        QVERIFY(!QFile::exists(file));
    }

    void wrongUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        const QString out = QStringLiteral("x.pdf");
        QTest::newRow("no visit") << QStringList{QStringLiteral("-o"), out};
        QTest::newRow("no output") << QStringList{QStringLiteral("1")};
        QTest::newRow("not a number")
            << QStringList{QStringLiteral("abc"), QStringLiteral("-o"), out};
        QTest::newRow("two visits")
            << QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("-o"), out};
        QTest::newRow("bad document")
            << QStringList{QStringLiteral("1"), QStringLiteral("--document"),
                           QStringLiteral("letter"), QStringLiteral("-o"), out};
        QTest::newRow("bad style")
            << QStringList{QStringLiteral("1"), QStringLiteral("--style"), QStringLiteral("fancy"),
                           QStringLiteral("-o"), out};
        QTest::newRow("bad date") << QStringList{QStringLiteral("1"), QStringLiteral("--as-of"),
                                                 QStringLiteral("7/6/2023"), QStringLiteral("-o"),
                                                 out};
        QTest::newRow("bad extension")
            << QStringList{QStringLiteral("1"), QStringLiteral("-o"), QStringLiteral("x.docx")};
        QTest::newRow("bad capacity")
            << QStringList{QStringLiteral("1"), QStringLiteral("--capacity"),
                           QStringLiteral("boss"), QStringLiteral("-o"), out};
        QTest::newRow("unknown option") << QStringList{
            QStringLiteral("1"), QStringLiteral("--colour"), QStringLiteral("-o"), out};
    }
    void wrongUsage()
    {
        QFETCH(QStringList, arguments);
        const Run result = run(QStringList{QStringLiteral("summary")} + arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY(!result.err.isEmpty());
        QVERIFY(!QFile::exists(QStringLiteral("x.pdf")));
    }
};

QTEST_MAIN(TestSummaryCli)
#include "test_summary_cli.moc"
