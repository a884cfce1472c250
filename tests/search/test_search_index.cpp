// The search index: folding (đ, tones, case, NFD), kept in step with every
// save and delete, and queries that never let user text reach FTS5 syntax.

#include "SearchFixtures.h"

#include "services/VisitService.h"
#include "storage/Database.h"
#include "storage/SearchIndex.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace vt;

class TestSearchIndex : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Database m_db;
    qint64 m_longAn = 0;

    QStringList textsFound(const QString &query)
    {
        QStringList texts;
        for (const SearchHit &hit : SearchIndex(m_db).find(query, 100))
            texts << hit.text;
        return texts;
    }

    int indexRows()
    {
        QSqlQuery query(m_db.connection());
        return query.exec(QStringLiteral("SELECT count(*) FROM search_index")) && query.next()
                   ? query.value(0).toInt()
                   : -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_db.open(m_dir.filePath(QStringLiteral("s.sqlite")), &error), qPrintable(error));
        Visit longAn = test::visitWith(
            QStringLiteral("Tỉnh ủy Long An"), QDate(2023, 6, 7),
            QStringLiteral("Một số địa phương chậm đổi mới công tác tuyên truyền."));
        longAn.summary = QStringLiteral("Đảng bộ tỉnh có 564 tổ chức cơ sở đảng.");
        m_longAn = test::save(m_db, longAn);
        QVERIFY(m_longAn != 0);
        Visit dongThap = test::visitWith(QStringLiteral("Tỉnh ủy Đồng Tháp"), QDate(2023, 6, 8),
                                         QStringLiteral("Đội ngũ báo cáo viên còn hạn chế."));
        QVERIFY(test::save(m_db, dongThap) != 0);
    }

    void matchExpressionQuotesEveryWord_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("two words")
            << QStringLiteral("han che") << QStringLiteral("\"han\"* \"che\"*");
        QTest::newRow("đ and tones")
            << QStringLiteral("Đảng bộ") << QStringLiteral("\"dang\"* \"bo\"*");
        QTest::newRow("operators are words") << QStringLiteral("a\" OR b* NEAR(")
                                             << QStringLiteral("\"a\"* \"or\"* \"b\"* \"near\"*");
        QTest::newRow("no word") << QStringLiteral(" \"*() ") << QString();
    }

    void matchExpressionQuotesEveryWord()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(SearchIndex::matchExpression(input), expected);
    }

    void findsFoldedText_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expected");
        const QString slow =
            QStringLiteral("Một số địa phương chậm đổi mới công tác tuyên truyền.");
        QTest::newRow("tones and đ") << QStringLiteral("cham doi moi") << slow;
        QTest::newRow("upper case") << QStringLiteral("CHẬM ĐỔI MỚI") << slow;
        QTest::newRow("NFD input")
            << QStringLiteral("chậm đổi mới").normalized(QString::NormalizationForm_D) << slow;
        QTest::newRow("han che") << QStringLiteral("han che")
                                 << QStringLiteral("Đội ngũ báo cáo viên còn hạn chế.");
        QTest::newRow("visit summary")
            << QStringLiteral("dang bo") << QStringLiteral("Làm việc với Tỉnh ủy Long An");
        QTest::newRow("prefix") << QStringLiteral("tuyen truy") << slow;
        QTest::newRow("recommendation responsible")
            << QStringLiteral("ban tuyen giao dong thap")
            << QStringLiteral("Khắc phục hạn chế: Đội ngũ báo cáo viên còn hạn chế.");
    }

    void findsFoldedText()
    {
        QFETCH(QString, query);
        QFETCH(QString, expected);
        const QStringList texts = textsFound(query);
        QVERIFY2(texts.contains(expected), qPrintable(texts.join(QLatin1Char('|'))));
    }

    void hitsNameTheirVisitAndRecord()
    {
        const QList<SearchHit> hits = SearchIndex(m_db).find(QStringLiteral("cham doi moi"), 10);
        QCOMPARE(hits.size(), 2); // the limitation and the recommendation quoting it
        for (const SearchHit &hit : hits) {
            QCOMPARE(hit.visitId, m_longAn);
            QCOMPARE(hit.host, QStringLiteral("Tỉnh ủy Long An"));
            QCOMPARE(hit.date, QDate(2023, 6, 7));
            QCOMPARE(hit.seq, 0);
        }
        QCOMPARE(SearchIndex(m_db).count(QStringLiteral("cham doi moi"), 100), 2);
        QCOMPARE(SearchIndex(m_db).count(QStringLiteral("tinh uy"), 1), 1); // capped
    }

    void indexFollowsSaveAndDelete()
    {
        const int before = indexRows();
        Visit visit = test::visitWith(QStringLiteral("Huyện ủy Châu Thành"), QDate(2024, 4, 16),
                                      QStringLiteral("Hồ sơ lưu trữ chưa đầy đủ."));
        QVERIFY(test::save(m_db, visit) != 0);
        QCOMPARE(indexRows(), before + 4); // the visit, 2 findings, 1 recommendation
        QCOMPARE(textsFound(QStringLiteral("ho so luu tru")).size(), 2);

        visit.findings[0].text = QStringLiteral("Quy chế chưa được cập nhật.");
        visit.recommendations[0].text = QStringLiteral("Cập nhật quy chế.");
        QVERIFY(test::save(m_db, visit) != 0);
        QCOMPARE(indexRows(), before + 4);
        QVERIFY(textsFound(QStringLiteral("ho so luu tru")).isEmpty());
        QCOMPARE(textsFound(QStringLiteral("quy che")).size(), 2);

        QString error;
        QVERIFY2(VisitService(m_db).remove(visit.id, &error), qPrintable(error));
        QCOMPARE(indexRows(), before);
        QVERIFY(textsFound(QStringLiteral("quy che")).isEmpty());
    }

    void exactPhraseRanksFirst()
    {
        // A newer record matching the words only as prefixes ("hành", "chế")
        // must not push the exact "hạn chế" down.
        Visit newer = test::visitWith(QStringLiteral("Thị ủy Kiến Tường"), QDate(2025, 1, 10),
                                      QStringLiteral("Ban hành quy chế làm việc mới."));
        QVERIFY(test::save(m_db, newer) != 0);
        const QStringList texts = textsFound(QStringLiteral("han che"));
        const qsizetype exact = texts.indexOf(QStringLiteral("Đội ngũ báo cáo viên còn hạn chế."));
        const qsizetype prefixOnly =
            texts.indexOf(QStringLiteral("Ban hành quy chế làm việc mới."));
        QVERIFY2(exact >= 0 && prefixOnly >= 0, qPrintable(texts.join(QLatin1Char('|'))));
        QVERIFY2(exact < prefixOnly, qPrintable(texts.join(QLatin1Char('|'))));
        QString error;
        QVERIFY2(VisitService(m_db).remove(newer.id, &error), qPrintable(error));
    }

    // Words of four letters or more are looked up in the list of indexed
    // words (search_terms); a word the list lacks falls back to FTS5's own
    // prefix search, so the list can only make a search faster, never miss.
    void longWordStartsUseTheWordListOrFallBack()
    {
        const QString slow =
            QStringLiteral("Một số địa phương chậm đổi mới công tác tuyên truyền.");
        QVERIFY(textsFound(QStringLiteral("tuye truyen")).contains(slow));
        QSqlQuery query(m_db.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM search_terms"
                                          " WHERE term IN ('tuyen', 'truyen', 'dang')")) &&
                query.next());
        QCOMPARE(query.value(0).toInt(), 3);
        QVERIFY(query.exec(QStringLiteral("DELETE FROM search_terms WHERE term = 'truyen'")));
        QVERIFY(textsFound(QStringLiteral("tuyen truye")).contains(slow));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO search_terms (term) VALUES ('truyen')")));
        QVERIFY(textsFound(QStringLiteral("khongcotu")).isEmpty());
    }

    void emptyQueryFindsNothing()
    {
        QVERIFY(SearchIndex(m_db).find(QStringLiteral("  "), 10).isEmpty());
        QCOMPARE(SearchIndex(m_db).count(QString(), 10), 0);
    }
};

QTEST_GUILESS_MAIN(TestSearchIndex)
#include "test_search_index.moc"
