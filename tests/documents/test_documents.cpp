// The meeting documents (issue 5): Vietnamese figures, the composed text of
// the sample visit in every document and style against golden files, and the
// files users get: PDF (poppler-utils), ODT (unzip) and HTML.

#include "DocumentFixtures.h"

#include "documents/DocumentRender.h"
#include "documents/MeetingDocuments.h"
#include "documents/VietnameseText.h"
#include "services/VisitService.h"
#include "storage/DocumentProfiles.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace vt;
using namespace vt::documents;
using namespace vt::test;

namespace {

QString goldenPath(const QString &name)
{
    return QStringLiteral(VT_TEST_DATA_DIR "/documents/") + name;
}

// The record of a stored visit as the command line and the print dialog load it.
MeetingRecord recordOf(Database &database, qint64 id, DocumentKind kind, DocumentStyle style)
{
    QString error;
    const auto record = loadMeetingRecord(database, id, kind, style, &error);
    if (!record)
        qFatal("cannot load visit %lld: %s", id, qPrintable(error));
    return *record;
}

MeetingRecord recordOf(const Visit &visit, DocumentKind kind, DocumentStyle style)
{
    MeetingRecord record;
    record.visit = visit;
    record.documentDate = visit.date;
    record.profile = defaultProfile(visit, kind, style);
    return record;
}

QString writeAndRead(QTextDocument &document, DocumentStyle style, const QString &file,
                     FileFormat format)
{
    QString error;
    if (!writeDocument(document, style, file, format, &error))
        qFatal("cannot write %s: %s", qPrintable(file), qPrintable(error));
    return file;
}

// Positions of each line in the text, -1 when missing; checks they increase.
bool inOrder(const QString &text, const QStringList &lines, QString *why)
{
    qsizetype at = -1;
    for (const QString &line : lines) {
        const qsizetype found = text.indexOf(line, at + 1);
        if (found < 0) {
            *why = QStringLiteral("missing or out of order: %1").arg(line);
            return false;
        }
        at = found;
    }
    return true;
}

// Every word of the PDF inside the text area between the side margins of
// the official styles (left 30 mm, right 15 mm), with 1 pt of tolerance;
// returns the words that are not.
QStringList wordsOutsideMargins(const QString &pdf)
{
    const qreal mm = 72.0 / 25.4;
    const qreal left = 30 * mm - 1;
    const qreal right = 595.28 - 15 * mm + 1;
    QStringList outside;
    const QString boxes =
        runTool(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdf, QStringLiteral("-")});
    static const QRegularExpression word(QStringLiteral(
        "<word xMin=\"([\\d.]+)\" yMin=\"[\\d.]+\" xMax=\"([\\d.]+)\"[^>]*>([^<]*)<"));
    for (auto it = word.globalMatch(boxes); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        if (match.captured(1).toDouble() < left || match.captured(2).toDouble() > right)
            outside << match.captured(3);
    }
    if (boxes.isEmpty())
        outside << QStringLiteral("(no text)");
    return outside;
}

int pageCountOf(const QString &pdf)
{
    const QString info = runTool(QStringLiteral("pdfinfo"), {pdf});
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

} // namespace

class TestDocuments : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    qint64 m_longAn = 0;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    void requirePoppler()
    {
        if (!hasTool(QStringLiteral("pdftotext")) || !hasTool(QStringLiteral("pdfinfo")) ||
            !hasTool(QStringLiteral("pdffonts")))
            QSKIP("poppler-utils is not installed (scripts/deps.sh test installs it)");
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_database = demoDatabase(m_dir.path());
        m_longAn = visitIdOf(*m_database, longAnRef());
        QVERIFY(m_longAn > 0);
    }

    void vietnameseNumbers_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("thousands") << 51349.0 << QStringLiteral("51.349");
        QTest::newRow("millions") << 1234567.5 << QStringLiteral("1.234.567,5");
        QTest::newRow("percent") << 99.2 << QStringLiteral("99,2");
        QTest::newRow("small") << 19.0 << QStringLiteral("19");
        QTest::newRow("two decimals") << 0.25 << QStringLiteral("0,25");
        QTest::newRow("negative") << -3085.0 << QStringLiteral("-3.085");
        QTest::newRow("zero") << 0.0 << QStringLiteral("0");
    }
    void vietnameseNumbers()
    {
        QFETCH(double, value);
        QFETCH(QString, expected);
        QCOMPARE(vietnameseNumber(value), expected);
    }

    void vietnameseDates()
    {
        QCOMPARE(vietnameseDateWords(QDate(2023, 6, 7)),
                 QStringLiteral("ngày 07 tháng 6 năm 2023"));
        QCOMPARE(vietnameseDateWords(QDate(2024, 1, 7)),
                 QStringLiteral("ngày 07 tháng 01 năm 2024"));
        QCOMPARE(vietnameseDateWords(QDate(2024, 2, 29)),
                 QStringLiteral("ngày 29 tháng 02 năm 2024"));
        QCOMPARE(vietnameseDateWords(QDate(2024, 12, 25)),
                 QStringLiteral("ngày 25 tháng 12 năm 2024"));
        QCOMPARE(vietnameseShortDate(QDate(2023, 6, 7)), QStringLiteral("7/6/2023"));
        QCOMPARE(Figures(true).placeAndDate(QStringLiteral("Long An"), QDate(2023, 6, 7)),
                 QStringLiteral("Long An, ngày 07 tháng 6 năm 2023"));
        QCOMPARE(Figures(true).percent(99.2), QStringLiteral("99,2%"));
    }

    // The composed text of the sample visit, compared with the committed
    // files; VT_UPDATE_GOLDEN=1 rewrites them (review the diff before committing).
    void goldenOutlines_data()
    {
        QTest::addColumn<DocumentKind>("kind");
        QTest::addColumn<DocumentStyle>("style");
        for (DocumentKind kind : {DocumentKind::Minutes, DocumentKind::Conclusion})
            for (DocumentStyle style :
                 {DocumentStyle::Party, DocumentStyle::State, DocumentStyle::Plain})
                QTest::newRow(qPrintable(toKey(kind) + QLatin1Char('-') + toKey(style)))
                    << kind << style;
    }
    void goldenOutlines()
    {
        QFETCH(DocumentKind, kind);
        QFETCH(DocumentStyle, style);
        const auto document =
            composeMeetingDocument(recordOf(*m_database, m_longAn, kind, style), kind, style);
        const QString actual = outlineText(*document);
        const QString file = goldenPath(QStringLiteral("%1-%2.txt").arg(toKey(kind), toKey(style)));
        if (qEnvironmentVariableIsSet("VT_UPDATE_GOLDEN")) {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(actual.toUtf8());
        }
        QFile golden(file);
        QVERIFY2(golden.open(QIODevice::ReadOnly), qPrintable(file));
        const QString expected = QString::fromUtf8(golden.readAll());
        if (actual != expected) {
            const QStringList a = actual.split(QLatin1Char('\n'));
            const QStringList e = expected.split(QLatin1Char('\n'));
            for (qsizetype i = 0; i < qMax(a.size(), e.size()); ++i) {
                if (a.value(i) != e.value(i))
                    QFAIL(qPrintable(QStringLiteral("%1 line %2:\n  got      %3\n  expected %4")
                                         .arg(file)
                                         .arg(i + 1)
                                         .arg(a.value(i), e.value(i))));
            }
        }
    }

    void pdfOfficialLayouts_data()
    {
        QTest::addColumn<DocumentKind>("kind");
        QTest::addColumn<DocumentStyle>("style");
        QTest::addColumn<QStringList>("lines");
        QTest::newRow("conclusion-party")
            << DocumentKind::Conclusion << DocumentStyle::Party
            << QStringList{QStringLiteral("BAN TUYÊN GIÁO TRUNG"),
                           QStringLiteral("ĐẢNG CỘNG SẢN VIỆT NAM"),
                           QStringLiteral("Long An, ngày 07 tháng 6 năm 2023"),
                           QStringLiteral("THÔNG BÁO"),
                           QStringLiteral("Kết quả đạt được"),
                           QStringLiteral("Hạn chế"),
                           QStringLiteral("Nơi nhận:"),
                           QStringLiteral("Phan Xuân Thủy")};
        QTest::newRow("conclusion-state")
            << DocumentKind::Conclusion << DocumentStyle::State
            << QStringList{QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                           QStringLiteral("Độc lập - Tự do - Hạnh phúc"), QStringLiteral("Số:"),
                           QStringLiteral("THÔNG BÁO"), QStringLiteral("Nơi nhận:")};
        QTest::newRow("minutes-party") << DocumentKind::Minutes << DocumentStyle::Party
                                       << QStringList{QStringLiteral("ĐẢNG CỘNG SẢN VIỆT NAM"),
                                                      QStringLiteral("BIÊN BẢN"),
                                                      QStringLiteral("THÀNH PHẦN THAM DỰ"),
                                                      QStringLiteral("51.349"),
                                                      QStringLiteral("99,2%"),
                                                      QStringLiteral("KẾT LUẬN"),
                                                      QStringLiteral("NGƯỜI GHI BIÊN BẢN"),
                                                      QStringLiteral("Nguyễn Thị Ngọc Anh")};
    }
    void pdfOfficialLayouts()
    {
        requirePoppler();
        QFETCH(DocumentKind, kind);
        QFETCH(DocumentStyle, style);
        QFETCH(QStringList, lines);
        const auto document =
            composeMeetingDocument(recordOf(*m_database, m_longAn, kind, style), kind, style);
        const QString pdf = writeAndRead(
            *document, style, path(QStringLiteral("%1-%2.pdf").arg(toKey(kind), toKey(style))),
            FileFormat::Pdf);
        const QString info = runTool(QStringLiteral("pdfinfo"), {pdf});
        // A4. Qt 6.4 writes the MediaBox in whole points (595 x 842); newer
        // versions write 595.28 x 841.89: both are A4 to pdfinfo.
        QVERIFY2(QRegularExpression(
                     QStringLiteral("Page size:\\s+595(\\.28)? x 84(2|1\\.89) pts \\(A4\\)"))
                     .match(info)
                     .hasMatch(),
                 qPrintable(info));
        // Every font embedded: the "emb" column says yes on every font row.
        const QStringList fonts =
            runTool(QStringLiteral("pdffonts"), {pdf}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(fonts.size() > 2);
        for (const QString &row : fonts.mid(2)) {
            const QStringList cells = row.simplified().split(QLatin1Char(' '));
            QVERIFY2(cells.size() > 4 && cells.at(cells.size() - 5) == QLatin1String("yes"),
                     qPrintable(row));
            QVERIFY2(row.contains(QStringLiteral("LiberationSerif")), qPrintable(row));
        }
        const QString text = runTool(QStringLiteral("pdftotext"),
                                     {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QString why;
        QVERIFY2(inOrder(text, lines, &why), qPrintable(why + QLatin1Char('\n') + text));
        // Nothing cut or overflowing at the side margins.
        const QStringList outside = wordsOutsideMargins(pdf);
        QVERIFY2(outside.isEmpty(), qPrintable(outside.join(QLatin1Char(' '))));
    }

    // Official layouts number pages from the second, at the top.
    void pageNumbersFromSecondPage()
    {
        requirePoppler();
        const auto document = composeMeetingDocument(
            recordOf(bigVisit(), DocumentKind::Minutes, DocumentStyle::State),
            DocumentKind::Minutes, DocumentStyle::State);
        const QString pdf = writeAndRead(*document, DocumentStyle::State,
                                         path(QStringLiteral("numbers.pdf")), FileFormat::Pdf);
        QVERIFY(pageCountOf(pdf) >= 3);
        const auto firstLine = [&](int page) {
            const QString text = runTool(QStringLiteral("pdftotext"),
                                         {QStringLiteral("-f"), QString::number(page),
                                          QStringLiteral("-l"), QString::number(page),
                                          QStringLiteral("-layout"), pdf, QStringLiteral("-")});
            for (const QString &line : text.split(QLatin1Char('\n')))
                if (!line.trimmed().isEmpty())
                    return line.trimmed();
            return QString();
        };
        QVERIFY2(firstLine(1).startsWith(QStringLiteral("ỦY BAN KIỂM TRA")),
                 qPrintable(firstLine(1)));
        QCOMPARE(firstLine(2), QStringLiteral("2"));
        QCOMPARE(firstLine(3), QStringLiteral("3"));
    }

    void odtContent()
    {
        if (!hasTool(QStringLiteral("unzip")))
            QSKIP("unzip is not installed");
        const auto document = composeMeetingDocument(
            recordOf(*m_database, m_longAn, DocumentKind::Minutes, DocumentStyle::Party),
            DocumentKind::Minutes, DocumentStyle::Party);
        const QString odt = writeAndRead(*document, DocumentStyle::Party,
                                         path(QStringLiteral("minutes.odt")), FileFormat::Odt);
        const QString manifest = runTool(QStringLiteral("unzip"), {QStringLiteral("-l"), odt});
        QVERIFY2(manifest.contains(QStringLiteral("content.xml")), qPrintable(manifest));
        QVERIFY(manifest.contains(QStringLiteral("mimetype")));
        const QString content = runTool(QStringLiteral("unzip"),
                                        {QStringLiteral("-p"), odt, QStringLiteral("content.xml")});
        QVERIFY(content.contains(QStringLiteral("office:document-content")));
        for (const char *line : {"ĐẢNG CỘNG SẢN VIỆT NAM", "BIÊN BẢN", "Phan Xuân Thủy",
                                 "Đảng viên", "51.349", "NGƯỜI GHI BIÊN BẢN"})
            QVERIFY2(content.contains(QString::fromUtf8(line)), line);
        QVERIFY(content.contains(QStringLiteral("Liberation Serif")));
        QVERIFY(content.contains(QStringLiteral("table:table ")));
    }

    void hostileTextPrintsLiterally()
    {
        const Visit visit = hostileVisit();
        for (DocumentKind kind : {DocumentKind::Minutes, DocumentKind::Conclusion}) {
            const auto document = composeMeetingDocument(
                recordOf(visit, kind, DocumentStyle::Party), kind, DocumentStyle::Party);
            // In the document itself: every character as typed, the line
            // break kept as a line break within its paragraph.
            const QString plain = document->toPlainText();
            QVERIFY(plain.contains(QStringLiteral("<script>alert(\"x\")</script> & &amp; "
                                                  "'single' \"double\"\tafter-tab")));
            QVERIFY(plain.contains(QStringLiteral("second line 😀 中文 <b>not bold</b> العربية")));
            // HTML: escaped, never markup.
            const QString html = document->toHtml();
            QVERIFY(!html.contains(QStringLiteral("<script>")));
            QVERIFY(!html.contains(QStringLiteral("<b>not bold")));
            QVERIFY(html.contains(QStringLiteral("&lt;script&gt;")));
            QString error;
            const QString file = path(QStringLiteral("hostile-%1.html").arg(toKey(kind)));
            QVERIFY2(writeDocument(*document, DocumentStyle::Party, file, FileFormat::Html, &error),
                     qPrintable(error));
            QFile written(file);
            QVERIFY(written.open(QIODevice::ReadOnly));
            QVERIFY(!written.readAll().contains("<script>"));
        }
        if (!hasTool(QStringLiteral("pdftotext")))
            QSKIP("poppler-utils is not installed");
        const auto document =
            composeMeetingDocument(recordOf(visit, DocumentKind::Conclusion, DocumentStyle::State),
                                   DocumentKind::Conclusion, DocumentStyle::State);
        const QString pdf = writeAndRead(*document, DocumentStyle::State,
                                         path(QStringLiteral("hostile.pdf")), FileFormat::Pdf);
        const QString text = runTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        for (const QString &piece :
             {QStringLiteral("<script>alert(\"x\")</script> & &amp; 'single' \"double\""),
              QStringLiteral("after-tab"), QStringLiteral("<b>not bold</b>"),
              QStringLiteral("Tỉnh ủy <Long An> & 'Y'"), QStringLiteral("<Ban> & \"C\"")})
            QVERIFY2(text.contains(piece), qPrintable(piece + QStringLiteral("\n") + text));
        const QStringList outside = wordsOutsideMargins(pdf);
        QVERIFY2(outside.isEmpty(), qPrintable(outside.join(QLatin1Char(' '))));
    }

    // 300 findings and 40 attendees: every page is there, the last finding
    // and the last attendee print, and table headers repeat on new pages.
    void bigVisitFlowsOverPages()
    {
        requirePoppler();
        Visit visit = bigVisit();
        for (int i = 31; i <= 80; ++i) {
            Recommendation extra = visit.recommendations.first();
            extra.text = QStringLiteral("Đề nghị số %1 khắc phục hạn chế.").arg(i);
            visit.recommendations.append(extra);
        }
        for (DocumentKind kind : {DocumentKind::Minutes, DocumentKind::Conclusion}) {
            const auto document = composeMeetingDocument(
                recordOf(visit, kind, DocumentStyle::Party), kind, DocumentStyle::Party);
            const QString pdf =
                writeAndRead(*document, DocumentStyle::Party,
                             path(QStringLiteral("big-%1.pdf").arg(toKey(kind))), FileFormat::Pdf);
            const int pages = pageCountOf(pdf);
            QVERIFY2(pages >= 8, qPrintable(QString::number(pages)));
            QCOMPARE(pages, document->pageCount());
            const QString text = runTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
            QVERIFY(text.contains(lastFindingText()));
            const QStringList outside = wordsOutsideMargins(pdf);
            QVERIFY2(outside.isEmpty(), qPrintable(outside.join(QLatin1Char(' '))));
            QVERIFY(text.contains(QStringLiteral("Đề nghị số 80 khắc phục hạn chế.")));
            QVERIFY(text.count(QStringLiteral("Nội dung đề nghị")) >= 2);
            // The signatures never stand alone: the closing sentence is on their page.
            const QString lastPage =
                runTool(QStringLiteral("pdftotext"),
                        {QStringLiteral("-f"), QString::number(pages), QStringLiteral("-l"),
                         QString::number(pages), pdf, QStringLiteral("-")});
            QVERIFY2(lastPage.contains(kind == DocumentKind::Minutes
                                           ? QStringLiteral("Buổi làm việc kết thúc cùng ngày")
                                           : QStringLiteral("thông báo để")),
                     qPrintable(lastPage));
            if (kind == DocumentKind::Minutes) {
                QVERIFY(text.contains(QStringLiteral("Người tham dự thứ 40")));
                QVERIFY(text.contains(QStringLiteral("NGƯỜI GHI BIÊN BẢN")));
            } else {
                QVERIFY(text.contains(QStringLiteral("Nơi nhận:")));
            }
        }
    }

    void carriedOverVerdictsArePrinted()
    {
        // The Long An visit of 2024 verifies a recommendation of 2023.
        const qint64 later = visitIdOf(*m_database, QStringLiteral("demo-2024-05-21-long-an"));
        QVERIFY(later > 0);
        QString error;
        const auto earlier = VisitService(*m_database).load(m_longAn, &error);
        QVERIFY(earlier && !earlier->recommendations.isEmpty());
        auto visit = VisitService(*m_database).load(later, &error);
        QVERIFY2(visit, qPrintable(error));
        QSqlDatabase connection = m_database->connection();
        QSqlQuery query(connection);
        QVERIFY(
            query.exec(QStringLiteral("SELECT id, text FROM recommendations WHERE visit_id = %1 "
                                      "ORDER BY seq LIMIT 1")
                           .arg(m_longAn)));
        QVERIFY(query.next());
        const qint64 recommendationId = query.value(0).toLongLong();
        const QString earlierText = query.value(1).toString();
        query.finish();
        visit->carriedOver = {{recommendationId, Verdict::Partly, QStringLiteral("Đã mở 3 lớp")}};
        const SaveResult saved = VisitService(*m_database).save(*visit);
        QVERIFY2(saved.ok, qPrintable(saved.error));
        const auto document = composeMeetingDocument(
            recordOf(*m_database, later, DocumentKind::Conclusion, DocumentStyle::Party),
            DocumentKind::Conclusion, DocumentStyle::Party);
        const QString outline = outlineText(*document);
        QVERIFY(outline.contains(
            QStringLiteral("Kết quả thực hiện các đề nghị tại buổi làm việc trước")));
        QVERIFY2(outline.contains(earlierText + QStringLiteral(" (buổi làm việc ngày 7/6/2023")),
                 qPrintable(outline));
        QVERIFY(outline.contains(QStringLiteral("Thực hiện một phần: Đã mở 3 lớp")));
    }

    void rememberedProfileIsUsed()
    {
        DocumentProfile profile;
        profile.organisation = QStringLiteral("Ban Tuyên giáo Trung ương");
        profile.document = QStringLiteral("conclusion");
        profile.superiorBody = QStringLiteral("BAN CHẤP HÀNH TRUNG ƯƠNG");
        profile.issuingBody = QStringLiteral("Ban Tuyên giáo");
        profile.number = QStringLiteral("45-TB/BTGTW");
        profile.signerName = QStringLiteral("Phan Xuân Thủy");
        profile.signerPosition = QStringLiteral("Phó Trưởng ban");
        profile.signingCapacity = QStringLiteral("K/T");
        profile.onBehalfOf = QStringLiteral("Trưởng ban");
        profile.recipients = {QStringLiteral("Tỉnh ủy Long An"), QStringLiteral("Lưu VP")};
        QString error;
        QVERIFY2(DocumentProfiles(*m_database).remember(profile, &error), qPrintable(error));
        const auto document = composeMeetingDocument(
            recordOf(*m_database, m_longAn, DocumentKind::Conclusion, DocumentStyle::Party),
            DocumentKind::Conclusion, DocumentStyle::Party);
        const QString outline = outlineText(*document);
        for (const char *line :
             {"[C] BAN CHẤP HÀNH TRUNG ƯƠNG", "[C B] BAN TUYÊN GIÁO", "[C] Số 45-TB/BTGTW",
              "[C B] K/T TRƯỞNG BAN", "[C B] PHÓ TRƯỞNG BAN", "[L] - Lưu VP."})
            QVERIFY2(outline.contains(QString::fromUtf8(line)), line);
        // The place was not remembered: the default fills it.
        QVERIFY(outline.contains(QStringLiteral("Long An, ngày 07 tháng 6 năm 2023")));
    }
};

QTEST_MAIN(TestDocuments)
#include "test_documents.moc"
