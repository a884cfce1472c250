// Whole visits in and out of the database: exact round trips, updates, removal
// with cascade, transactions and the refusals of save.

#include "DatabaseTestCase.h"
#include "StorageFixtures.h"

#include "storage/DatabaseCheck.h"
#include "storage/SearchIndex.h"
#include "storage/VisitBatch.h"
#include "storage/VisitCatalogue.h"
#include "storage/VisitRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <limits>
#include <memory>

using namespace vt;
using namespace vt::test;

class VisitRepositoryTest : public DatabaseTestCase
{
    Q_OBJECT

private slots:
    void roundTripsEveryRecordKind();
    void roundTripsNumbers_data();
    void roundTripsNumbers();
    void extensionsRoundTripAsJson();
    void invalidDatesLoadAsAbsent();
    void updateReplacesChildren();
    void updateOfUnknownIdFails();
    void removeCascades();
    void removeOfUnknownIdFails();
    void idForRefAllIdsAndCount();
    void rollbackLeavesNothing();
    void batchIndexesWhenItCommits();
    void batchReplacesIndexedVisits();
    void unknownFindingKeyIsRefused();
    void batchRemovesVisitsWithTheirRecords();
    void carriedOverVerdictsAreReadBack();
    void duplicateRefIsRefused();
    void visitWithoutDateIsRefused();
    void emptyRequiredTextIsStored();
};

void VisitRepositoryTest::roundTripsEveryRecordKind()
{
    const QString file = path("visits.sqlite");
    QString error;
    Visit saved = longAnVisit();
    {
        Database database;
        QVERIFY2(database.open(file, &error), qPrintable(error));
        Transaction transaction(database);
        VisitRepository repository(database);
        QVERIFY2(repository.save(saved, &error), qPrintable(error));
        QVERIFY(saved.id > 0);
        QVERIFY2(transaction.commit(&error), qPrintable(error));
        const auto loaded = repository.load(saved.id, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(*loaded, saved);
    }
    // And from a fresh connection, so nothing came from a cache.
    Database database;
    QVERIFY2(database.open(file, &error), qPrintable(error));
    const auto loaded = VisitRepository(database).load(saved.id, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->attendees, saved.attendees);
    QCOMPARE(loaded->figures, saved.figures);
    QCOMPARE(loaded->findings, saved.findings);
    QCOMPARE(loaded->indicators, saved.indicators);
    QCOMPARE(loaded->recommendations, saved.recommendations);
    QCOMPARE(loaded->extensions, saved.extensions);
    QCOMPARE(*loaded, saved);
    QCOMPARE(scalar(database, QStringLiteral("PRAGMA foreign_key_check")), QVariant());
}

void VisitRepositoryTest::roundTripsNumbers_data()
{
    QTest::addColumn<double>("value");
    QTest::newRow("zero") << 0.0;
    QTest::newRow("negative zero") << -0.0;
    QTest::newRow("fraction") << 99.2;
    QTest::newRow("negative") << -51349.5;
    QTest::newRow("integer beyond 2^53") << 9007199254740994.0;
    QTest::newRow("largest") << std::numeric_limits<double>::max();
    QTest::newRow("lowest") << std::numeric_limits<double>::lowest();
    QTest::newRow("smallest normal") << std::numeric_limits<double>::min();
    QTest::newRow("denormal") << std::numeric_limits<double>::denorm_min();
    QTest::newRow("one third") << 1.0 / 3.0;
}

void VisitRepositoryTest::roundTripsNumbers()
{
    QFETCH(double, value);
    Database database;
    QString error;
    QVERIFY2(database.open(path("n.sqlite"), &error), qPrintable(error));
    Visit visit = listVisit("n", QStringLiteral("Số"), QDate(2023, 1, 1), QStringLiteral("H"),
                            QStringLiteral("D"), VisitKind::Working, VisitStatus::Held);
    visit.figures = {{QStringLiteral("f"), value, QString(), QDate(), {}}};
    visit.indicators = {{QStringLiteral("i"), QString(), QString(), value, value, QDate(), {}}};
    QList<Visit> visits{visit};
    QVERIFY(saveAll(database, visits));
    const auto loaded = VisitRepository(database).load(visits.first().id, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->figures.first().value, value);
    QCOMPARE(*loaded->indicators.first().target, value);
    QCOMPARE(loaded->indicators.first().actual, value);
    QVERIFY(*loaded == visits.first());
}

void VisitRepositoryTest::extensionsRoundTripAsJson()
{
    // x- fields come from JSON text (import, the editor keeps them opaque), so
    // they are compared as parsed from text: Qt turns an integral double beyond
    // 2^53 into an integer on a text round trip, which such values already are.
    const QByteArray json =
        R"({"x-big":9007199254740993,"x-neg":-0.5,"x-huge":1e300,)"
        R"("x-text":"Đảng ủy \"khối\"","x-null":null,"x-list":[1,"a",{"b":false}],)"
        R"("x-obj":{"nested":{"deep":[]}}})";
    const QJsonObject extensions = QJsonDocument::fromJson(json).object();
    QCOMPARE(extensions.size(), 7);
    Database database;
    QString error;
    QVERIFY2(database.open(path("x.sqlite"), &error), qPrintable(error));
    Visit visit = longAnVisit();
    visit.extensions = extensions;
    visit.attendees[0].extensions = extensions;
    visit.recommendations[0].updates[0].extensions = extensions;
    QList<Visit> visits{visit};
    QVERIFY(saveAll(database, visits));
    const auto loaded = VisitRepository(database).load(visits.first().id, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->extensions, extensions);
    QCOMPARE(*loaded, visits.first());
    // Stored compact, and absent extensions as NULL rather than "{}".
    QCOMPARE(
        scalar(database, QStringLiteral("SELECT count(*) FROM attendees WHERE extensions IS NULL"))
            .toInt(),
        1); // the absent guest; the chair has an x-seat
    QCOMPARE(scalar(database, QStringLiteral("SELECT extensions FROM visits")).toString().toUtf8(),
             QJsonDocument(extensions).toJson(QJsonDocument::Compact));
}

void VisitRepositoryTest::invalidDatesLoadAsAbsent()
{
    Database database;
    QString error;
    QVERIFY2(database.open(path("d.sqlite"), &error), qPrintable(error));
    Visit visit = listVisit("d", QStringLiteral("Ngày"), QDate(2023, 3, 1), QStringLiteral("H"),
                            QStringLiteral("D"), VisitKind::Working, VisitStatus::Planned);
    visit.endDate = QDate(2023, 2, 30); // invalid
    visit.figures = {{QStringLiteral("f"), 1, QString(), QDate(), {}}};
    QList<Visit> visits{visit};
    QVERIFY(saveAll(database, visits));
    const auto loaded = VisitRepository(database).load(visits.first().id, &error);
    QVERIFY2(loaded, qPrintable(error));
    QVERIFY(!loaded->endDate.isValid());
    QVERIFY(!loaded->figures.first().asOf.isValid());
    QCOMPARE(*loaded, visits.first());
    QCOMPARE(scalar(database, QStringLiteral("SELECT count(*) FROM visits WHERE end_date IS NULL"))
                 .toInt(),
             1);
}

void VisitRepositoryTest::updateReplacesChildren()
{
    Database database;
    QString error;
    QVERIFY2(database.open(path("u.sqlite"), &error), qPrintable(error));
    QList<Visit> visits{longAnVisit()};
    QVERIFY(saveAll(database, visits));
    const qint64 id = visits.first().id;

    Visit changed = visits.first();
    changed.title = QStringLiteral("Làm việc với Tỉnh ủy Đồng Tháp");
    changed.host = QStringLiteral("Tỉnh ủy Đồng Tháp");
    changed.attendees = {changed.attendees.at(2)};
    changed.figures.clear();
    changed.findings = {changed.findings.at(2)}; // keeps key h2 only
    changed.recommendations = {changed.recommendations.at(0)};
    changed.recommendations[0].addresses = {QStringLiteral("h2")};
    changed.recommendations[0].updates.removeLast();
    changed.indicators.append(changed.indicators.takeFirst()); // new order
    changed.extensions = {};
    QList<Visit> again{changed};
    QVERIFY(saveAll(database, again));
    QCOMPARE(again.first().id, id);

    const auto loaded = VisitRepository(database).load(id, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(*loaded, changed);
    QCOMPARE(rowCount(database, "visits"), 1);
    QCOMPARE(rowCount(database, "attendees"), 1);
    QCOMPARE(rowCount(database, "report_figures"), 0);
    QCOMPARE(rowCount(database, "findings"), 1);
    QCOMPARE(rowCount(database, "indicators"), 3);
    QCOMPARE(rowCount(database, "recommendations"), 1);
    QCOMPARE(rowCount(database, "recommendation_findings"), 1);
    QCOMPARE(rowCount(database, "follow_up_updates"), 2);
    QCOMPARE(VisitCatalogue(database).count(Filter().text(QStringLiteral("dong thap"))), 1);
    QCOMPARE(VisitCatalogue(database).count(Filter().text(QStringLiteral("ban thuong vu"))), 0);
}

void VisitRepositoryTest::updateOfUnknownIdFails()
{
    Database database;
    QString error;
    QVERIFY2(database.open(path("u.sqlite"), &error), qPrintable(error));
    Visit visit = longAnVisit();
    visit.id = 999;
    Transaction transaction(database);
    QVERIFY(!VisitRepository(database).save(visit, &error));
    QVERIFY2(error.contains(QStringLiteral("999")), qPrintable(error));
    QCOMPARE(visit.id, 999);
}

void VisitRepositoryTest::removeCascades()
{
    Database database;
    QString error;
    QVERIFY2(database.open(path("r.sqlite"), &error), qPrintable(error));
    Visit other = longAnVisit();
    other.ref = QStringLiteral("other");
    QList<Visit> visits{longAnVisit(), other};
    QVERIFY(saveAll(database, visits));
    const qint64 removed = visits.at(0).id;
    const qint64 kept = visits.at(1).id;

    VisitRepository repository(database);
    {
        Transaction transaction(database);
        QVERIFY2(repository.remove(removed, &error), qPrintable(error));
        QVERIFY2(transaction.commit(&error), qPrintable(error));
    }
    QCOMPARE(repository.count(), 1);
    QVERIFY(!repository.load(removed, &error));
    QVERIFY2(error.contains(QString::number(removed)), qPrintable(error));
    for (const char *table :
         {"attendees", "report_figures", "findings", "indicators", "recommendations"}) {
        QCOMPARE(scalar(database, QStringLiteral("SELECT count(*) FROM %1 WHERE visit_id = %2")
                                      .arg(QLatin1StringView(table))
                                      .arg(removed))
                     .toInt(),
                 0);
    }
    QCOMPARE(scalar(database, QStringLiteral("SELECT count(*) FROM recommendation_findings WHERE "
                                             "recommendation_id NOT IN (SELECT id FROM "
                                             "recommendations) OR finding_id NOT IN (SELECT id "
                                             "FROM findings)"))
                 .toInt(),
             0);
    QCOMPARE(scalar(database, QStringLiteral("SELECT count(*) FROM follow_up_updates WHERE "
                                             "recommendation_id NOT IN (SELECT id FROM "
                                             "recommendations)"))
                 .toInt(),
             0);
    QCOMPARE(rowCount(database, "recommendation_findings"), 2);
    QCOMPARE(rowCount(database, "follow_up_updates"), 3);
    const auto loaded = repository.load(kept, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(*loaded, visits.at(1));
}

void VisitRepositoryTest::removeOfUnknownIdFails()
{
    Database database;
    QString error;
    QVERIFY2(database.open(path("r.sqlite"), &error), qPrintable(error));
    QVERIFY(!VisitRepository(database).remove(42, &error));
    QVERIFY2(error.contains(QStringLiteral("42")), qPrintable(error));
}

void VisitRepositoryTest::idForRefAllIdsAndCount()
{
    Database database;
    QString error;
    QVERIFY2(database.open(path("i.sqlite"), &error), qPrintable(error));
    QList<Visit> visits{
        listVisit("late", QStringLiteral("B"), QDate(2024, 1, 1), QStringLiteral("H"),
                  QStringLiteral("D"), VisitKind::Working, VisitStatus::Held),
        listVisit("early", QStringLiteral("A"), QDate(2023, 1, 1), QStringLiteral("H"),
                  QStringLiteral("D"), VisitKind::Working, VisitStatus::Held),
        listVisit("", QStringLiteral("C"), QDate(2024, 1, 1), QStringLiteral("H"),
                  QStringLiteral("D"), VisitKind::Working, VisitStatus::Held),
        listVisit("", QStringLiteral("E"), QDate(2022, 1, 1), QStringLiteral("H"),
                  QStringLiteral("D"), VisitKind::Working, VisitStatus::Held)};
    QVERIFY(saveAll(database, visits));
    VisitRepository repository(database);
    QCOMPARE(repository.idForRef(QStringLiteral("late")), visits.at(0).id);
    QCOMPARE(repository.idForRef(QStringLiteral("early")), visits.at(1).id);
    QCOMPARE(repository.idForRef(QStringLiteral("missing")), 0);
    QCOMPARE(repository.idForRef(QString()), 0);
    QCOMPARE(repository.count(), 4);
    QCOMPARE(repository.allIds(),
             (QList<qint64>{visits.at(3).id, visits.at(1).id, visits.at(0).id, visits.at(2).id}));
}

void VisitRepositoryTest::rollbackLeavesNothing()
{
    Database database;
    QString error;
    QVERIFY2(database.open(path("t.sqlite"), &error), qPrintable(error));
    VisitRepository repository(database);
    {
        Transaction transaction(database);
        QVERIFY(transaction.isActive());
        Visit visit = longAnVisit();
        QVERIFY2(repository.save(visit, &error), qPrintable(error));
        QCOMPARE(repository.count(), 1);
    } // not committed
    {
        Transaction transaction(database);
        Visit visit = longAnVisit();
        QVERIFY2(repository.save(visit, &error), qPrintable(error));
        transaction.rollback();
        QVERIFY(!transaction.isActive());
        QVERIFY(!transaction.commit(&error));
        QVERIFY(!error.isEmpty());
    }
    for (const char *table : {"visits", "organisations", "people", "attendees", "findings",
                              "recommendations", "follow_up_updates"})
        QCOMPARE(rowCount(database, table), 0);

    // Transactions do not nest.
    Transaction outer(database);
    Transaction inner(database);
    QVERIFY(outer.isActive());
    QVERIFY(!inner.isActive());
    QVERIFY(!inner.errorText().isEmpty());
}

// A batch holds its search index entries back until the transaction
// commits (VisitWriter.h): they must all arrive, once, and go with a rollback.
void VisitRepositoryTest::batchIndexesWhenItCommits()
{
    Database database;
    QString error;
    QVERIFY2(database.open(path("t.sqlite"), &error), qPrintable(error));
    const Visit sample = longAnVisit();
    const qint64 entriesPerVisit = 1 + sample.findings.size() + sample.recommendations.size();
    QVERIFY(entriesPerVisit > 2);
    {
        Transaction transaction(database);
        VisitBatch batch(database);
        for (const char *ref : {"a", "b", "a"}) { // "a" is replaced in the same batch
            Visit visit = sample;
            visit.ref = QLatin1StringView(ref);
            visit.id = batch.idForRef(visit.ref);
            QVERIFY2(batch.save(visit, &error), qPrintable(error));
        }
        QVERIFY2(transaction.commit(&error), qPrintable(error));
    }
    QCOMPARE(rowCount(database, "visits"), 2);
    QCOMPARE(rowCount(database, "search_index"), 2 * entriesPerVisit);
    // Every entry indexes a record that exists (rowid = id * 4 + type).
    QCOMPARE(
        scalar(database,
               QStringLiteral("SELECT count(*) FROM search_index s WHERE"
                              " (s.rowid % 4 = 0 AND s.rowid / 4 IN (SELECT id FROM visits))"
                              " OR (s.rowid % 4 = 1 AND s.rowid / 4 IN (SELECT id FROM findings))"
                              " OR (s.rowid % 4 = 2 AND s.rowid / 4 IN"
                              " (SELECT id FROM recommendations))"))
            .toLongLong(),
        2 * entriesPerVisit);
    {
        Transaction transaction(database);
        VisitBatch batch(database);
        Visit visit = sample;
        visit.ref = QStringLiteral("c");
        QVERIFY2(batch.save(visit, &error), qPrintable(error));
    } // not committed
    QCOMPARE(rowCount(database, "visits"), 2);
    QCOMPARE(rowCount(database, "search_index"), 2 * entriesPerVisit);
    QCOMPARE(checkDatabase(database), QStringList());
}

// Replaced visits' old entries are removed with the new ones held back (in
// rowid order, VisitWriter.h): none may stay, none may go twice, including
// when a replaced visit's records get their old ids again (the last visit's)
// and when a visit is replaced twice in one batch.
void VisitRepositoryTest::batchReplacesIndexedVisits()
{
    Database database;
    QString error;
    QVERIFY2(database.open(path("t.sqlite"), &error), qPrintable(error));
    const Visit sample = longAnVisit();
    const qint64 entriesPerVisit = 1 + sample.findings.size() + sample.recommendations.size();
    VisitRepository repository(database);
    for (const char *ref : {"a", "b", "c"}) {
        Visit visit = sample;
        visit.ref = QLatin1StringView(ref);
        visit.findings[0].text = QStringLiteral("Chưa sâu sát cơ sở");
        QVERIFY2(repository.save(visit, &error), qPrintable(error));
    }
    const SearchIndex search(database);
    QCOMPARE(search.count(QStringLiteral("sâu sát"), 100), 3);
    {
        Transaction transaction(database);
        VisitBatch batch(database);
        for (const char *ref : {"c", "a", "b", "a"}) {
            Visit visit = sample;
            visit.ref = QLatin1StringView(ref);
            visit.id = batch.idForRef(visit.ref);
            visit.findings[0].text = QStringLiteral("Còn hình thức ở %1").arg(visit.ref);
            QVERIFY2(batch.save(visit, &error), qPrintable(error));
        }
        QVERIFY2(transaction.commit(&error), qPrintable(error));
    }
    QCOMPARE(rowCount(database, "visits"), 3);
    QCOMPARE(rowCount(database, "search_index"), 3 * entriesPerVisit);
    QSqlQuery check(database.connection());
    QVERIFY2(check.exec(QStringLiteral(
                 "INSERT INTO search_index (search_index) VALUES ('integrity-check')")),
             qPrintable(check.lastError().text()));
    QCOMPARE(search.count(QStringLiteral("sâu sát"), 100), 0);
    QCOMPARE(search.count(QStringLiteral("hình thức"), 100), 3);
    QCOMPARE(search.find(QStringLiteral("hình thức ở a"), 10).size(), 1);
    QCOMPARE(checkDatabase(database), QStringList());
}

void VisitRepositoryTest::unknownFindingKeyIsRefused()
{
    Database database;
    QString error;
    QVERIFY2(database.open(path("k.sqlite"), &error), qPrintable(error));
    Visit visit = longAnVisit();
    visit.recommendations[1].addresses = {QStringLiteral("không-có")};
    Transaction transaction(database);
    QVERIFY(!VisitRepository(database).save(visit, &error));
    QVERIFY2(error.contains(QStringLiteral("không-có")), qPrintable(error));
    QCOMPARE(visit.id, 0);
}

void VisitRepositoryTest::duplicateRefIsRefused()
{
    Database database;
    QString error;
    QVERIFY2(database.open(path("k.sqlite"), &error), qPrintable(error));
    QList<Visit> visits{longAnVisit()};
    QVERIFY(saveAll(database, visits));
    Visit copy = longAnVisit();
    Transaction transaction(database);
    QVERIFY(!VisitRepository(database).save(copy, &error));
    QVERIFY2(error.contains(copy.title), qPrintable(error));
}

void VisitRepositoryTest::visitWithoutDateIsRefused()
{
    Database database;
    QString error;
    QVERIFY2(database.open(path("k.sqlite"), &error), qPrintable(error));
    Visit visit = longAnVisit();
    visit.date = QDate();
    Transaction transaction(database);
    QVERIFY(!VisitRepository(database).save(visit, &error));
    QVERIFY2(error.contains(QStringLiteral("date")), qPrintable(error));
}

void VisitRepositoryTest::emptyRequiredTextIsStored()
{
    // Validation normally refuses these; storage must still not lose the visit.
    Database database;
    QString error;
    QVERIFY2(database.open(path("e.sqlite"), &error), qPrintable(error));
    Visit visit;
    visit.date = QDate(2023, 1, 1);
    visit.attendees = {Attendee{}};
    visit.findings = {Finding{}};
    visit.recommendations = {Recommendation{}};
    visit.figures = {ReportFigure{}};
    visit.indicators = {Indicator{}};
    QList<Visit> visits{visit};
    QVERIFY(saveAll(database, visits));
    const auto loaded = VisitRepository(database).load(visits.first().id, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(*loaded, visits.first());
}

// A batch deletes visit after visit with one statement (an undo of an
// import): each goes with its records and index entries; an id that is not
// stored is refused with its number.
void VisitRepositoryTest::batchRemovesVisitsWithTheirRecords()
{
    Database database;
    QString error;
    QVERIFY2(database.open(path("remove.sqlite"), &error), qPrintable(error));
    VisitRepository repository(database);
    QList<qint64> ids;
    for (int i = 0; i < 4; ++i) {
        Visit visit = longAnVisit();
        visit.ref = QStringLiteral("la-%1").arg(i);
        QVERIFY2(repository.save(visit, &error), qPrintable(error));
        ids.append(visit.id);
    }
    const qint64 attendeesEach = rowCount(database, "attendees") / 4;
    const qint64 entriesEach = rowCount(database, "search_index") / 4;
    {
        Transaction transaction(database);
        VisitBatch batch(database);
        for (const qint64 id : {ids.at(2), ids.at(0), ids.at(3)})
            QVERIFY2(batch.remove(id, &error), qPrintable(error));
        QVERIFY(!batch.remove(ids.at(0), &error));
        QVERIFY2(error.contains(QString::number(ids.at(0))), qPrintable(error));
        QVERIFY2(transaction.commit(&error), qPrintable(error));
    }
    QCOMPARE(rowCount(database, "visits"), 1);
    QCOMPARE(rowCount(database, "attendees"), attendeesEach);
    QCOMPARE(rowCount(database, "search_index"), entriesEach);
    QVERIFY(repository.load(ids.at(1), &error));
    QCOMPARE(checkDatabase(database), QStringList());
}

// A later visit's verdicts on an earlier one's recommendations are read with
// the visit (by the read session's own statement), in order; a verdict the
// program does not know is refused with the visit and the value.
void VisitRepositoryTest::carriedOverVerdictsAreReadBack()
{
    Database database;
    QString error;
    QVERIFY2(database.open(path("verdicts.sqlite"), &error), qPrintable(error));
    VisitRepository repository(database);
    Visit earlier = longAnVisit();
    QVERIFY2(repository.save(earlier, &error), qPrintable(error));
    QSqlQuery query(database.connection());
    QVERIFY(query.exec(QStringLiteral("SELECT id FROM recommendations WHERE visit_id = %1"
                                      " ORDER BY seq")
                           .arg(earlier.id)));
    QList<qint64> recommendations;
    while (query.next())
        recommendations.append(query.value(0).toLongLong());
    QVERIFY(recommendations.size() >= 2);
    Visit later = longAnVisit();
    later.ref = QStringLiteral("la-later");
    later.date = earlier.date.addYears(1);
    later.carriedOver = {{recommendations.at(1), Verdict::Partly, QStringLiteral("Còn chậm")},
                         {recommendations.at(0), Verdict::Implemented, QString()}};
    QVERIFY2(repository.save(later, &error), qPrintable(error));

    for (int round = 0; round < 2; ++round) { // the second with the statement kept
        const std::optional<Visit> back = repository.load(later.id, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->carriedOver.size(), 2);
        QCOMPARE(back->carriedOver.at(0).recommendationId, recommendations.at(1));
        QCOMPARE(back->carriedOver.at(0).verdict, Verdict::Partly);
        QCOMPARE(back->carriedOver.at(0).note, QStringLiteral("Còn chậm"));
        QCOMPARE(back->carriedOver.at(1).verdict, Verdict::Implemented);
    }
    QVERIFY(query.exec(QStringLiteral("UPDATE carry_over_verdicts SET verdict = 'maybe'")));
    QVERIFY(!repository.load(later.id, &error));
    QVERIFY2(error.contains(QString::number(later.id)) && error.contains(QStringLiteral("maybe")),
             qPrintable(error));
    QVERIFY2(repository.load(earlier.id, &error), qPrintable(error));
}

QTEST_GUILESS_MAIN(VisitRepositoryTest)
#include "test_storage_visits.moc"
