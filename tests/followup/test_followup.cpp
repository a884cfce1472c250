// Follow-up of recommendations (issue 3): derived states at their boundaries
// with a fixed clock, the follow-up list and overdue count in SQL agreeing
// with the domain rules, append-only updates, and carry-over across three
// visits to one host.

#include "FollowUpFixtures.h"

#include "domain/Clock.h"
#include "domain/FollowUpRules.h"
#include "services/FollowUp.h"
#include "services/VisitService.h"
#include "storage/Database.h"
#include "storage/DatabaseCheck.h"
#include "storage/RecommendationQueries.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace vt;
using namespace vt::test;

namespace {

const QDate kToday(2024, 6, 15);
const QString kLongAn = QStringLiteral("Tỉnh ủy Long An");

QList<qint64> updateSeqs(Database &db, qint64 recommendationId)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
        "SELECT id, seq FROM follow_up_updates WHERE recommendation_id = ? ORDER BY seq"));
    q.bindValue(0, recommendationId);
    QList<qint64> result;
    if (q.exec()) {
        while (q.next())
            result << q.value(1).toLongLong();
    }
    return result;
}

} // namespace

class TestFollowUp : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    std::unique_ptr<Database> freshDatabase()
    {
        auto db = std::make_unique<Database>();
        QString error;
        if (!db->open(m_dir.filePath(QStringLiteral("f%1.sqlite").arg(++m_files)), &error))
            qWarning("%s", qPrintable(error));
        return db;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void clockIsInjectable()
    {
        QVERIFY(!Clock::isFixed());
        QCOMPARE(Clock::today(), QDate::currentDate());
        {
            const FixedToday fixed(kToday);
            QCOMPARE(Clock::today(), kToday);
            QVERIFY(Clock::isFixed());
        }
        QVERIFY(!Clock::isFixed());
    }

    void derivedStatesAtBoundaries_data()
    {
        QTest::addColumn<QDate>("due");
        QTest::addColumn<int>("status");
        QTest::addColumn<QDate>("completed");
        QTest::addColumn<bool>("overdue");
        QTest::addColumn<int>("days");
        QTest::addColumn<int>("age");
        QTest::addColumn<int>("timing");
        using S = RecommendationStatus;
        using A = OverdueAge;
        using T = CompletionTiming;
        const auto row = [](const char *name, QDate due, S status, QDate completed, bool overdue,
                            int days, A age, T timing) {
            QTest::newRow(name) << due << int(status) << completed << overdue << days << int(age)
                                << int(timing);
        };
        row("due today", kToday, S::Open, {}, false, 0, A::NotOverdue, T::NotDone);
        row("due tomorrow", kToday.addDays(1), S::InProgress, {}, false, 0, A::NotOverdue,
            T::NotDone);
        row("due yesterday", kToday.addDays(-1), S::Open, {}, true, 1, A::Days1To30, T::NotDone);
        row("30 days", kToday.addDays(-30), S::InProgress, {}, true, 30, A::Days1To30, T::NotDone);
        row("31 days", kToday.addDays(-31), S::Open, {}, true, 31, A::Days31To60, T::NotDone);
        row("60 days", kToday.addDays(-60), S::Open, {}, true, 60, A::Days31To60, T::NotDone);
        row("61 days", kToday.addDays(-61), S::Open, {}, true, 61, A::Days61To90, T::NotDone);
        row("90 days", kToday.addDays(-90), S::Open, {}, true, 90, A::Days61To90, T::NotDone);
        row("91 days", kToday.addDays(-91), S::Open, {}, true, 91, A::Over90, T::NotDone);
        row("no deadline", QDate(), S::Open, {}, false, 0, A::NotOverdue, T::NotDone);
        row("done late", kToday.addDays(-10), S::Done, kToday.addDays(-5), false, 0, A::NotOverdue,
            T::Late);
        row("done on the day", kToday.addDays(-10), S::Done, kToday.addDays(-10), false, 0,
            A::NotOverdue, T::OnTime);
        row("cancelled long ago", kToday.addDays(-400), S::Cancelled, {}, false, 0, A::NotOverdue,
            T::NotDone);
    }

    // The same answers from the domain rule, the SQL list and the count.
    void derivedStatesAtBoundaries()
    {
        QFETCH(QDate, due);
        QFETCH(int, status);
        QFETCH(QDate, completed);
        QFETCH(bool, overdue);
        QFETCH(int, days);
        QFETCH(int, age);
        QFETCH(int, timing);
        const FixedToday fixed(kToday);
        const Recommendation rec =
            recommendation(QStringLiteral("Đề nghị"), due, RecommendationStatus(status), completed);
        QCOMPARE(isOverdue(rec, Clock::today()), overdue);
        QCOMPARE(daysOverdue(rec, Clock::today()), days);
        QCOMPARE(int(overdueAge(rec, Clock::today())), age);
        QCOMPARE(int(completionTiming(rec)), timing);

        auto db = freshDatabase();
        Visit visit = visitTo(kLongAn, QDate(2023, 6, 7), QStringLiteral("Làm việc"), {rec});
        QVERIFY(save(*db, visit));
        const FollowUp followUp(*db); // today from the clock
        QCOMPARE(followUp.asOf(), kToday);
        QString error;
        const QList<FollowUpRow> rows = followUp.list({}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().isOverdue(), overdue);
        QCOMPARE(rows.first().daysOverdue, days);
        QCOMPARE(followUp.overdueCount(), overdue ? 1 : 0);
        FollowUpFilter onlyOverdue;
        onlyOverdue.overdueOnly = true;
        QCOMPARE(followUp.list(onlyOverdue, &error).size(), overdue ? 1 : 0);
    }

    void listFiltersAndOrder()
    {
        auto db = freshDatabase();
        Visit a = visitTo(
            kLongAn, QDate(2023, 6, 7), QStringLiteral("Long An"),
            {recommendation(QStringLiteral("Đổi mới học tập nghị quyết"), kToday.addDays(-3)),
             recommendation(QStringLiteral("Tổng kết mô hình"), kToday.addDays(-100)),
             recommendation(QStringLiteral("Xong rồi"), kToday.addDays(-100),
                            RecommendationStatus::Done, kToday.addDays(-101))});
        Visit b = visitTo(QStringLiteral("Tỉnh ủy Đồng Tháp"), QDate(2023, 6, 8),
                          QStringLiteral("Đồng Tháp"),
                          {recommendation(QStringLiteral("Chậm đổi mới"), kToday.addDays(20)),
                           recommendation(QStringLiteral("Không hạn"), QDate())});
        b.recommendations[1].responsible = QStringLiteral("Đảng ủy Khối");
        QVERIFY(save(*db, a) && save(*db, b));
        const FollowUp followUp(*db, kToday);
        QString error;
        QList<FollowUpRow> rows = followUp.list({}, &error);
        QCOMPARE(rows.size(), 5);
        // Most overdue first, then by deadline, undated last.
        QCOMPARE(rows.at(0).daysOverdue, 100);
        QCOMPARE(rows.at(1).daysOverdue, 3);
        QCOMPARE(rows.at(2).text, QStringLiteral("Xong rồi"));
        QCOMPARE(rows.at(3).text, QStringLiteral("Chậm đổi mới"));
        QCOMPARE(rows.at(4).text, QStringLiteral("Không hạn"));

        FollowUpFilter filter;
        filter.host = QStringLiteral("dong thap");
        QCOMPARE(followUp.list(filter, &error).size(), 2);
        filter = {};
        filter.text = QStringLiteral("cham DOI moi");
        QCOMPARE(followUp.list(filter, &error).size(), 1);
        filter = {};
        filter.responsible = QStringLiteral("dang uy");
        QCOMPARE(followUp.list(filter, &error).size(), 1);
        filter = {};
        filter.status = RecommendationStatus::Done;
        QCOMPARE(followUp.list(filter, &error).size(), 1);
        filter.host = QStringLiteral("Long An");
        filter.status = std::nullopt;
        filter.overdueOnly = true;
        QCOMPARE(followUp.list(filter, &error).size(), 2);
    }

    void overdueAgeBucketsFilterAtBoundaries()
    {
        // Days overdue 1, 30 | 31, 60 | 61, 90 | 91, 400; one due today; one done late.
        QList<Recommendation> recs;
        for (const int days : {1, 30, 31, 60, 61, 90, 91, 400, 0})
            recs << recommendation(QStringLiteral("Quá hạn %1 ngày").arg(days),
                                   kToday.addDays(-days));
        recs << recommendation(QStringLiteral("Xong muộn"), kToday.addDays(-45),
                               RecommendationStatus::Done, kToday.addDays(-2));
        auto db = freshDatabase();
        Visit visit = visitTo(kLongAn, QDate(2023, 6, 7), QStringLiteral("Làm việc"), recs);
        QVERIFY(save(*db, visit));
        const FollowUp followUp(*db, kToday);
        QString error;
        const QList<std::pair<OverdueAge, QList<int>>> expected = {
            {OverdueAge::Days1To30, {30, 1}},
            {OverdueAge::Days31To60, {60, 31}},
            {OverdueAge::Days61To90, {90, 61}},
            {OverdueAge::Over90, {400, 91}}};
        for (const auto &[age, days] : expected) {
            FollowUpFilter filter;
            filter.overdueAge = age;
            QList<int> found;
            for (const FollowUpRow &row : followUp.list(filter, &error)) {
                QCOMPARE(overdueAgeOf(row.daysOverdue), age);
                found << row.daysOverdue;
            }
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QCOMPARE(found, days);
        }
        QCOMPARE(overdueAgeFromKey(QStringLiteral("61-90")), OverdueAge::Days61To90);
        QCOMPARE(toKey(OverdueAge::Over90), QStringLiteral("over-90"));
        QVERIFY(!overdueAgeFromKey(QStringLiteral("90+")));
    }

    void updatesAreAppendedNeverRewritten()
    {
        auto db = freshDatabase();
        Recommendation rec = recommendation(QStringLiteral("Đề nghị"), kToday.addDays(-5));
        rec.updates = {{QDate(2024, 1, 10), QStringLiteral("Bắt đầu"), 10, {}, {}}};
        Visit visit = visitTo(kLongAn, QDate(2023, 6, 7), QStringLiteral("Làm việc"), {rec});
        QVERIFY(save(*db, visit));
        FollowUp followUp(*db, kToday);
        QString error;
        const qint64 id = followUp.list({}, &error).first().id;
        QSqlQuery first(db->connection());
        QVERIFY(first.exec(QStringLiteral("SELECT id, date, note FROM follow_up_updates")));
        QVERIFY(first.next());
        const QVariantList before{first.value(0), first.value(1), first.value(2)};
        first.finish();

        NewFollowUpUpdate request;
        request.recommendationId = id;
        request.update = {QDate(2024, 6, 1),
                          QStringLiteral("Đã ban hành kế hoạch"),
                          60,
                          QStringLiteral("KH 12-KH/TU"),
                          {}};
        request.newStatus = RecommendationStatus::InProgress;
        FollowUpResult result = followUp.addUpdate(request);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(updateSeqs(*db, id), (QList<qint64>{0, 1}));

        // Earlier than the last update: refused, nothing written.
        request.update.date = QDate(2024, 5, 1);
        result = followUp.addUpdate(request);
        QVERIFY(!result.ok);
        QCOMPARE(result.issues.first().path, QStringLiteral("date"));
        // After today: refused. Without a note: refused.
        request.update.date = kToday.addDays(1);
        request.update.note.clear();
        request.update.progress = 101;
        result = followUp.addUpdate(request);
        QCOMPARE(result.issues.size(), 3);
        QCOMPARE(updateSeqs(*db, id).size(), 2);

        request.update = {kToday, QStringLiteral("Hoàn thành"), 100, {}, {}};
        request.newStatus = RecommendationStatus::Done;
        QVERIFY(followUp.addUpdate(request).ok);
        QCOMPARE(updateSeqs(*db, id), (QList<qint64>{0, 1, 2}));

        QSqlQuery after(db->connection());
        QVERIFY(after.exec(QStringLiteral("SELECT id, date, note FROM follow_up_updates"
                                          " ORDER BY seq LIMIT 1")));
        QVERIFY(after.next());
        QCOMPARE((QVariantList{after.value(0), after.value(1), after.value(2)}), before);

        const FollowUpRow row = *followUp.recommendation(id, &error);
        QCOMPARE(row.status, RecommendationStatus::Done);
        QCOMPARE(row.completed, kToday);
        QCOMPARE(row.updateCount, 3);
        QCOMPARE(row.lastUpdateNote, QStringLiteral("Hoàn thành"));
        QCOMPARE(row.lastProgress, std::optional<int>(100));
        QVERIFY(!row.isOverdue());
        // The visit read whole has the log in order.
        const auto visitBack = VisitService(*db).load(visit.id, &error);
        QCOMPARE(visitBack->recommendations.first().updates.size(), 3);
        QCOMPARE(visitBack->recommendations.first().updates.at(1).evidence,
                 QStringLiteral("KH 12-KH/TU"));
    }

    // Three visits to one host: the second verifies what the first asked, the
    // third sees only what is still open, and verdicts survive re-saves.
    void carryOverAcrossThreeVisits()
    {
        auto db = freshDatabase();
        Visit first =
            visitTo(kLongAn, QDate(2023, 6, 7), QStringLiteral("Lần 1"),
                    {recommendation(QStringLiteral("R1 học tập nghị quyết"), QDate(2023, 12, 31)),
                     recommendation(QStringLiteral("R2 tổng kết mô hình"), QDate(2024, 3, 31)),
                     recommendation(QStringLiteral("R3 đã xong"), QDate(2023, 9, 30),
                                    RecommendationStatus::Done, QDate(2023, 9, 1))});
        Visit elsewhere = visitTo(QStringLiteral("Tỉnh ủy Đồng Tháp"), QDate(2023, 6, 8),
                                  QStringLiteral("Đồng Tháp"),
                                  {recommendation(QStringLiteral("Khác"), QDate(2023, 12, 31))});
        QVERIFY(save(*db, first) && save(*db, elsewhere));

        FollowUp followUp(*db, kToday);
        Visit second = visitTo(kLongAn, QDate(2024, 4, 10), QStringLiteral("Lần 2"),
                               {recommendation(QStringLiteral("R4 mới"), QDate(2024, 12, 31))});
        QString error;
        QList<FollowUpRow> candidates = followUp.carryOverCandidates(second, &error);
        QCOMPARE(candidates.size(), 2); // R1, R2: open, same host, earlier
        QCOMPARE(candidates.at(0).text, QStringLiteral("R1 học tập nghị quyết"));
        QCOMPARE(candidates.at(0).daysOverdue, 101); // as of the visit's date
        // Not the visit's own date: a visit on the same day is not earlier.
        Visit sameDay = visitTo(kLongAn, first.date, QStringLiteral("Cùng ngày"));
        QVERIFY(followUp.carryOverCandidates(sameDay, &error).isEmpty());

        second.carriedOver = {
            {candidates.at(0).id, Verdict::Implemented, QStringLiteral("Đã học tập 98%")},
            {candidates.at(1).id, Verdict::Partly, {}}};
        QVERIFY(save(*db, second));
        const FollowUpRow r1 = *followUp.recommendation(candidates.at(0).id, &error);
        const FollowUpRow r2 = *followUp.recommendation(candidates.at(1).id, &error);
        QCOMPARE(r1.status, RecommendationStatus::Done);
        QCOMPARE(r1.completed, second.date);
        QCOMPARE(r1.updateCount, 1);
        QCOMPARE(r1.lastUpdateDate, second.date);
        QVERIFY2(r1.lastUpdateNote.contains(QStringLiteral("Implemented")),
                 qPrintable(r1.lastUpdateNote));
        QVERIFY(r1.lastUpdateNote.contains(QStringLiteral("Đã học tập 98%")));
        QCOMPARE(r1.lastProgress, std::optional<int>(100));
        QCOMPARE(r2.status, RecommendationStatus::InProgress);

        // Saving again without a change adds nothing; a changed note adds one.
        std::optional<Visit> reread = VisitService(*db).load(second.id, &error);
        QCOMPARE(reread->carriedOver, second.carriedOver);
        QVERIFY(save(*db, *reread));
        QCOMPARE(followUp.recommendation(r2.id, &error)->updateCount, 1);
        reread->carriedOver[1].note = QStringLiteral("Mới tổng kết 2 huyện");
        QVERIFY(save(*db, *reread));
        QCOMPARE(followUp.recommendation(r2.id, &error)->updateCount, 2);

        // Re-saving the first visit renews its recommendations' ids; the
        // verdicts the second visit recorded follow them.
        std::optional<Visit> firstBack = VisitService(*db).load(first.id, &error);
        firstBack->title = QStringLiteral("Lần 1 (sửa)");
        QVERIFY(save(*db, *firstBack));
        reread = VisitService(*db).load(second.id, &error);
        QCOMPARE(reread->carriedOver.size(), 2);
        QCOMPARE(followUp.recommendation(reread->carriedOver.at(0).recommendationId, &error)->text,
                 QStringLiteral("R1 học tập nghị quyết"));
        QCOMPARE(reread->carriedOver.at(1).verdict, Verdict::Partly);

        // The third visit: R1 is done; R2 (partly) and R4 (from the second) remain.
        Visit third = visitTo(kLongAn, QDate(2024, 6, 1), QStringLiteral("Lần 3"));
        candidates = followUp.carryOverCandidates(third, &error);
        QCOMPARE(candidates.size(), 2);
        QCOMPARE(candidates.at(0).text, QStringLiteral("R2 tổng kết mô hình"));
        QCOMPARE(candidates.at(1).text, QStringLiteral("R4 mới"));
        third.carriedOver = {
            {candidates.at(0).id, Verdict::NotImplemented, QStringLiteral("Chưa")}};
        QVERIFY(save(*db, third));
        QCOMPARE(followUp.recommendation(candidates.at(0).id, &error)->updateCount, 3);
        // A recorded verdict stays listed for its visit even once closed.
        third.carriedOver = {{candidates.at(0).id, Verdict::Implemented, {}}};
        QVERIFY(save(*db, third));
        QCOMPARE(followUp.carryOverCandidates(third, &error).size(), 2);
        QCOMPARE(followUp.recommendation(candidates.at(0).id, &error)->status,
                 RecommendationStatus::Done);

        // Deleting the verifying visit takes its verdicts, not the updates.
        QVERIFY(VisitService(*db).remove(third.id, &error));
        QCOMPARE(followUp.recommendation(candidates.at(0).id, &error)->updateCount, 4);
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM carry_over_verdicts")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        // Every appended verdict and rewritten visit kept the stored latest
        // update dates in step (schema 14).
        QCOMPARE(checkDatabase(*db), QStringList());
    }

    void verdictOnOwnOrUnknownRecommendationIsRefused()
    {
        auto db = freshDatabase();
        Visit visit = visitTo(kLongAn, QDate(2023, 6, 7), QStringLiteral("Lần 1"),
                              {recommendation(QStringLiteral("R1"), QDate(2023, 12, 31))});
        QVERIFY(save(*db, visit));
        QString error;
        const qint64 own = FollowUp(*db, kToday).list({}, &error).first().id;
        visit.carriedOver = {{own, Verdict::Implemented, {}}};
        SaveResult result = VisitService(*db).save(visit);
        QVERIFY(!result.ok);
        visit.carriedOver = {{own + 1000, Verdict::Implemented, {}}};
        result = VisitService(*db).save(visit);
        QVERIFY(!result.ok);
        QVERIFY(!result.error.isEmpty());
        QCOMPARE(FollowUp(*db, kToday).recommendation(own, &error)->updateCount, 0);
    }
};

QTEST_GUILESS_MAIN(TestFollowUp)
#include "test_followup.moc"
