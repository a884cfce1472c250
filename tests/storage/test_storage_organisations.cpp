// The organisation hierarchy: the schema 4 upgrade keeps every record, the
// tree refuses cycles, and "this host and its subordinate units" means the
// same in the visit list, the limitation list and the follow-up list.

#include "StorageFixtures.h"

#include "services/DemoData.h"
#include "services/OrganisationService.h"
#include "storage/FindingQueries.h"
#include "storage/RecommendationQueries.h"
#include "storage/VisitCatalogue.h"

#include <QTemporaryDir>
#include <QTest>

using namespace vt;
using namespace vt::test;

namespace {

const QString kLongAn = QStringLiteral("Tỉnh ủy Long An");
const QString kChauThanh = QStringLiteral("Huyện ủy Châu Thành");
const QString kKienTuong = QStringLiteral("Thị ủy Kiến Tường");

qint64 idOf(Database &database, const QString &name)
{
    QString error;
    const auto record = Organisations(database).byName(name, &error);
    return record ? record->id : 0;
}

} // namespace

class OrganisationsTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    QString newFile() { return m_dir.filePath(QStringLiteral("db-%1.sqlite").arg(++m_files)); }

    std::unique_ptr<Database> demoDatabase(const QString &file)
    {
        auto database = std::make_unique<Database>();
        QString error;
        if (!database->open(file, &error))
            qFatal("%s", qPrintable(error));
        const ImportResult result = loadDemoData(*database);
        if (!result.ok)
            qFatal("demo data: %s", qPrintable(result.error));
        return database;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void upgradeFromSchema3KeepsEveryRecord()
    {
        const QString file = newFile();
        qint64 visits = 0;
        qint64 organisations = 0;
        {
            auto database = demoDatabase(file);
            visits = rowCount(*database, "visits");
            organisations = rowCount(*database, "organisations");
        }
        downgradeToSchema3(file);
        Database database;
        QString error;
        QVERIFY2(database.open(file, &error), qPrintable(error));
        QCOMPARE(database.schemaVersion(), Database::kSchemaVersion);
        QCOMPARE(rowCount(database, "visits"), visits);
        QCOMPARE(rowCount(database, "organisations"), organisations);
        QCOMPARE(
            scalar(database, QStringLiteral("SELECT count(*) FROM organisations"
                                            " WHERE parent_id IS NOT NULL OR kind IS NOT NULL"))
                .toInt(),
            0);
        QCOMPARE(scalar(database, QStringLiteral("PRAGMA foreign_key_check")).toString(),
                 QString());
        // The visits still name their hosts through the rebuilt table.
        QCOMPARE(
            scalar(database, QStringLiteral("SELECT count(*) FROM visits v JOIN organisations o"
                                            " ON o.id = v.host_id"))
                .toLongLong(),
            visits);
    }

    void sampleHierarchyAndCycles()
    {
        auto database = demoDatabase(newFile());
        QString error;
        const auto chauThanh = Organisations(*database).byName(kChauThanh, &error);
        QVERIFY(chauThanh);
        QCOMPARE(chauThanh->parentName, kLongAn);
        QCOMPARE(chauThanh->kind, OrganisationKind::DistrictCommittee);
        QCOMPARE(chauThanh->hostedVisits, 1);
        // Loading the sample again changes nothing.
        QVERIFY(loadDemoData(*database).ok);
        QCOMPARE(Organisations(*database).byName(kChauThanh, &error), chauThanh);

        OrganisationService service(*database);
        const qint64 longAn = idOf(*database, kLongAn);
        const qint64 department =
            idOf(*database, QStringLiteral("Ban Tổ chức Huyện ủy Châu Thành"));
        // Under itself, or under its own grandchild: refused, nothing changed.
        QVERIFY(!service.setParent(longAn, longAn, &error));
        QVERIFY(!error.isEmpty());
        error.clear();
        QVERIFY(!service.setParent(longAn, department, &error));
        QVERIFY2(error.contains(QStringLiteral("subordinate")), qPrintable(error));
        QCOMPARE(Organisations(*database).byName(kLongAn, &error)->parentId, 0);
        // Moving a unit and removing its parent.
        QVERIFY2(service.setParent(chauThanh->id, 0, &error), qPrintable(error));
        QCOMPARE(Organisations(*database).byName(kChauThanh, &error)->parentId, 0);
        QVERIFY(service.setKind(chauThanh->id, std::nullopt, &error));
        QCOMPARE(Organisations(*database).byName(kChauThanh, &error)->kind, std::nullopt);
        QVERIFY(!service.setParent(999999, longAn, &error));

        // Vietnamese reading order: Đ sorts as D (not after Z, as its code point would).
        const QList<OrganisationRecord> all = service.list(&error);
        QStringList names;
        for (const auto &record : all)
            names << record.name;
        QVERIFY(names.indexOf(QStringLiteral("Tỉnh ủy Đồng Tháp")) <
                names.indexOf(QStringLiteral("Tỉnh ủy Long An")));
        QVERIFY(names.indexOf(QStringLiteral("Đảng bộ Công an tỉnh Long An")) <
                names.indexOf(QStringLiteral("Huyện ủy Châu Thành")));
    }

    void subordinateUnitsInEveryList_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("subordinates");
        QTest::addColumn<int>("visits");
        QTest::addColumn<int>("limitations");
        QTest::addColumn<int>("recommendations");
        // Long An: 2 visits, 6 limitations, 9 recommendations; Châu Thành 1, 2, 3;
        // Kiến Tường 1, 1, 0 (the sample data).
        QTest::newRow("Long An alone") << QStringLiteral("tinh uy long an") << false << 2 << 6 << 9;
        QTest::newRow("Long An and its units")
            << QStringLiteral("tinh uy long an") << true << 4 << 9 << 12;
        QTest::newRow("a district alone") << QStringLiteral("chau thanh") << true << 1 << 2 << 3;
        QTest::newRow("no such host") << QStringLiteral("ha giang") << true << 0 << 0 << 0;
    }

    void subordinateUnitsInEveryList()
    {
        QFETCH(QString, host);
        QFETCH(bool, subordinates);
        QFETCH(int, visits);
        QFETCH(int, limitations);
        QFETCH(int, recommendations);
        static std::unique_ptr<Database> database = demoDatabase(newFile());

        VisitFilter visitFilter;
        visitFilter.host = host;
        visitFilter.includeSubordinates = subordinates;
        QCOMPARE(VisitCatalogue(*database).count(visitFilter), visits);

        FindingFilter findingFilter;
        findingFilter.category = FindingCategory::Limitation;
        findingFilter.host = host;
        findingFilter.includeSubordinates = subordinates;
        QCOMPARE(FindingQueries(*database).count(findingFilter), limitations);

        FollowUpFilter followUpFilter;
        followUpFilter.host = host;
        followUpFilter.includeSubordinates = subordinates;
        QString error;
        QCOMPARE(
            RecommendationQueries(*database).list(followUpFilter, QDate(2024, 1, 1), &error).size(),
            recommendations);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(OrganisationsTest)
#include "test_storage_organisations.moc"
