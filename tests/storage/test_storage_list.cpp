// The visit list (filters, sorts, pages) and completion lookups.

#include "DatabaseTestCase.h"
#include "StorageFixtures.h"

#include "domain/TextFolding.h"
#include "storage/Lookups.h"
#include "storage/VisitCatalogue.h"
#include "storage/VisitRepository.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <memory>

using namespace vt;
using namespace vt::test;

class VisitListTest : public DatabaseTestCase
{
    Q_OBJECT

private:
    void openListFixture(Database &database);
    QStringList refsOf(Database &database, const QList<VisitRow> &rows);

private slots:
    void catalogueFilters_data();
    void catalogueFilters();
    void searchTextsOfSchema12AreMadeDistinct();
    void catalogueSorts_data();
    void catalogueSorts();
    void cataloguePages();
    void catalogueRanksInDeclaredOrder();
    void lookups();
    void latestDetailsOf();
};

void VisitListTest::openListFixture(Database &database)
{
    QString error;
    QVERIFY2(database.open(path("list.sqlite"), &error), qPrintable(error));
    const QString btg = QStringLiteral("Ban Tuyên giáo Trung ương");
    const QString ubkt = QStringLiteral("Ủy ban Kiểm tra Tỉnh ủy");
    QList<Visit> visits{listVisit("la", QStringLiteral("Làm việc về công tác xây dựng Đảng"),
                                  QDate(2023, 6, 7), QStringLiteral("Tỉnh ủy Long An"), btg,
                                  VisitKind::Working, VisitStatus::Concluded),
                        listVisit("dt", QStringLiteral("Làm việc với Tỉnh ủy Đồng Tháp"),
                                  QDate(2023, 6, 8), QStringLiteral("Tỉnh ủy Đồng Tháp"), btg,
                                  VisitKind::Working, VisitStatus::Held),
                        listVisit("dh", QStringLiteral("Kiểm tra hạn chế, khuyết điểm 100%"),
                                  QDate(2023, 9, 15), QStringLiteral("Huyện ủy Đức Hòa"), ubkt,
                                  VisitKind::Inspection, VisitStatus::Closed),
                        listVisit("bl", QStringLiteral("Giám sát chi_bộ"), QDate(2024, 1, 10),
                                  QStringLiteral("Huyện ủy Bến Lức"), ubkt, VisitKind::Supervision,
                                  VisitStatus::Planned),
                        listVisit("ks", QStringLiteral("Khảo sát mô hình dân vận khéo"),
                                  QDate(2023, 6, 8), QStringLiteral("Tỉnh ủy Long An"), ubkt,
                                  VisitKind::Survey, VisitStatus::Cancelled)};
    visits[0].topic = QStringLiteral("Chậm đổi mới nội dung sinh hoạt");
    visits[4].location = QStringLiteral("Thành phố Tân An");
    QVERIFY(saveAll(database, visits));
}

QStringList VisitListTest::refsOf(Database &database, const QList<VisitRow> &rows)
{
    QStringList refs;
    VisitRepository repository(database);
    QString error;
    for (const VisitRow &row : rows) {
        const auto visit = repository.load(row.id, &error);
        refs.append(visit ? visit->ref : error);
    }
    return refs;
}

void VisitListTest::catalogueFilters_data()
{
    QTest::addColumn<VisitFilter>("filter");
    QTest::addColumn<QStringList>("refs"); // in date order, then id
    const auto refs = [](const char *list) {
        return QString::fromLatin1(list).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    };
    QTest::newRow("no filter") << VisitFilter{} << refs("la dt ks dh bl");
    QTest::newRow("dang finds Đảng")
        << VisitFilter(Filter().text(QStringLiteral("dang"))) << refs("la");
    QTest::newRow("upper case and marks")
        << VisitFilter(Filter().text(QStringLiteral("ĐẢNG"))) << refs("la");
    QTest::newRow("words in any order")
        << VisitFilter(Filter().text(QStringLiteral("  khuyet   han\tche "))) << refs("dh");
    QTest::newRow("topic") << VisitFilter(Filter().text(QStringLiteral("cham doi moi")))
                           << refs("la");
    QTest::newRow("location") << VisitFilter(Filter().text(QStringLiteral("tan an"))) << refs("ks");
    QTest::newRow("host words") << VisitFilter(Filter().text(QStringLiteral("long an")))
                                << refs("la ks");
    QTest::newRow("delegation words")
        << VisitFilter(Filter().text(QStringLiteral("tuyen giao"))) << refs("la dt");
    // "an" is inside "tan" and "long": tested once, through the longer words.
    QTest::newRow("nested and repeated words")
        << VisitFilter(Filter().text(QStringLiteral("an long an long"))) << refs("la ks");
    QTest::newRow("a word inside a word")
        << VisitFilter(Filter().text(QStringLiteral("an tan"))) << refs("ks");
    QTest::newRow("no match") << VisitFilter(Filter().text(QStringLiteral("quảng ninh")))
                              << refs("");
    QTest::newRow("percent is literal")
        << VisitFilter(Filter().text(QStringLiteral("%"))) << refs("dh");
    QTest::newRow("underscore is literal")
        << VisitFilter(Filter().text(QStringLiteral("_"))) << refs("bl");
    QTest::newRow("quote is harmless")
        << VisitFilter(Filter().text(QStringLiteral("' OR 1=1 --"))) << refs("");
    QTest::newRow("date range inclusive")
        << VisitFilter(Filter().from(QDate(2023, 6, 8)).to(QDate(2023, 9, 15))) << refs("dt ks dh");
    QTest::newRow("from only") << VisitFilter(Filter().from(QDate(2023, 9, 15))) << refs("dh bl");
    QTest::newRow("to only") << VisitFilter(Filter().to(QDate(2023, 6, 7))) << refs("la");
    QTest::newRow("host substring")
        << VisitFilter(Filter().host(QStringLiteral("long an"))) << refs("la ks");
    QTest::newRow("host without marks")
        << VisitFilter(Filter().host(QStringLiteral("DUC HOA"))) << refs("dh");
    QTest::newRow("delegation") << VisitFilter(Filter().delegation(QStringLiteral("kiểm tra")))
                                << refs("ks dh bl");
    QTest::newRow("kind") << VisitFilter(Filter().kind(VisitKind::Working)) << refs("la dt");
    QTest::newRow("status") << VisitFilter(Filter().status(VisitStatus::Planned)) << refs("bl");
    QTest::newRow("combined") << VisitFilter(Filter()
                                                 .text(QStringLiteral("tinh uy"))
                                                 .from(QDate(2023, 6, 8))
                                                 .delegation(QStringLiteral("tuyen giao"))
                                                 .kind(VisitKind::Working)
                                                 .status(VisitStatus::Held))
                              << refs("dt");
}

void VisitListTest::catalogueFilters()
{
    QFETCH(VisitFilter, filter);
    QFETCH(QStringList, refs);
    Database database;
    openListFixture(database);
    VisitCatalogue catalogue(database);
    QCOMPARE(catalogue.count(filter), refs.size());
    const auto rows = catalogue.page(filter, VisitSortKey::Date, Qt::AscendingOrder, 0, 100);
    QCOMPARE(refsOf(database, rows), refs);
}

// Schema 13 keeps each visit's search text as its distinct words: a file of
// schema 12 (each field folded whole, one per line) is rewritten on opening,
// and every filter finds what it found before.
void VisitListTest::searchTextsOfSchema12AreMadeDistinct()
{
    QList<VisitFilter> filters;
    for (const char *text :
         {"dang", "long an", "tinh uy", "an tan", "dung", "uy ban", "%", "_", "ong", "a"})
        filters.append(VisitFilter(Filter().text(QString::fromUtf8(text))));
    const auto refsFound = [&](Database &database) {
        QList<QStringList> found;
        VisitCatalogue catalogue(database);
        for (const VisitFilter &filter : std::as_const(filters))
            found.append(refsOf(
                database, catalogue.page(filter, VisitSortKey::Date, Qt::AscendingOrder, 0, 100)));
        return found;
    };
    QList<QStringList> before;
    {
        Database database;
        openListFixture(database);
        QSqlQuery query(database.connection());
        QVERIFY2(query.exec(QStringLiteral(
                     "UPDATE visits SET search_fold = title_fold || char(10) || host_fold"
                     " || char(10) || delegation_fold || char(10) || coalesce(vt_fold(topic), '')"
                     " || char(10) || coalesce(vt_fold(location), '')")),
                 qPrintable(query.lastError().text()));
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 12")));
        before = refsFound(database);
    }
    QCOMPARE(before.at(1), QStringList({QStringLiteral("la"), QStringLiteral("ks")}));
    QCOMPARE(before.at(3), QStringList{QStringLiteral("ks")});
    Database database;
    QString error;
    QVERIFY2(database.open(path("list.sqlite"), &error), qPrintable(error));
    QCOMPARE(database.schemaVersion(), Database::kSchemaVersion);
    QCOMPARE(refsFound(database), before);
    const QString expected =
        QStringLiteral("lam viec ve cong tac xay dung dang tinh uy long an ban tuyen giao"
                       " trung uong cham doi moi noi sinh hoat");
    QSqlQuery query(database.connection());
    // "dung" of "xây dựng" and of "nội dung" once; the fields joined by spaces.
    QVERIFY(query.exec(QStringLiteral("SELECT id, search_fold FROM visits WHERE ref = 'la'")) &&
            query.next());
    QCOMPARE(query.value(1).toString(), expected);
    // Saving the visit again writes the same.
    VisitRepository repository(database);
    std::optional<Visit> visit = repository.load(query.value(0).toLongLong(), &error);
    QVERIFY2(visit, qPrintable(error));
    visit->summary = QStringLiteral("Đã sửa.");
    QVERIFY2(repository.save(*visit, &error), qPrintable(error));
    QVERIFY(query.exec(QStringLiteral("SELECT search_fold FROM visits WHERE ref = 'la'")) &&
            query.next());
    QCOMPARE(query.value(0).toString(), expected);
}

void VisitListTest::catalogueSorts_data()
{
    QTest::addColumn<VisitSortKey>("sortKey");
    QTest::addColumn<QStringList>("ascending"); // descending is the exact reverse
    const auto refs = [](const char *list) {
        return QString::fromLatin1(list).split(QLatin1Char(' '));
    };
    // Saved in the order la dt dh bl ks: ties break on id.
    QTest::newRow("date") << VisitSortKey::Date << refs("la dt ks dh bl");
    QTest::newRow("title (Đ beside D)") << VisitSortKey::Title << refs("bl ks dh la dt");
    QTest::newRow("host") << VisitSortKey::Host << refs("bl dh dt la ks");
    QTest::newRow("delegation") << VisitSortKey::Delegation << refs("la dt dh bl ks");
    QTest::newRow("kind in declared order") << VisitSortKey::Kind << refs("la dt dh bl ks");
    QTest::newRow("status in declared order") << VisitSortKey::Status << refs("bl dt la dh ks");
}

void VisitListTest::catalogueSorts()
{
    QFETCH(VisitSortKey, sortKey);
    QFETCH(QStringList, ascending);
    Database database;
    openListFixture(database);
    VisitCatalogue catalogue(database);
    QCOMPARE(refsOf(database, catalogue.page({}, sortKey, Qt::AscendingOrder, 0, 10)), ascending);
    QStringList descending = ascending;
    std::reverse(descending.begin(), descending.end());
    QCOMPARE(refsOf(database, catalogue.page({}, sortKey, Qt::DescendingOrder, 0, 10)), descending);
}

void VisitListTest::cataloguePages()
{
    Database database;
    openListFixture(database);
    VisitCatalogue catalogue(database);
    const auto all = catalogue.page({}, VisitSortKey::Date, Qt::DescendingOrder, 0, 100);
    QCOMPARE(all.size(), 5);
    QList<VisitRow> paged;
    for (int offset = 0; offset < 5; offset += 2)
        paged += catalogue.page({}, VisitSortKey::Date, Qt::DescendingOrder, offset, 2);
    QCOMPARE(paged.size(), 5);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(paged.at(i).id, all.at(i).id);
    QVERIFY(catalogue.page({}, VisitSortKey::Date, Qt::AscendingOrder, 5, 2).isEmpty());
    QVERIFY(catalogue.page({}, VisitSortKey::Date, Qt::AscendingOrder, 0, 0).isEmpty());

    const VisitRow &first = all.first();
    QCOMPARE(first.date, QDate(2024, 1, 10));
    QCOMPARE(first.title, QStringLiteral("Giám sát chi_bộ"));
    QCOMPARE(first.host, QStringLiteral("Huyện ủy Bến Lức"));
    QCOMPARE(first.delegation, QStringLiteral("Ủy ban Kiểm tra Tỉnh ủy"));
    QCOMPARE(first.kind, VisitKind::Supervision);
    QCOMPARE(first.status, VisitStatus::Planned);
}

void VisitListTest::catalogueRanksInDeclaredOrder()
{
    // One visit per kind and per status, saved in reverse declared order, all on
    // one date: sorting must give the declared order of domain/Enums.
    Database database;
    QString error;
    QVERIFY2(database.open(path("rank.sqlite"), &error), qPrintable(error));
    QList<Visit> visits;
    const int kinds = valueCount<VisitKind>();
    const int statuses = valueCount<VisitStatus>();
    for (int i = qMax(kinds, statuses) - 1; i >= 0; --i) {
        visits.append(listVisit("", QString::number(i), QDate(2023, 1, 1), QStringLiteral("H"),
                                QStringLiteral("D"), valueAt<VisitKind>(qMin(i, kinds - 1)),
                                valueAt<VisitStatus>(qMin(i, statuses - 1))));
    }
    QVERIFY(saveAll(database, visits));
    VisitCatalogue catalogue(database);
    const auto byKind = catalogue.page({}, VisitSortKey::Kind, Qt::AscendingOrder, 0, 100);
    const auto byStatus = catalogue.page({}, VisitSortKey::Status, Qt::AscendingOrder, 0, 100);
    QCOMPARE(byKind.size(), visits.size());
    for (qsizetype i = 1; i < byKind.size(); ++i) {
        QVERIFY(allKeys<VisitKind>().indexOf(toKey(byKind.at(i - 1).kind)) <=
                allKeys<VisitKind>().indexOf(toKey(byKind.at(i).kind)));
        QVERIFY(allKeys<VisitStatus>().indexOf(toKey(byStatus.at(i - 1).status)) <
                allKeys<VisitStatus>().indexOf(toKey(byStatus.at(i).status)));
    }
    QCOMPARE(byKind.first().kind, valueAt<VisitKind>(0));
    QCOMPARE(byKind.last().kind, valueAt<VisitKind>(kinds - 1));
}

void VisitListTest::lookups()
{
    Database database;
    QString error;
    QVERIFY2(database.open(path("l.sqlite"), &error), qPrintable(error));
    Lookups lookups(database);
    QVERIFY(lookups.organisationNames().isEmpty());
    QList<Visit> visits{longAnVisit()};
    Visit second = longAnVisit();
    second.ref = QStringLiteral("dong-thap");
    second.host = QStringLiteral("Tỉnh ủy Đồng Tháp");
    second.location = QStringLiteral("Cao Lãnh");
    visits.append(second);
    QVERIFY(saveAll(database, visits));

    QCOMPARE(lookups.organisationNames(),
             (QStringList{QStringLiteral("Ban Tuyên giáo Trung ương"),
                          QStringLiteral("Tỉnh ủy Đồng Tháp"), QStringLiteral("Tỉnh ủy Long An")}));
    QCOMPARE(lookups.personNames(),
             (QStringList{QStringLiteral("Nguyễn Văn Được"), QStringLiteral("Phan Xuân Thủy"),
                          QStringLiteral("Trần Thị Ánh")}));
    QCOMPARE(lookups.positions(),
             (QStringList{QStringLiteral("Bí thư Tỉnh ủy"), QStringLiteral("Phó Trưởng ban")}));
    QCOMPARE(lookups.areas(),
             (QStringList{QStringLiteral("Chính trị, tư tưởng"), QStringLiteral("Tuyên truyền")}));
    QCOMPARE(lookups.locations(),
             (QStringList{QStringLiteral("Cao Lãnh"), QStringLiteral("Tân An, Long An")}));
}

void VisitListTest::latestDetailsOf()
{
    Database database;
    QString error;
    QVERIFY2(database.open(path("l.sqlite"), &error), qPrintable(error));
    const QString name = QStringLiteral("Phan Xuân Thủy");
    const auto visitWith = [&](const char *ref, QDate date, const QString &position,
                               const QString &organisation) {
        Visit v = listVisit(ref, QStringLiteral("V"), date, QStringLiteral("H"),
                            QStringLiteral("D"), VisitKind::Working, VisitStatus::Held);
        Attendee a;
        a.name = name;
        a.position = position;
        a.organisation = organisation;
        v.attendees = {a};
        return v;
    };
    // Saved out of date order: the latest visit date decides, not the latest save.
    QList<Visit> visits{visitWith("b", QDate(2025, 3, 1), QStringLiteral("Trưởng ban"),
                                  QStringLiteral("Ban Tuyên giáo và Dân vận Trung ương")),
                        visitWith("a", QDate(2023, 6, 7), QStringLiteral("Phó Trưởng ban"),
                                  QStringLiteral("Ban Tuyên giáo Trung ương"))};
    QVERIFY(saveAll(database, visits));
    Lookups lookups(database);
    const auto details = lookups.latestDetailsOf(name);
    QVERIFY(details);
    QCOMPARE(details->position, QStringLiteral("Trưởng ban"));
    QCOMPARE(details->organisation, QStringLiteral("Ban Tuyên giáo và Dân vận Trung ương"));
    QVERIFY(!lookups.latestDetailsOf(QStringLiteral("Người Lạ")));
    QVERIFY(!lookups.latestDetailsOf(QString()));
}

QTEST_GUILESS_MAIN(VisitListTest)
#include "test_storage_list.moc"
