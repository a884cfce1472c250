// Table exports as users open them: CSV bytes (BOM, quoting), the XLSX read
// back as the zip of XML it is, and the PDF's pages and text via poppler.

#include "reports/TableExport.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace vt;

namespace {

ReportTable sampleTable(int rows)
{
    ReportTable table;
    table.title = QStringLiteral("Hạn chế: Tỉnh ủy Long An");
    table.subtitle = QStringLiteral("Tính đến ngày 10/01/2024");
    table.headers = {QStringLiteral("Ngày"), QStringLiteral("Đơn vị"), QStringLiteral("Nội dung")};
    table.columnWidths = {11, 22, 60};
    for (int i = 0; i < rows; ++i) {
        table.rows.append({QStringLiteral("07/06/2023"), QStringLiteral("Tỉnh ủy Long An"),
                           QStringLiteral("Hạn chế %1: chậm đổi mới, \"tuyên truyền\" còn yếu. ")
                               .arg(i + 1)
                               .repeated(i % 7 == 0 ? 12 : 1)});
    }
    return table;
}

QByteArray run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    return process.readAllStandardOutput();
}

// The text of every cell of the first sheet, row by row, resolving shared strings.
QList<QStringList> xlsxCells(const QString &path)
{
    const QString shared =
        QString::fromUtf8(run(QStringLiteral("unzip"), {QStringLiteral("-p"), path,
                                                        QStringLiteral("xl/sharedStrings.xml")}));
    QStringList strings;
    static const QRegularExpression si(QStringLiteral("<si><t[^>]*>(.*?)</t></si>"),
                                       QRegularExpression::DotMatchesEverythingOption);
    for (auto it = si.globalMatch(shared); it.hasNext();) {
        QString text = it.next().captured(1);
        text.replace(QStringLiteral("&quot;"), QStringLiteral("\""))
            .replace(QStringLiteral("&lt;"), QStringLiteral("<"))
            .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
            .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
        strings << text;
    }
    const QString sheet = QString::fromUtf8(
        run(QStringLiteral("unzip"),
            {QStringLiteral("-p"), path, QStringLiteral("xl/worksheets/sheet1.xml")}));
    QList<QStringList> rows;
    static const QRegularExpression row(QStringLiteral("<row [^>]*>(.*?)</row>"));
    // Shared strings (t="s") and numbers; dates are numbers (days since 30/12/1899).
    static const QRegularExpression cell(
        QStringLiteral("<c r=\"[A-Z]+\\d+\"[^>]*?( t=\"s\")?><v>([\\d.]+)</v></c>"));
    for (auto r = row.globalMatch(sheet); r.hasNext();) {
        QStringList cells;
        const QString content = r.next().captured(1);
        for (auto c = cell.globalMatch(content); c.hasNext();) {
            const auto match = c.next();
            cells << (match.captured(1).isEmpty() ? QDate(1899, 12, 30)
                                                        .addDays(match.captured(2).toLongLong())
                                                        .toString(QStringLiteral("dd/MM/yyyy"))
                                                  : strings.value(match.captured(2).toInt()));
        }
        rows << cells;
    }
    return rows;
}

} // namespace

class TestTableExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void formatByExtension()
    {
        QCOMPARE(tableFormatFor(QStringLiteral("a.csv")), TableFormat::Csv);
        QCOMPARE(tableFormatFor(QStringLiteral("a.XLSX")), TableFormat::Xlsx);
        QCOMPARE(tableFormatFor(QStringLiteral("/x/y.pdf")), TableFormat::Pdf);
        QVERIFY(!tableFormatFor(QStringLiteral("a.txt")));
        QVERIFY(!tableFormatFor(QStringLiteral("csv")));
    }

    void csvHasBomAndQuotes()
    {
        const QString path = m_dir.filePath(QStringLiteral("t.csv"));
        QString error;
        QVERIFY2(writeTable(sampleTable(2), path, TableFormat::Csv, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                                 "Ngày,Đơn vị,Nội dung\n"));
        QVERIFY(bytes.contains("07/06/2023,Tỉnh ủy Long An,\"Hạn chế 2: chậm đổi mới, \"\"tuyên "
                               "truyền\"\" còn yếu. \"\n"));
        QVERIFY(QFile::permissions(path) & QFileDevice::ReadOther);
    }

    void xlsxCellsReadBack()
    {
        const QString path = m_dir.filePath(QStringLiteral("t.xlsx"));
        QString error;
        const ReportTable table = sampleTable(3);
        QVERIFY2(writeTable(table, path, TableFormat::Xlsx, &error), qPrintable(error));
        const QList<QStringList> cells = xlsxCells(path);
        QCOMPARE(cells.size(), 4);
        QCOMPARE(cells.at(0), table.headers);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(cells.at(i + 1), table.rows.at(i));
        const QByteArray sheet =
            run(QStringLiteral("unzip"),
                {QStringLiteral("-p"), path, QStringLiteral("xl/worksheets/sheet1.xml")});
        QVERIFY(sheet.contains("state=\"frozen\""));
        // 07/06/2023 is a date cell (Excel sorts it as a date), shown dd/mm/yyyy.
        QVERIFY(sheet.contains("<v>45084</v>"));
        QVERIFY(sheet.contains("<col min=\"3\" max=\"3\" width=\"60."));
        const QByteArray styles = run(
            QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("xl/styles.xml")});
        QVERIFY(styles.contains("<b/>"));
        QVERIFY(styles.contains("formatCode=\"dd/mm/yyyy\""));
        QCOMPARE(
            QDir(m_dir.path())
                .entryList(QStringList{QStringLiteral(".t.xlsx*")}, QDir::Files | QDir::Hidden),
            QStringList());
    }

    void pdfPagesRepeatHeaderAndNumbers()
    {
        const QString path = m_dir.filePath(QStringLiteral("t.pdf"));
        QString error;
        QVERIFY2(writeTable(sampleTable(60), path, TableFormat::Pdf, &error), qPrintable(error));
        const QString info = QString::fromUtf8(run(QStringLiteral("pdfinfo"), {path}));
        QVERIFY2(info.contains(QStringLiteral("(A4)")), qPrintable(info));
        const int pages =
            QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info).captured(1).toInt();
        QVERIFY2(pages >= 2, qPrintable(info));
        const QString text = QString::fromUtf8(
            run(QStringLiteral("pdftotext"),
                {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")}));
        QVERIFY(text.contains(QStringLiteral("Hạn chế: Tỉnh ủy Long An")));
        QCOMPARE(text.count(QStringLiteral("Nội dung")), pages); // header on every page
        QVERIFY(text.contains(QStringLiteral("Page 1/%1").arg(pages)));
        QVERIFY(text.contains(QStringLiteral("Page %1/%1").arg(pages)));
        QVERIFY(text.contains(QStringLiteral("Hạn chế 60:")));
        QCOMPARE(text.count(QStringLiteral("Hạn chế 57:")), 12); // a long row, nothing clipped
    }

    void unwritableTargetFails()
    {
        QString error;
        QVERIFY(!writeTable(sampleTable(1), QStringLiteral("/nonexistent/dir/t.xlsx"),
                            TableFormat::Xlsx, &error));
        QVERIFY(error.contains(QStringLiteral("/nonexistent/dir/t.xlsx")));
    }
};

QTEST_MAIN(TestTableExport)
#include "test_table_export.moc"
