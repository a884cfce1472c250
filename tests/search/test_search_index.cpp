// The search index: folding (đ, tones, case, NFD), kept in step with every
// save and delete, and queries that never let user text reach FTS5 syntax.

#include "SearchFixtures.h"

#include "services/VisitService.h"
#include "storage/Database.h"
#include "storage/Lookups.h"
#include "storage/SearchIndex.h"
#include "storage/VisitRepository.h"

#include <QFile>
#include <QSqlError>
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

    // The index keeps no copy of the texts (schema 12, SearchIndex.h): a
    // removal is told the words from the stored record, and a word it misses
    // would stay findable. Texts whose folding does work (NFD, đ, case,
    // empty and punctuation-only fields, a word twice) are replaced, then the
    // visit is deleted, brought back under its old id (undo) and replaced
    // again: no old word may find anything at any step.
    void removalTakesAwayEveryWordIndexed()
    {
        const int before = indexRows();
        Visit visit = test::visitWith(QStringLiteral("Đảng ủy XÃ Tân Lập"), QDate(2024, 5, 2),
                                      QStringLiteral("Đoàn viên đoàn viên chưa gương mẫu"));
        visit.topic = QStringLiteral("Sinh hoạt chi bộ").normalized(QString::NormalizationForm_D);
        visit.summary = QStringLiteral("—");
        visit.findings[0].area = QStringLiteral("…");
        visit.findings[1].organisation = QStringLiteral("Chi bộ ấp Bình Thạnh");
        visit.recommendations[0].responsible = QStringLiteral("Ủy ban kiểm tra");
        QVERIFY(test::save(m_db, visit) != 0);
        const QStringList oldWords{QStringLiteral("tan lap"), QStringLiteral("guong mau"),
                                   QStringLiteral("sinh hoat"), QStringLiteral("binh thanh"),
                                   QStringLiteral("kiem tra")};
        for (const QString &word : oldWords)
            QVERIFY2(!textsFound(word).isEmpty(), qPrintable(word));

        const auto noOldWordFinds = [&](const char *step) {
            for (const QString &word : oldWords) {
                QVERIFY2(SearchIndex(m_db).count(word, 100) == 0,
                         qPrintable(QStringLiteral("%1: %2").arg(QLatin1StringView(step), word)));
            }
        };
        Visit replaced = visit;
        replaced.host = QStringLiteral("Huyện ủy Mỹ Hào");
        replaced.title = QStringLiteral("Làm việc với Huyện ủy Mỹ Hào");
        replaced.topic.clear();
        replaced.findings[0].text = QStringLiteral("Nghị quyết chậm đi vào cuộc sống");
        replaced.findings[1].text = QStringLiteral("Mô hình tự quản");
        replaced.findings[1].organisation.clear();
        replaced.recommendations[0].text = QStringLiteral("Sớm khắc phục");
        replaced.recommendations[0].responsible.clear();
        QVERIFY(test::save(m_db, replaced) != 0);
        noOldWordFinds("replaced");
        QCOMPARE(indexRows(), before + 4);

        QString error;
        QVERIFY2(VisitService(m_db).remove(replaced.id, &error), qPrintable(error));
        QCOMPARE(indexRows(), before);
        QVERIFY(textsFound(QStringLiteral("my hao")).isEmpty());
        Visit back = replaced;
        QVERIFY2(VisitRepository(m_db).recreate(back, &error), qPrintable(error));
        QCOMPARE(back.id, replaced.id);
        QCOMPARE(indexRows(), before + 4);
        QCOMPARE(SearchIndex(m_db).count(QStringLiteral("my hao"), 100), 1);
        QCOMPARE(SearchIndex(m_db).count(QStringLiteral("nghi quyet cham"), 100), 1);
        back.findings[0].text = QStringLiteral("Còn nể nang");
        QVERIFY(test::save(m_db, back) != 0);
        QCOMPARE(SearchIndex(m_db).count(QStringLiteral("nghi quyet cham"), 100), 0);
        noOldWordFinds("brought back and replaced");
        QVERIFY2(VisitService(m_db).remove(back.id, &error), qPrintable(error));
        QCOMPARE(indexRows(), before);
        QCOMPARE(SearchIndex(m_db).count(QStringLiteral("ne nang"), 100), 0);
        QSqlQuery check(m_db.connection());
        QVERIFY2(check.exec(QStringLiteral(
                     "INSERT INTO search_index (search_index) VALUES ('integrity-check')")),
                 qPrintable(check.lastError().text()));
    }

    // Schema 12 replaces the index that kept a copy of each text by one that
    // does not, made again from the stored records: what the old index held
    // (here a stale word and a missing visit) does not matter.
    void upgradeMakesTheIndexAgain()
    {
        const QString file = m_dir.filePath(QStringLiteral("schema11.sqlite"));
        qint64 longAn = 0;
        {
            Database database;
            QString error;
            QVERIFY2(database.open(file, &error), qPrintable(error));
            Visit visit = test::visitWith(QStringLiteral("Tỉnh ủy Long An"), QDate(2023, 6, 7),
                                          QStringLiteral("Chậm đổi mới công tác tuyên truyền."));
            for (const QString &position :
                 {QStringLiteral("Phó Trưởng ban"), QStringLiteral("Bí thư Tỉnh ủy"),
                  QStringLiteral("Phó Trưởng ban"), QString()}) {
                Attendee attendee;
                attendee.name = QStringLiteral("Người dự %1").arg(visit.attendees.size() + 1);
                attendee.position = position;
                visit.attendees.append(attendee);
            }
            longAn = test::save(database, visit);
            Visit other = test::visitWith(QStringLiteral("Tỉnh ủy Đồng Tháp"), QDate(2023, 6, 8),
                                          QStringLiteral("Đội ngũ báo cáo viên còn hạn chế."));
            QVERIFY(test::save(database, other) != 0);
            QSqlQuery query(database.connection());
            for (const QString &statement :
                 {QStringLiteral("DROP TABLE search_index"),
                  QStringLiteral("CREATE VIRTUAL TABLE search_index USING fts5(body,"
                                 " tokenize = 'unicode61', prefix = '2 3')"),
                  QStringLiteral("INSERT INTO search_index (search_index, rank)"
                                 " VALUES ('hashsize', 33554432)"),
                  QStringLiteral("INSERT INTO search_index (rowid, body)"
                                 " VALUES (%1 * 4, 'tu cu')")
                      .arg(longAn),
                  QStringLiteral("DROP TABLE positions"),
                  QStringLiteral("CREATE INDEX attendees_position ON attendees (position)"),
                  QStringLiteral("PRAGMA user_version = 11")})
                QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
        }
        Database database;
        QString error;
        QVERIFY2(database.open(file, &error), qPrintable(error));
        QCOMPARE(database.schemaVersion(), Database::kSchemaVersion);
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("schema11.before-schema-11.sqlite"))));
        QSqlQuery query(database.connection());
        QVERIFY(query.exec(
                    QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'search_index'")) &&
                query.next());
        QVERIFY2(query.value(0).toString().contains(QStringLiteral("content = ''")),
                 qPrintable(query.value(0).toString()));
        QVERIFY(
            query.exec(QStringLiteral("SELECT v FROM search_index_config WHERE k = 'hashsize'")) &&
            query.next());
        QCOMPARE(query.value(0).toInt(), 32 * 1024 * 1024);
        // Positions are registered, no longer indexed on every attendee.
        QVERIFY(query.exec(QStringLiteral(
                    "SELECT count(*) FROM sqlite_master WHERE name = 'attendees_position'")) &&
                query.next());
        QCOMPARE(query.value(0).toInt(), 0);
        QCOMPARE(Lookups(database).positions(),
                 (QStringList{QStringLiteral("Bí thư Tỉnh ủy"), QStringLiteral("Phó Trưởng ban")}));
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM search_index")) && query.next());
        QCOMPARE(query.value(0).toInt(), 2 * 4); // each visit, its 2 findings, 1 recommendation
        const SearchIndex search(database);
        QCOMPARE(search.count(QStringLiteral("tu cu"), 10), 0);
        QCOMPARE(search.count(QStringLiteral("cham doi moi"), 10), 2); // finding, recommendation
        QCOMPARE(search.count(QStringLiteral("bao cao vien"), 10), 2);
        std::optional<Visit> stored = VisitRepository(database).load(longAn, &error);
        QVERIFY2(stored, qPrintable(error));
        Visit visit = *stored;
        visit.findings[0].text = QStringLiteral("Đã khắc phục.");
        visit.recommendations[0].text = QStringLiteral("Duy trì.");
        QVERIFY2(VisitRepository(database).save(visit, &error), qPrintable(error));
        QCOMPARE(search.count(QStringLiteral("cham doi moi"), 10), 0);
        QVERIFY2(query.exec(QStringLiteral(
                     "INSERT INTO search_index (search_index) VALUES ('integrity-check')")),
                 qPrintable(query.lastError().text()));
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

    // Records entered out of their visits' order (an imported history) are
    // shown by date, the newest visit first, within the exact phrase's hits
    // and within the others'.
    void hitsAreShownNewestVisitFirst()
    {
        const QString text = QStringLiteral("Công tác kiểm tra nhiệm kỳ trước còn chậm.");
        Visit older = test::visitWith(QStringLiteral("Huyện ủy Đức Hòa"), QDate(2016, 3, 2), text);
        Visit newest = test::visitWith(QStringLiteral("Huyện ủy Bến Lức"), QDate(2024, 9, 5), text);
        Visit middle =
            test::visitWith(QStringLiteral("Huyện ủy Cần Đước"), QDate(2020, 5, 4), text);
        // Matching only the words, not the phrase: after the three, by date too.
        Visit wordsOlder = test::visitWith(QStringLiteral("Huyện ủy Tân Trụ"), QDate(2017, 1, 9),
                                           QStringLiteral("Kiểm tra còn chậm trong nhiệm kỳ."));
        Visit wordsNewer = test::visitWith(QStringLiteral("Huyện ủy Thủ Thừa"), QDate(2023, 2, 1),
                                           QStringLiteral("Nhiệm kỳ này kiểm tra còn chậm."));
        for (Visit *visit : {&wordsNewer, &older, &newest, &wordsOlder, &middle})
            QVERIFY(test::save(m_db, *visit) != 0);

        QStringList hosts; // each visit's finding and recommendation, side by side
        for (const SearchHit &hit :
             SearchIndex(m_db).find(QStringLiteral("kiem tra nhiem ky"), 20)) {
            if (hosts.isEmpty() || hosts.constLast() != hit.host)
                hosts << hit.host;
        }
        QCOMPARE(
            hosts,
            QStringList({QStringLiteral("Huyện ủy Bến Lức"), QStringLiteral("Huyện ủy Cần Đước"),
                         QStringLiteral("Huyện ủy Đức Hòa"), QStringLiteral("Huyện ủy Thủ Thừa"),
                         QStringLiteral("Huyện ủy Tân Trụ")}));
        QString error;
        for (const Visit *visit : {&wordsNewer, &older, &newest, &wordsOlder, &middle})
            QVERIFY2(VisitService(m_db).remove(visit->id, &error), qPrintable(error));
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
