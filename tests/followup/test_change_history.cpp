// The change history (issue 7): every insert, update and delete of a record
// is appended with who, when and the values before and after, in the
// transaction that made the change; carry-over verdicts log the earlier
// visit's new update; the history outlives a deleted visit and cannot be
// edited; the history dialog shows one visit's entries.

#include "FollowUpFixtures.h"

#include "gui/ChangeHistoryDialog.h"
#include "gui/ChangeValueText.h"
#include "gui/DatabaseSession.h"
#include "services/ChangeHistory.h"
#include "services/DemoData.h"
#include "services/FollowUp.h"
#include "services/OrganisationService.h"
#include "services/VisitService.h"
#include "storage/ChangeLog.h"
#include "storage/Database.h"
#include "storage/VisitRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace vt;
using namespace vt::test;

namespace {

const QString kLongAn = QStringLiteral("Tỉnh ủy Long An");

QJsonObject json(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

// Oldest first, for reading the tests top to bottom.
QList<ChangeEntry> history(Database &db, qint64 visitId)
{
    QString error;
    QList<ChangeEntry> entries = ChangeLog(db).entries(visitId, 1000, &error);
    std::reverse(entries.begin(), entries.end());
    return entries;
}

} // namespace

class TestChangeHistory : public QObject
{
    Q_OBJECT

    DatabaseFiles m_files;

    std::unique_ptr<Database> freshDatabase() { return m_files.fresh(); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_files.isValid());
    }

    void savesLogOnlyWhatChanged()
    {
        auto db = freshDatabase();
        Visit visit = visitTo(kLongAn, QDate(2023, 6, 7), QStringLiteral("Làm việc"),
                              {recommendation(QStringLiteral("Đổi mới"), QDate(2023, 12, 31))});
        visit.findings = {{QStringLiteral("f1"),
                           FindingCategory::Limitation,
                           QStringLiteral("Tuyên truyền"),
                           QStringLiteral("Chậm đổi mới"),
                           {},
                           {}}};
        QVERIFY(save(*db, visit));
        QList<ChangeEntry> entries = history(*db, visit.id);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.at(0).record, QStringLiteral("visit"));
        QCOMPARE(entries.at(0).action, ChangeAction::Insert);
        QCOMPARE(entries.at(0).user, currentUserName());
        QVERIFY(!entries.at(0).user.isEmpty());
        QVERIFY(qAbs(entries.at(0).at.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        QVERIFY(entries.at(0).oldValue.isEmpty());
        QCOMPARE(json(entries.at(0).newValue).value(QStringLiteral("title")).toString(),
                 QStringLiteral("Làm việc"));
        // Added: how many records of each kind (the records are the visit's).
        QCOMPARE(json(entries.at(0).newValue).value(QStringLiteral("findings")).toInteger(), 1);
        QCOMPARE(json(entries.at(0).newValue).value(QStringLiteral("recommendations")).toInteger(),
                 1);

        // One finding edited, one attendee added: two entries, only the changed fields.
        visit.findings[0].text = QStringLiteral("Còn chậm đổi mới");
        visit.attendees.append({QStringLiteral("Phan Xuân Thủy"),
                                QStringLiteral("Phó Trưởng ban"),
                                QStringLiteral("Ban Tuyên giáo Trung ương"),
                                Side::Delegation,
                                AttendeeRole::Head,
                                true,
                                {},
                                {}});
        QVERIFY(save(*db, visit));
        entries = history(*db, visit.id);
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries.at(1).record, QStringLiteral("attendees[0]"));
        QCOMPARE(entries.at(1).action, ChangeAction::Insert);
        QCOMPARE(entries.at(2).record, QStringLiteral("findings[0]"));
        QCOMPARE(entries.at(2).action, ChangeAction::Update);
        QCOMPARE(json(entries.at(2).oldValue),
                 QJsonObject({{QStringLiteral("text"), QStringLiteral("Chậm đổi mới")}}));
        QCOMPARE(json(entries.at(2).newValue),
                 QJsonObject({{QStringLiteral("text"), QStringLiteral("Còn chậm đổi mới")}}));

        // Saving without a change logs nothing.
        QVERIFY(save(*db, visit));
        QCOMPARE(history(*db, visit.id).size(), 3);
    }

    void followUpAndCarryOverLogTheRecommendationsVisit()
    {
        auto db = freshDatabase();
        Visit first = visitTo(kLongAn, QDate(2023, 6, 7), QStringLiteral("Lần 1"),
                              {recommendation(QStringLiteral("R1"), QDate(2023, 12, 31)),
                               recommendation(QStringLiteral("R2"), QDate(2023, 12, 31))});
        QVERIFY(save(*db, first));
        FollowUp followUp(*db, QDate(2024, 1, 10));
        QString error;
        const qint64 r1 = followUp.list({}, &error).first().id;
        NewFollowUpUpdate request;
        request.recommendationId = r1;
        request.update.date = QDate(2024, 1, 10);
        request.update.note = QStringLiteral("Đã ban hành kế hoạch");
        request.newStatus = RecommendationStatus::InProgress;
        QVERIFY(followUp.addUpdate(request).ok);
        QList<ChangeEntry> entries = history(*db, first.id);
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries.at(1).record, QStringLiteral("recommendations[0]"));
        QCOMPARE(json(entries.at(1).newValue).value(QStringLiteral("status")).toString(),
                 QStringLiteral("in-progress"));
        QCOMPARE(entries.at(2).record, QStringLiteral("recommendations[0].updates[0]"));
        QCOMPARE(entries.at(2).action, ChangeAction::Insert);
        QCOMPARE(json(entries.at(2).newValue).value(QStringLiteral("note")).toString(),
                 QStringLiteral("Đã ban hành kế hoạch"));

        // A verdict at a later visit: the later visit logs it, the earlier one its new update.
        Visit second = visitTo(kLongAn, QDate(2024, 4, 10), QStringLiteral("Lần 2"));
        second.carriedOver = {{r1, Verdict::Implemented, QStringLiteral("Xong")}};
        QVERIFY(save(*db, second));
        const QList<ChangeEntry> later = history(*db, second.id);
        QCOMPARE(later.size(), 2);
        QCOMPARE(later.at(1).record, QStringLiteral("carried_over[0]"));
        entries = history(*db, first.id);
        QCOMPARE(entries.last().record, QStringLiteral("recommendations[0].updates[1]"));
        QCOMPARE(entries.at(entries.size() - 2).record, QStringLiteral("recommendations[0]"));
    }

    void deletedVisitKeepsItsHistoryWhichCannotBeEdited()
    {
        auto db = freshDatabase();
        Visit visit = visitTo(kLongAn, QDate(2023, 6, 7), QStringLiteral("Sẽ xóa"),
                              {recommendation(QStringLiteral("Đổi mới"), QDate(2023, 12, 31))});
        QVERIFY(save(*db, visit));
        QString error;
        QVERIFY2(VisitService(*db).remove(visit.id, &error), qPrintable(error));
        const QList<ChangeEntry> entries = history(*db, visit.id);
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(1).action, ChangeAction::Delete);
        QCOMPARE(entries.at(1).visitTitle, QStringLiteral("Sẽ xóa"));
        QCOMPARE(json(entries.at(1).oldValue).value(QStringLiteral("host")).toString(), kLongAn);
        // Deleted: all of it, the only place it is kept.
        const QJsonArray recommendations =
            json(entries.at(1).oldValue).value(QStringLiteral("recommendations")).toArray();
        QCOMPARE(recommendations.size(), 1);
        QCOMPARE(recommendations.first().toObject().value(QStringLiteral("text")).toString(),
                 QStringLiteral("Đổi mới"));

        QSqlQuery query(db->connection());
        QVERIFY(!query.exec(QStringLiteral("UPDATE change_log SET user = 'x'")));
        QVERIFY(query.lastError().text().contains(QStringLiteral("cannot be changed")));
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM change_log")));
        QCOMPARE(history(*db, visit.id), entries);
    }

    void importLogsEachVisitOnceAndRepeatsNothing()
    {
        auto db = freshDatabase();
        QVERIFY(loadDemoData(*db).ok);
        QString error;
        const QList<ChangeEntry> all = ChangeLog(*db).entries(0, 1000, &error);
        // One entry per visit, and one per organisation the sample hierarchy places.
        const auto visitEntries = std::count_if(all.cbegin(), all.cend(), [](const auto &entry) {
            return entry.record == QLatin1StringView("visit");
        });
        QCOMPARE(visitEntries, rowCount(*db));
        for (const ChangeEntry &entry : all) {
            if (entry.visitId == 0) {
                QCOMPARE(entry.action, ChangeAction::Update); // an organisation placed
                continue;
            }
            QCOMPARE(entry.action, ChangeAction::Insert);
            // The visit's fields as its interchange object, and how many
            // records of each kind it was added with.
            const std::optional<Visit> stored = VisitRepository(*db).load(entry.visitId, &error);
            QVERIFY(stored);
            QVERIFY(!entry.newValue.contains(QLatin1Char('\n')));
            const QJsonObject logged = json(entry.newValue);
            QCOMPARE(logged.value(QStringLiteral("title")).toString(), stored->title);
            QCOMPARE(logged.value(QStringLiteral("host")).toString(), stored->host);
            QCOMPARE(logged.value(QStringLiteral("date")).toString(),
                     stored->date.toString(Qt::ISODate));
            QCOMPARE(logged.value(QStringLiteral("attendees")).toInteger(),
                     stored->attendees.size());
            QCOMPARE(logged.value(QStringLiteral("findings")).toInteger(), stored->findings.size());
            QCOMPARE(logged.value(QStringLiteral("recommendations")).toInteger(),
                     stored->recommendations.size());
        }
        QVERIFY(loadDemoData(*db).ok); // the same visits again: nothing changed
        QCOMPARE(ChangeLog(*db).entries(0, 1000, &error).size(), all.size());
    }

    void organisationChangesAreLogged()
    {
        DatabaseSession session;
        QString error;
        QVERIFY2(session.open(m_files.path(QStringLiteral("organisations.sqlite")), &error),
                 qPrintable(error));
        Database &db = session.database();
        const QString chauThanh = QStringLiteral("Huyện ủy Châu Thành");
        Visit province = visitTo(kLongAn, QDate(2023, 6, 7), QStringLiteral("Tỉnh"));
        Visit district = visitTo(chauThanh, QDate(2023, 6, 8), QStringLiteral("Huyện"));
        QVERIFY(save(db, province) && save(db, district));
        OrganisationService organisations(db);
        const auto idOf = [&](const QString &name) {
            return Organisations(db).byName(name, &error).value_or(OrganisationRecord{}).id;
        };
        const auto organisationEntries = [&] {
            QList<ChangeEntry> entries;
            for (const ChangeEntry &entry : history(db, 0))
                if (entry.record == QLatin1StringView("organisation"))
                    entries << entry;
            return entries;
        };

        QVERIFY2(organisations.setParent(idOf(chauThanh), idOf(kLongAn), &error),
                 qPrintable(error));
        QVERIFY2(
            organisations.setKind(idOf(chauThanh), OrganisationKind::DistrictCommittee, &error),
            qPrintable(error));
        // Unchanged, and refused (a cycle): nothing more in the history.
        QVERIFY(organisations.setParent(idOf(chauThanh), idOf(kLongAn), &error));
        QVERIFY(!organisations.setParent(idOf(kLongAn), idOf(chauThanh), &error));

        const QList<ChangeEntry> entries = organisationEntries();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).visitId, 0);
        QCOMPARE(entries.at(0).visitTitle, chauThanh);
        QCOMPARE(entries.at(0).action, ChangeAction::Update);
        QCOMPARE(json(entries.at(0).oldValue),
                 QJsonObject({{QStringLiteral("parent"), QJsonValue()}}));
        QCOMPARE(json(entries.at(0).newValue), QJsonObject({{QStringLiteral("parent"), kLongAn}}));
        QCOMPARE(
            json(entries.at(1).newValue),
            QJsonObject({{QStringLiteral("kind"), toKey(OrganisationKind::DistrictCommittee)}}));
        QVERIFY(!entries.at(0).user.isEmpty());
        // The visits' own histories do not show them.
        QCOMPARE(history(db, district.id).size(), 1);
        QCOMPARE(ChangeValueText::recordName(QStringLiteral("organisation")),
                 QStringLiteral("The organisation"));
        ChangeHistoryDialog all(session, 0);
        const QAbstractItemModel *shown = all.table()->model();
        QCOMPARE(shown->index(0, 2).data().toString(), chauThanh); // newest first
        QCOMPARE(shown->index(1, 5).data().toString(), QStringLiteral("Under: —"));
    }

    void dialogShowsOneVisitsHistory()
    {
        DatabaseSession session;
        QString error;
        QVERIFY2(session.open(m_files.path(QStringLiteral("dialog.sqlite")), &error),
                 qPrintable(error));
        Visit visit = visitTo(kLongAn, QDate(2023, 6, 7), QStringLiteral("Một"));
        Visit other = visitTo(kLongAn, QDate(2023, 6, 8), QStringLiteral("Hai"));
        QVERIFY(session.saveVisit(visit).ok && session.saveVisit(other).ok);
        visit.title = QStringLiteral("Một (sửa)");
        QVERIFY(session.saveVisit(visit).ok);

        ChangeHistoryDialog dialog(session, visit.id);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QAbstractItemModel *model = dialog.table()->model();
        QCOMPARE(model->rowCount(), 2); // inserted, then renamed; not the other visit
        QCOMPARE(model->index(0, 3).data().toString(), QStringLiteral("The visit"));
        QCOMPARE(ChangeValueText::recordName(QStringLiteral("recommendations[0].updates[1]")),
                 QStringLiteral("Recommendation 1 › follow-up update 2"));
        QCOMPARE(model->index(0, 5).data().toString(), QStringLiteral("Title: Một"));
        QCOMPARE(model->index(0, 6).data().toString(), QStringLiteral("Title: Một (sửa)"));
        ChangeHistoryDialog all(session, 0);
        QCOMPARE(all.table()->model()->rowCount(), 3);
    }

    void valuesReadInTheFormsWordsAndTheLocale()
    {
        const QLocale previous;
        QLocale::setDefault(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
        // A recommendation's changed fields: labels of the form, the status's
        // display name, the date in the locale; order as stored.
        QCOMPARE(ChangeValueText::valueText(
                     QStringLiteral("recommendations[0]"),
                     QStringLiteral(R"({"due":"2023-12-31","status":"in-progress"})")),
                 QStringLiteral("Deadline: 31/12/2023; Status: In progress"));
        QCOMPARE(ChangeValueText::valueText(QStringLiteral("attendees[1]"),
                                            QStringLiteral(R"({"role":"head","present":false})")),
                 QStringLiteral("Role: Head of delegation; Present: no"));
        QCOMPARE(
            ChangeValueText::valueText(QStringLiteral("recommendations[0].updates[0]"),
                                       QStringLiteral(R"({"date":"2023-07-01","progress":62.5})")),
            QStringLiteral("Date: 01/07/2023; Progress: 62,5%"));
        QCOMPARE(ChangeValueText::valueText(QStringLiteral("organisation"),
                                            QStringLiteral(R"({"kind":"department"})")),
                 QStringLiteral("Kind: Department"));
        // A whole visit: its fields, then how many records of each kind.
        QCOMPARE(ChangeValueText::valueText(
                     QStringLiteral("visit"),
                     QStringLiteral(R"({"title":"T","kind":"inspection","date":"2023-06-07",)"
                                    R"("attendees":[{"name":"A"},{"name":"B"}],"x-new":1})")),
                 QStringLiteral("Title: T; Form: Inspection; Date: 07/06/2023; Attendees: 2; "
                                "x-new: 1"));
        // A visit added: its records as counts read the same.
        QCOMPARE(ChangeValueText::valueText(
                     QStringLiteral("visit"),
                     QStringLiteral(R"({"title":"T","attendees":2,"findings":12})")),
                 QStringLiteral("Title: T; Attendees: 2; Findings: 12"));
        // An attachment: its size in the locale, what it belongs to as a record name.
        QCOMPARE(ChangeValueText::recordName(QStringLiteral("attachment")),
                 QStringLiteral("Attachment"));
        QCOMPARE(ChangeValueText::valueText(
                     QStringLiteral("attachment"),
                     QStringLiteral(R"({"name":"a.jpg","size":2048,"print_in_minutes":true,)"
                                    R"("update":"recommendations[0].updates[1]"})")),
                 QStringLiteral("File: a.jpg; Size: 2,00 KiB; In the minutes: yes; "
                                "Of: Recommendation 1 › follow-up update 2"));
        // A newer program's value or field is shown as stored.
        QCOMPARE(ChangeValueText::valueText(QStringLiteral("findings[0]"),
                                            QStringLiteral(R"({"category":"praise"})")),
                 QStringLiteral("Category: praise"));
        QCOMPARE(ChangeValueText::valueText(QStringLiteral("visit"), QString()), QString());
        QLocale::setDefault(previous);
    }

private:
    static qint64 rowCount(Database &db)
    {
        QSqlQuery query(db.connection());
        query.exec(QStringLiteral("SELECT count(*) FROM visits"));
        return query.next() ? query.value(0).toLongLong() : -1;
    }
};

QTEST_MAIN(TestChangeHistory)
#include "test_change_history.moc"
