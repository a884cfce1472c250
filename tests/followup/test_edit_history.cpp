// Undo and redo at the services level (issue 7, "Nothing lost"): a save, an
// edit and a deletion round-trip exactly (compared as interchange JSON, which
// holds every record of the visit); undoing the deletion of a visit puts back
// the verdicts a later visit recorded on its recommendations without applying
// them a second time; a step whose visit changed since is refused and
// changes nothing; every undo and redo is logged like any change. Every case
// runs twice: with the step's states in memory and in a temporary file (as
// an import of thousands of visits keeps them), whose bytes keep every field.

#include "FollowUpFixtures.h"

#include "services/EditHistory.h"
#include "services/FollowUp.h"
#include "services/JsonInterchange.h"
#include "services/VisitService.h"
#include "services/VisitStates.h"
#include "storage/ChangeLog.h"
#include "storage/Database.h"
#include "storage/RecommendationPlaces.h"
#include "storage/SearchIndex.h"
#include "storage/VisitRepository.h"

#include <QDir>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace vt;
using namespace vt::test;

namespace {

const QString kLongAn = QStringLiteral("Tỉnh ủy Long An");

// The visit as the interchange format writes it: every record, no ids.
QByteArray json(Database &db, qint64 visitId)
{
    const std::optional<Visit> visit = VisitRepository(db).load(visitId, nullptr);
    return visit ? writeInterchange({*visit}) : QByteArray();
}

Visit earlierVisit()
{
    Visit visit =
        visitTo(kLongAn, QDate(2023, 6, 7), QStringLiteral("Làm việc tại Long An"),
                {recommendation(QStringLiteral("Đổi mới tuyên truyền"), QDate(2023, 12, 31)),
                 recommendation(QStringLiteral("Tổng kết Nghị quyết 35"), QDate(2024, 6, 30))});
    visit.ref = QStringLiteral("la-2023");
    visit.findings = {{QStringLiteral("f1"),
                       FindingCategory::Limitation,
                       QStringLiteral("Tuyên truyền"),
                       QStringLiteral("Chưa đồng bộ"),
                       QString(),
                       {}}};
    visit.recommendations[0].addresses = {QStringLiteral("f1")};
    visit.attendees = {{QStringLiteral("Nguyễn Trọng Nghĩa"),
                        QStringLiteral("Trưởng ban"),
                        QStringLiteral("Ban Tuyên giáo Trung ương"),
                        Side::Delegation,
                        AttendeeRole::Head,
                        true,
                        QString(),
                        {}}};
    return visit;
}

// Saves through the service as the session does: the step it records.
RecordedChange recordedSave(Database &db, Visit &visit)
{
    ChangeRecording recording(db, EditHistory(db).reach(visit));
    if (save(db, visit) == 0)
        return {};
    return recording.finish({visit.id});
}

RecordedChange recordedRemove(Database &db, qint64 visitId)
{
    ChangeRecording recording(db, EditHistory(db).reach(visitId));
    QString error;
    if (!VisitService(db).remove(visitId, &error))
        qWarning("%s", qPrintable(error));
    return recording.finish();
}

// A step swaps its sides each time: undo and redo are one call, named for
// what the test means.
bool undo(Database &db, RecordedChange &change, QString *error = nullptr)
{
    return EditHistory(db).restore(change, nullptr, error);
}

bool redo(Database &db, RecordedChange &change, QString *error = nullptr)
{
    return EditHistory(db).restore(change, nullptr, error);
}

// Every field away from its default, so that a field the codec forgets
// shows as a difference.
VisitState everyField()
{
    Visit visit = earlierVisit();
    visit.id = 42;
    visit.kind = VisitKind::Supervision;
    visit.status = VisitStatus::Concluded;
    visit.endDate = QDate(2023, 6, 8);
    visit.location = QStringLiteral("Tân An");
    visit.topic = QStringLiteral("Công tác xây dựng Đảng");
    visit.summary = QStringLiteral("Tóm tắt");
    visit.extensions = {{QStringLiteral("x-so"), 3}, {QStringLiteral("x-ty-le"), 0.1 + 0.2}};
    visit.attendees[0].present = false;
    visit.attendees[0].note = QStringLiteral("Đi công tác");
    visit.attendees[0].extensions = {{QStringLiteral("x-dien-thoai"), QStringLiteral("0272")}};
    visit.figures = {{QStringLiteral("GRDP"),
                      7.2,
                      QStringLiteral("%"),
                      QDate(2023, 6, 30),
                      {{QStringLiteral("x-nguon"), QJsonArray{1, 2.5, QStringLiteral("a")}}}}};
    visit.findings[0].organisation = QStringLiteral("Ban Tuyên giáo Tỉnh ủy");
    visit.findings[0].extensions = {{QStringLiteral("x-muc"), true}};
    visit.indicators = {{QStringLiteral("Tỷ lệ hộ nghèo"),
                         QStringLiteral("%"),
                         QStringLiteral("2023"),
                         1.5,
                         1.2,
                         QDate(2023, 6, 1),
                         {{QStringLiteral("x-a"), QJsonValue::Null}}},
                        {QStringLiteral("Kết nạp đảng viên"),
                         QString(),
                         QString(),
                         std::nullopt,
                         -0.0,
                         QDate(),
                         {}}};
    visit.recommendations[0].responsible = QStringLiteral("Ban Tuyên giáo");
    visit.recommendations[0].status = RecommendationStatus::Done;
    visit.recommendations[0].completed = QDate(2023, 11, 30);
    visit.recommendations[0].updates = {
        {QDate(2023, 9, 1),
         QStringLiteral("Đã triển khai"),
         50,
         QStringLiteral("CV 12"),
         {{QStringLiteral("x-b"), 1}}},
        {QDate(2023, 10, 1), QString(), std::nullopt, QString(), {}}};
    visit.recommendations[0].extensions = {{QStringLiteral("x-c"), QJsonObject{}}};
    visit.carriedOver = {{0, Verdict::Partly, QStringLiteral("Đang làm")}};
    return {42, visit, {{7, 1, QStringLiteral("Tổng kết Nghị quyết 35")}}};
}

qint64 recommendationOf(Database &db, qint64 visitId, qint64 position, const QString &text)
{
    return RecommendationPlaces(db).find({visitId, position, text}, nullptr);
}

} // namespace

class TestEditHistory : public QObject
{
    Q_OBJECT

    DatabaseFiles m_files;

    std::unique_ptr<Database> freshDatabase() { return m_files.fresh(); }

private slots:
    void initTestCase_data()
    {
        QTest::addColumn<qint64>("memoryLimit");
        QTest::newRow("states in memory") << VisitStates::memoryLimit();
        QTest::newRow("states on disk") << qint64(0);
    }

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_files.isValid());
    }

    void init()
    {
        QFETCH_GLOBAL(qint64, memoryLimit);
        VisitStates::setMemoryLimit(memoryLimit);
    }

    void statesKeepEveryField()
    {
        const VisitState state = everyField();
        const QByteArray bytes = state_codec::encode(state);
        const std::optional<VisitState> back = state_codec::decode(bytes);
        QVERIFY(back);
        QVERIFY(*back == state);
        QCOMPARE(back->visit->extensions.value(QStringLiteral("x-so")).type(), QJsonValue::Double);
        QCOMPARE(state_codec::encode(*back), bytes);
        QVERIFY(!state_codec::decode(bytes.first(bytes.size() - 1)));
        QVERIFY(!state_codec::decode(bytes + '\0'));
        QVERIFY(!state_codec::decode(QByteArray(64, '\xff')));

        // One field apart: another fingerprint. An absent visit has one too.
        VisitState other = state;
        other.visit->recommendations[0].updates[1].note = QStringLiteral(" ");
        QVERIFY(VisitStates::fingerprintOf(other) != VisitStates::fingerprintOf(state));
        const VisitState absent{42, std::nullopt, {}};
        QVERIFY(state_codec::decode(state_codec::encode(absent)) == absent);
        QVERIFY(VisitStates::fingerprintOf(absent) != VisitStates::fingerprintOf(state));
    }

    void statesGoToAFileWhenLarge()
    {
        QFETCH_GLOBAL(qint64, memoryLimit);
        VisitStates states;
        QString error;
        VisitState state = everyField();
        for (int i = 0; i < 20; ++i) {
            state.visitId = i;
            QVERIFY2(states.append(state, &error), qPrintable(error));
        }
        if (memoryLimit == 0) {
            QCOMPARE(states.memoryBytes(), 0);
            QVERIFY(states.diskBytes() > 0);
        } else {
            QCOMPARE(states.diskBytes(), 0);
        }
        // Some of them, sharing the bytes: nothing is copied.
        VisitStates some;
        QVERIFY(some.appendFrom(states, 3, &error) && some.appendFrom(states, 17, &error));
        QCOMPARE(some.diskBytes() + some.memoryBytes(), states.diskBytes() + states.memoryBytes());
        QCOMPARE(some.size(), 2);
        QCOMPARE(some.visitId(1), 17);
        QCOMPARE(some.fingerprint(0), states.fingerprint(3));
        const std::optional<VisitState> back = some.read(1, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->visitId, 17);
        QVERIFY(back->visit == state.visit);
    }

    void anUnkeptStepSaysWhy()
    {
        QFETCH_GLOBAL(qint64, memoryLimit);
        if (memoryLimit != 0)
            QSKIP("only a step kept on disk can fail to be kept");
        // A temporary "folder" that is a file stands for a full disk (the
        // tests run as root, who may write anywhere).
        const QByteArray oldTmp = qgetenv("TMPDIR");
        const QString notAFolder = m_files.path(QStringLiteral("vt-not-a-folder"));
        QFile file(notAFolder);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        qputenv("TMPDIR", QFile::encodeName(notAFolder));
        auto db = freshDatabase();
        Visit visit = earlierVisit();
        const RecordedChange added = recordedSave(*db, visit);
        qputenv("TMPDIR", oldTmp);
        QVERIFY(added.isEmpty());
        QVERIFY2(added.problem.contains(QStringLiteral("vt-not-a-folder")),
                 qPrintable(added.problem));
        QVERIFY(VisitRepository(*db).contains(visit.id)); // saved all the same
    }

    void saveEditAndDeleteRoundTrip()
    {
        auto db = freshDatabase();
        Visit visit = earlierVisit();
        RecordedChange added = recordedSave(*db, visit);
        QVERIFY(!added.isEmpty());
        const qint64 id = visit.id;
        const QByteArray original = json(*db, id);

        // Undo of the addition removes it; redo brings it back under the same id.
        QVERIFY(undo(*db, added));
        QVERIFY(!VisitRepository(*db).contains(id));
        QVERIFY(redo(*db, added));
        QCOMPARE(json(*db, id), original);

        // An edit of every kind of record, undone and redone.
        Visit edited = *VisitRepository(*db).load(id, nullptr);
        edited.title = QStringLiteral("Làm việc với Ban Thường vụ Tỉnh ủy Long An");
        edited.recommendations.removeAt(1);
        edited.recommendations[0].updates.append(
            {QDate(2023, 8, 1), QStringLiteral("Đã ban hành kế hoạch"), 30, QString(), {}});
        edited.figures = {
            {QStringLiteral("GRDP"), 7.2, QStringLiteral("%"), QDate(2023, 6, 30), {}}};
        RecordedChange edit = recordedSave(*db, edited);
        QCOMPARE(edit.size(), 1);
        const QByteArray changed = json(*db, id);
        QVERIFY(changed != original);
        QVERIFY(undo(*db, edit));
        QCOMPARE(json(*db, id), original);
        QVERIFY(redo(*db, edit));
        QCOMPARE(json(*db, id), changed);

        // Deletion with all its records, undone: the same id, ref and records.
        RecordedChange removed = recordedRemove(*db, id);
        QVERIFY(!removed.isEmpty());
        QVERIFY(!VisitRepository(*db).contains(id));
        QVERIFY(undo(*db, removed));
        QCOMPARE(VisitRepository(*db).idForRef(QStringLiteral("la-2023")), id);
        QCOMPARE(json(*db, id), changed);
        QVERIFY(redo(*db, removed));
        QVERIFY(!VisitRepository(*db).contains(id));

        // Back through the whole stack to the empty database, and forward again.
        QVERIFY(undo(*db, removed));
        QVERIFY(undo(*db, edit));
        QVERIFY(undo(*db, added));
        QCOMPARE(VisitRepository(*db).count(), 0);
        QVERIFY(redo(*db, added));
        QVERIFY(redo(*db, edit));
        QCOMPARE(json(*db, id), changed);
        // The search index went along, entry for entry (held back and
        // written in rowid order by undo's batch).
        QSqlQuery check(db->connection());
        QVERIFY2(check.exec(QStringLiteral(
                     "INSERT INTO search_index (search_index) VALUES ('integrity-check')")),
                 qPrintable(check.lastError().text()));
        const SearchIndex search(*db);
        QCOMPARE(search.count(QStringLiteral("Ban Thường vụ"), 10), 1);
        QCOMPARE(search.count(QStringLiteral("Chưa đồng bộ"), 10), 1);
    }

    void deletionUndoPutsBackLaterVerdictsOnce()
    {
        auto db = freshDatabase();
        Visit earlier = earlierVisit();
        QVERIFY(save(*db, earlier) != 0);
        const qint64 judged =
            recommendationOf(*db, earlier.id, 0, QStringLiteral("Đổi mới tuyên truyền"));
        QVERIFY(judged != 0);

        Visit later = visitTo(kLongAn, QDate(2024, 5, 10), QStringLiteral("Kiểm tra Long An"));
        later.carriedOver = {{judged, Verdict::Implemented, QStringLiteral("Đã hoàn thành")}};
        QVERIFY(save(*db, later) != 0);
        // The verdict became one update of the earlier recommendation.
        Visit stored = *VisitRepository(*db).load(earlier.id, nullptr);
        QCOMPARE(stored.recommendations[0].updates.size(), 1);
        QCOMPARE(stored.recommendations[0].status, RecommendationStatus::Done);
        const QByteArray earlierJson = json(*db, earlier.id);
        // What a change to either can touch: itself and the other, each once,
        // for one visit and for a list (an import's).
        Visit other = visitTo(kLongAn, QDate(2024, 6, 1), QStringLiteral("Khảo sát"));
        QVERIFY(save(*db, other) != 0);
        const EditHistory history(*db);
        QCOMPARE(history.reach(later.id), (QList<qint64>{later.id, earlier.id}));
        QCOMPARE(history.reach(earlier.id), (QList<qint64>{earlier.id, later.id}));
        QCOMPARE(history.reach(QList<qint64>{later.id, 0, earlier.id, other.id, later.id}),
                 (QList<qint64>{later.id, earlier.id, other.id}));
        QCOMPARE(history.reach(qint64(0)), QList<qint64>());

        // Deleting the earlier visit drops the later visit's verdict with it.
        RecordedChange removed = recordedRemove(*db, earlier.id);
        QCOMPARE(removed.size(), 2); // the earlier visit and the later one
        QVERIFY(VisitRepository(*db).load(later.id, nullptr)->carriedOver.isEmpty());

        for (int round = 0; round < 2; ++round) {
            QVERIFY(undo(*db, removed));
            QCOMPARE(json(*db, earlier.id), earlierJson); // one update, not two
            const Visit laterNow = *VisitRepository(*db).load(later.id, nullptr);
            QCOMPARE(laterNow.carriedOver.size(), 1);
            const qint64 again =
                recommendationOf(*db, earlier.id, 0, QStringLiteral("Đổi mới tuyên truyền"));
            QCOMPARE(laterNow.carriedOver[0].recommendationId, again);
            QCOMPARE(laterNow.carriedOver[0].verdict, Verdict::Implemented);
            QCOMPARE(laterNow.carriedOver[0].note, QStringLiteral("Đã hoàn thành"));
            QVERIFY(redo(*db, removed));
            QVERIFY(!VisitRepository(*db).contains(earlier.id));
        }
        QVERIFY(undo(*db, removed));

        // Deleting the later visit and undoing it: its verdict is back, the
        // earlier recommendation still has its one update.
        RecordedChange laterRemoved = recordedRemove(*db, later.id);
        QVERIFY(undo(*db, laterRemoved));
        QCOMPARE(VisitRepository(*db).load(later.id, nullptr)->carriedOver.size(), 1);
        QCOMPARE(json(*db, earlier.id), earlierJson);
    }

    void editOfAVerdictIsUndoneOnBothVisits()
    {
        auto db = freshDatabase();
        Visit earlier = earlierVisit();
        QVERIFY(save(*db, earlier) != 0);
        const qint64 judged =
            recommendationOf(*db, earlier.id, 1, QStringLiteral("Tổng kết Nghị quyết 35"));
        Visit later = visitTo(kLongAn, QDate(2024, 5, 10), QStringLiteral("Kiểm tra Long An"));
        QVERIFY(save(*db, later) != 0);
        const QByteArray earlierJson = json(*db, earlier.id);

        later.carriedOver = {{judged, Verdict::Partly, QStringLiteral("Đang làm")}};
        RecordedChange verdict = recordedSave(*db, later);
        QCOMPARE(verdict.size(), 2); // the verdict wrote an update of the earlier visit
        QVERIFY(json(*db, earlier.id) != earlierJson);
        QVERIFY(undo(*db, verdict));
        QCOMPARE(json(*db, earlier.id), earlierJson);
        QVERIFY(VisitRepository(*db).load(later.id, nullptr)->carriedOver.isEmpty());
        QVERIFY(redo(*db, verdict));
        const Visit earlierNow = *VisitRepository(*db).load(earlier.id, nullptr);
        QCOMPARE(earlierNow.recommendations[1].updates.size(), 1);
        QCOMPARE(earlierNow.recommendations[1].status, RecommendationStatus::InProgress);
    }

    void followUpUpdateIsUndone()
    {
        auto db = freshDatabase();
        Visit visit = earlierVisit();
        QVERIFY(save(*db, visit) != 0);
        const QByteArray before = json(*db, visit.id);
        NewFollowUpUpdate request;
        request.recommendationId =
            recommendationOf(*db, visit.id, 0, QStringLiteral("Đổi mới tuyên truyền"));
        request.update = {QDate(2023, 9, 1), QStringLiteral("Đã triển khai"), 50, QString(), {}};
        ChangeRecording recording(*db, EditHistory(*db).reach(visit.id));
        QVERIFY(FollowUp(*db, QDate(2023, 10, 1)).addUpdate(request).ok);
        RecordedChange step = recording.finish();
        const QByteArray after = json(*db, visit.id);
        QVERIFY(undo(*db, step));
        QCOMPARE(json(*db, visit.id), before);
        QVERIFY(redo(*db, step));
        QCOMPARE(json(*db, visit.id), after);
    }

    void refusesWhenTheVisitChangedSince()
    {
        auto db = freshDatabase();
        Visit visit = earlierVisit();
        QVERIFY(save(*db, visit) != 0);
        Visit edited = visit;
        edited.summary = QStringLiteral("Tóm tắt thứ nhất");
        RecordedChange step = recordedSave(*db, edited);
        // Another change, made outside this step (another window, the command line).
        Visit other = *VisitRepository(*db).load(visit.id, nullptr);
        other.summary = QStringLiteral("Tóm tắt thứ hai");
        QVERIFY(save(*db, other) != 0);
        const QByteArray current = json(*db, visit.id);
        const qsizetype logged = ChangeLog(*db).entries(0, 100000, nullptr).size();

        QString error;
        QVERIFY(!undo(*db, step, &error));
        QVERIFY2(error.contains(visit.title), qPrintable(error));
        QCOMPARE(json(*db, visit.id), current);
        QCOMPARE(ChangeLog(*db).entries(0, 100000, nullptr).size(), logged);

        // A deletion cannot be undone once the ref is taken by another visit.
        RecordedChange removed = recordedRemove(*db, visit.id);
        Visit replacement = earlierVisit();
        QVERIFY(save(*db, replacement) != 0);
        QVERIFY(!undo(*db, removed, &error));
        QCOMPARE(VisitRepository(*db).count(), 1);
    }

    // A step of hundreds of visits (an import's) reads how they stand after it
    // on a second connection too: the marks must be each visit's own, in order.
    void aLargeStepIsMarkedVisitByVisit()
    {
        auto db = freshDatabase();
        ChangeRecording recording(*db, {});
        QList<qint64> ids;
        for (int i = 0; i < 300; ++i) {
            Visit visit = earlierVisit();
            visit.ref = QStringLiteral("la-%1").arg(i);
            visit.title = QStringLiteral("Làm việc tại Long An, lần %1").arg(i);
            QVERIFY(save(*db, visit) != 0);
            ids.append(visit.id);
        }
        RecordedChange step = recording.finish(ids);
        QCOMPARE(step.size(), 300);
        const EditHistory history(*db);
        for (qsizetype i = 0; i < step.size(); ++i) {
            const StateMark &mark = step.current.at(i);
            QCOMPARE(mark.visitId, ids.at(i));
            QVERIFY(mark.present);
            const std::optional<VisitState> now = history.capture(mark.visitId, nullptr);
            QVERIFY(now);
            QCOMPARE(mark.fingerprint, VisitStates::fingerprintOf(*now));
        }

        // A visit of the second half changed since: the step is refused.
        Visit edited = *VisitRepository(*db).load(ids.at(250), nullptr);
        const Visit unedited = edited;
        edited.summary = QStringLiteral("Đã sửa sau bước này");
        QVERIFY(save(*db, edited) != 0);
        QString error;
        QVERIFY(!undo(*db, step, &error));
        QVERIFY2(error.contains(edited.title), qPrintable(error));
        QCOMPARE(VisitRepository(*db).count(), 300);

        Visit back = unedited;
        QVERIFY(save(*db, back) != 0);
        QVERIFY2(undo(*db, step, &error), qPrintable(error));
        QCOMPARE(VisitRepository(*db).count(), 0);
        QVERIFY2(redo(*db, step, &error), qPrintable(error));
        QCOMPARE(VisitRepository(*db).count(), 300);
    }

    void progressCountsEveryVisitThrice()
    {
        auto db = freshDatabase();
        Visit earlier = earlierVisit();
        QVERIFY(save(*db, earlier) != 0);
        const qint64 judged =
            recommendationOf(*db, earlier.id, 0, QStringLiteral("Đổi mới tuyên truyền"));
        Visit later = visitTo(kLongAn, QDate(2024, 5, 10), QStringLiteral("Kiểm tra Long An"));
        later.carriedOver = {{judged, Verdict::Implemented, QString()}};
        QVERIFY(save(*db, later) != 0);
        RecordedChange removed = recordedRemove(*db, earlier.id);
        QCOMPARE(removed.size(), 2);
        QList<std::pair<qsizetype, qsizetype>> reports;
        QString error;
        QVERIFY2(EditHistory(*db).restore(removed, nullptr, &error,
                                          [&](qsizetype done, qsizetype total) {
                                              reports.append({done, total});
                                          }),
                 qPrintable(error));
        QCOMPARE(reports.size(), 7); // two visits, three passes, and the end
        for (qsizetype i = 0; i < reports.size(); ++i)
            QCOMPARE(reports.at(i), std::make_pair(i, qsizetype(6)));
    }

    void undoAndRedoAreLogged()
    {
        auto db = freshDatabase();
        Visit visit = earlierVisit();
        QVERIFY(save(*db, visit) != 0);
        RecordedChange removed = recordedRemove(*db, visit.id);
        const auto count = [&] { return ChangeLog(*db).entries(visit.id, 100000, nullptr).size(); };
        const qsizetype afterDelete = count();
        QVERIFY(undo(*db, removed));
        const QList<ChangeEntry> entries = ChangeLog(*db).entries(visit.id, 100000, nullptr);
        QVERIFY(entries.size() > afterDelete);
        QCOMPARE(entries.first().action, ChangeAction::Insert); // newest first
        QVERIFY(redo(*db, removed));
        QVERIFY(count() > entries.size());
        QCOMPARE(ChangeLog(*db).entries(visit.id, 1, nullptr).first().action, ChangeAction::Delete);
    }
};

QTEST_GUILESS_MAIN(TestEditHistory)
#include "test_edit_history.moc"
