// The synthetic data generator (services/SyntheticVisits.h): the same seed
// gives byte-identical data, every visit is valid, generating again replaces
// rather than duplicates, and indicators are measured again at later visits.

#include "domain/TextFolding.h"
#include "domain/Validation.h"
#include "services/ImportExport.h"
#include "services/JsonInterchange.h"
#include "services/SyntheticVisits.h"
#include "storage/Database.h"
#include "storage/VisitRepository.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace vt;

namespace {

constexpr quint64 kSeed = 7;
constexpr int kCount = 20;

QList<Visit> visitsOf(quint64 seed, int count)
{
    QList<Visit> visits;
    for (int n = 1; n <= count; ++n)
        visits.append(syntheticVisit(seed, n));
    return visits;
}

QByteArray exported(Database &db)
{
    QString error;
    const std::optional<QByteArray> bytes = exportInterchange(db, &error);
    if (!bytes)
        qWarning("export failed: %s", qPrintable(error));
    return bytes.value_or(QByteArray());
}

} // namespace

class TestGenerator : public QObject
{
    Q_OBJECT

private slots:
    void sameSeedSameVisits()
    {
        const QByteArray first = writeInterchange(visitsOf(kSeed, kCount));
        const QByteArray second = writeInterchange(visitsOf(kSeed, kCount));
        QVERIFY(!first.isEmpty());
        QCOMPARE(first, second);
        QVERIFY(writeInterchange(visitsOf(kSeed + 1, kCount)) != first);
    }

    void visitsAreValidAndRealistic()
    {
        QSet<FindingCategory> categories;
        QSet<RecommendationStatus> statuses;
        for (const Visit &visit : visitsOf(kSeed, 200)) {
            const QList<ValidationIssue> issues = validateVisit(visit);
            QVERIFY2(issues.isEmpty(),
                     qPrintable(visit.ref + QLatin1Char(' ') +
                                (issues.isEmpty() ? QString()
                                                  : issues.first().path + QStringLiteral(": ") +
                                                        issues.first().message)));
            QCOMPARE(visit.title, normalizedText(visit.title)); // stored text is NFC
            QVERIFY(visit.ref.startsWith(QStringLiteral("gen-7-")));
            QVERIFY(visit.attendees.size() >= 10 && visit.attendees.size() <= 40);
            if (!visit.findings.isEmpty()) {
                QVERIFY(visit.findings.size() >= 5 && visit.findings.size() <= 20);
                QSet<FindingCategory> ofVisit;
                for (const Finding &f : visit.findings)
                    ofVisit.insert(f.category);
                QCOMPARE(ofVisit.size(), 4); // every category in every held visit
                categories.unite(ofVisit);
            }
            for (const Recommendation &r : visit.recommendations)
                statuses.insert(r.status);
        }
        QCOMPARE(categories.size(), 4);
        QCOMPARE(statuses.size(), 4); // open, in progress, done and cancelled all occur
    }

    void indicatorsHaveHistory()
    {
        // (host, name, period) identifies an indicator; later visits measure it again.
        QHash<QString, int> measurements;
        for (const Visit &visit : visitsOf(kSeed, 2000)) {
            for (const Indicator &i : visit.indicators)
                ++measurements[visit.host + QLatin1Char('|') + i.name + QLatin1Char('|') +
                               i.period];
        }
        int repeated = 0;
        for (const int count : std::as_const(measurements))
            repeated += count > 1 ? 1 : 0;
        QVERIFY2(repeated > 10, qPrintable(QString::number(repeated)));
    }

    void generatingTwiceReplaces()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Database db;
        QString error;
        QVERIFY2(db.open(dir.filePath(QStringLiteral("a.sqlite")), &error), qPrintable(error));
        int progressCalls = 0;
        GenerateResult result = generateVisits(db, kCount, kSeed, [&](int done, int total) {
            ++progressCalls;
            QCOMPARE(total, kCount);
            QVERIFY(done <= total);
        });
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.added, kCount);
        QCOMPARE(progressCalls, 1);
        const QByteArray first = exported(db);
        QVERIFY(!first.isEmpty());

        result = generateVisits(db, kCount, kSeed);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.added, 0);
        QCOMPARE(result.replaced, kCount);
        QCOMPARE(VisitRepository(db).count(), qint64(kCount));
        QCOMPARE(exported(db), first);

        // Another file, the same seed: the same bytes.
        Database other;
        QVERIFY2(other.open(dir.filePath(QStringLiteral("b.sqlite")), &error), qPrintable(error));
        QVERIFY(generateVisits(other, kCount, kSeed).ok);
        QCOMPARE(exported(other), first);
    }
};

QTEST_GUILESS_MAIN(TestGenerator)
#include "test_generator.moc"
