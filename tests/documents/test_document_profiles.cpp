// The remembered document fields (schema 4): storing and reading them, and
// the upgrade of a schema 3 database that loses nothing.

#include "DocumentFixtures.h"

#include "documents/MeetingRecord.h"
#include "services/VisitService.h"
#include "storage/DatabaseCheck.h"
#include "storage/DocumentProfiles.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace vt;
using namespace vt::test;

namespace {

DocumentProfile sampleProfile()
{
    DocumentProfile profile;
    profile.organisation = QStringLiteral("Ban Tuyên giáo Trung ương");
    profile.document = QStringLiteral("minutes");
    profile.superiorBody = QStringLiteral("BAN CHẤP HÀNH TRUNG ƯƠNG");
    profile.issuingBody = QStringLiteral("BAN TUYÊN GIÁO");
    profile.number = QStringLiteral("12-BB/BTGTW");
    profile.place = QStringLiteral("Long An");
    profile.signerName = QStringLiteral("Phan Xuân Thủy");
    profile.signerPosition = QStringLiteral("PHÓ TRƯỞNG BAN");
    profile.signingCapacity = QStringLiteral("K/T");
    profile.onBehalfOf = QStringLiteral("TRƯỞNG BAN");
    profile.recipients = {QStringLiteral("Tỉnh ủy Long An"), QStringLiteral("Lưu: VP, <b>&")};
    return profile;
}

QList<Visit> allVisits(Database &database)
{
    QList<Visit> visits;
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("SELECT id FROM visits ORDER BY id")))
        return visits;
    QList<qint64> ids;
    while (query.next())
        ids << query.value(0).toLongLong();
    query.finish();
    for (qint64 id : ids) {
        QString error;
        if (auto visit = VisitService(database).load(id, &error))
            visits << *visit;
    }
    return visits;
}

} // namespace

class TestDocumentProfiles : public QObject
{
    Q_OBJECT

private slots:
    void rememberAndFind()
    {
        QTemporaryDir dir;
        auto database = demoDatabase(dir.path());
        DocumentProfiles profiles(*database);
        QString error;
        QVERIFY(!profiles.find(QStringLiteral("Ban Tuyên giáo Trung ương"),
                               QStringLiteral("minutes"), &error));
        QVERIFY(error.isEmpty());
        DocumentProfile profile = sampleProfile();
        QVERIFY2(profiles.remember(profile, &error), qPrintable(error));
        auto found = profiles.find(profile.organisation, profile.document, &error);
        QVERIFY(found);
        QCOMPARE(*found, profile);
        // Per organisation and document kind: another kind stays unknown.
        QVERIFY(!profiles.find(profile.organisation, QStringLiteral("conclusion"), &error));
        // Remembering again replaces.
        profile.number = QStringLiteral("13-BB/BTGTW");
        profile.recipients.clear();
        QVERIFY(profiles.remember(profile, &error));
        QCOMPARE(profiles.all(&error).size(), 1);
        QCOMPARE(*profiles.find(profile.organisation, profile.document, &error), profile);
    }

    void defaultsWhenNothingIsRemembered()
    {
        QTemporaryDir dir;
        auto database = demoDatabase(dir.path());
        const qint64 id = visitIdOf(*database, longAnRef());
        QString error;
        const auto record =
            documents::loadMeetingRecord(*database, id, documents::DocumentKind::Conclusion,
                                         documents::DocumentStyle::Party, &error);
        QVERIFY2(record, qPrintable(error));
        QCOMPARE(record->profile.organisation, QStringLiteral("Ban Tuyên giáo Trung ương"));
        QCOMPARE(record->profile.issuingBody, QStringLiteral("Ban Tuyên giáo Trung ương"));
        QCOMPARE(record->profile.place, QStringLiteral("Long An"));
        QCOMPARE(record->profile.signerName, QStringLiteral("Phan Xuân Thủy"));
        QCOMPARE(record->profile.signerPosition, QStringLiteral("TRƯỞNG ĐOÀN"));
        QCOMPARE(record->profile.recipients.first(), QStringLiteral("Tỉnh ủy Long An"));
        QCOMPARE(record->documentDate, QDate(2023, 6, 7));
        QVERIFY(!documents::loadMeetingRecord(*database, 99999, documents::DocumentKind::Minutes,
                                              documents::DocumentStyle::Party, &error));
    }

    // A schema 5 file (before document_profiles) opens at the current schema
    // with every visit as it was, and the new table works.
    void upgradeFromVersion5KeepsEverything()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("documents.sqlite"));
        QList<Visit> before;
        {
            auto database = demoDatabase(dir.path());
            before = allVisits(*database);
            QSqlQuery query(database->connection());
            QVERIFY(query.exec(QStringLiteral("DROP TABLE document_profiles")));
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 5")));
        }
        QVERIFY(before.size() >= 6);
        Database database;
        QString error;
        QVERIFY2(database.open(file, &error), qPrintable(error));
        QCOMPARE(database.schemaVersion(), Database::kSchemaVersion);
        QCOMPARE(allVisits(database), before);
        QVERIFY2(DocumentProfiles(database).remember(sampleProfile(), &error), qPrintable(error));
        QStringList problems;
        database.close();
        QVERIFY2(checkDatabaseFile(file, &problems, &error), qPrintable(error));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        // The copy kept before the upgrade is still schema 5, with the visits.
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("documents.before-schema-5.sqlite"))));
    }
};

QTEST_MAIN(TestDocumentProfiles)
#include "test_document_profiles.moc"
