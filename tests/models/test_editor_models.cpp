// The table models of the visit editor: structure (QAbstractItemModelTester),
// editing through roles, insert/remove/move, and the round trip to the lists
// of a vt::Visit.

#include "models/editor/AttendeeTableModel.h"
#include "models/editor/FindingTableModel.h"
#include "models/editor/FollowUpUpdateTableModel.h"
#include "models/editor/IndicatorTableModel.h"
#include "models/editor/IssueLocation.h"
#include "models/editor/RecommendationTableModel.h"
#include "models/editor/ReportFigureTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace vt;

namespace {

QList<Attendee> longAnAttendees()
{
    Attendee head;
    head.name = QStringLiteral("Phan Xuân Thủy");
    head.position = QStringLiteral("Phó Trưởng ban Tuyên giáo Trung ương");
    head.organisation = QStringLiteral("Ban Tuyên giáo Trung ương");
    head.side = Side::Delegation;
    head.role = AttendeeRole::Head;
    Attendee chair;
    chair.name = QStringLiteral("Nguyễn Văn Được");
    chair.position = QStringLiteral("Bí thư Tỉnh ủy");
    chair.organisation = QStringLiteral("Tỉnh ủy Long An");
    chair.role = AttendeeRole::Chair;
    Attendee third;
    third.name = QStringLiteral("Đức Hạnh");
    third.side = Side::Guest;
    third.role = AttendeeRole::Press;
    return {head, chair, third};
}

QStringList names(const QList<Attendee> &attendees)
{
    QStringList result;
    for (const Attendee &a : attendees)
        result << a.name;
    return result;
}

} // namespace

class TestEditorModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void testerOnEveryModel()
    {
        AttendeeTableModel attendees;
        ReportFigureTableModel figures;
        FindingTableModel findings;
        IndicatorTableModel indicators;
        RecommendationTableModel recommendations;
        FollowUpUpdateTableModel updates;
        const QList<EditorTableModel *> models{&attendees,  &figures,         &findings,
                                               &indicators, &recommendations, &updates};
        for (EditorTableModel *model : models) {
            QAbstractItemModelTester tester(model,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
            QVERIFY(model->insertRows(0, 3));
            QVERIFY(model->moveRowDown(0));
            QVERIFY(model->moveRowUp(2));
            // Writing back an unchanged value is not an edit.
            QVERIFY(
                !model->setData(model->index(1, 1), model->data(model->index(1, 1), Qt::EditRole)));
            model->setCellIssues({{1, model->fieldAt(0), QStringLiteral("is required")}});
            QVERIFY(model->removeRows(1, 2));
            QVERIFY(!model->removeRows(0, 5));
            QCOMPARE(model->rowCount(), 1);
            if (QTest::currentTestFailed())
                return;
        }
        attendees.setRecords(longAnAttendees());
        QAbstractItemModelTester tester(&attendees,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(attendees.rowCount(), 3);
    }

    void insertRemoveMove()
    {
        AttendeeTableModel model;
        model.setRecords(longAnAttendees());
        QSignalSpy changed(&model, &EditorTableModel::changed);

        QVERIFY(model.moveRowDown(0));
        QCOMPARE(names(model.records()),
                 (QStringList{QStringLiteral("Nguyễn Văn Được"), QStringLiteral("Phan Xuân Thủy"),
                              QStringLiteral("Đức Hạnh")}));
        QVERIFY(model.moveRowUp(2));
        QCOMPARE(model.records().at(1).name, QStringLiteral("Đức Hạnh"));
        QVERIFY(!model.moveRowUp(0));
        QVERIFY(!model.moveRowDown(2));
        // A block of two moved to the end.
        QVERIFY(model.moveRows({}, 0, 2, {}, 3));
        QCOMPARE(model.records().at(2).name, QStringLiteral("Đức Hạnh"));
        QCOMPARE(model.records().at(0).name, QStringLiteral("Phan Xuân Thủy"));

        QVERIFY(model.insertRows(1, 2));
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.records().at(1), Attendee());
        QVERIFY(model.removeRows(1, 2));
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(!model.insertRows(4, 1));
        QCOMPARE(changed.count(), 5); // three moves, one insert, one remove
    }

    void enumsAndDates()
    {
        AttendeeTableModel attendees;
        attendees.setRecords(longAnAttendees());
        const QModelIndex role = attendees.index(0, AttendeeTableModel::RoleColumn);
        QCOMPARE(role.data(Qt::DisplayRole).toString(), displayName(AttendeeRole::Head));
        QCOMPARE(role.data(Qt::EditRole).toInt(), 0);
        QCOMPARE(role.data(EditorTableModel::EditorKindRole).toInt(), int(EditorKind::Choice));
        QCOMPARE(role.data(EditorTableModel::ChoicesRole).toStringList().size(),
                 valueCount<AttendeeRole>());
        QVERIFY(attendees.setData(role, 5)); // minute-taker
        QCOMPARE(attendees.records().at(0).role, AttendeeRole::MinuteTaker);
        QVERIFY(!attendees.setData(role, 99));
        QVERIFY(!attendees.setData(role, 5)); // unchanged

        const QModelIndex present = attendees.index(1, AttendeeTableModel::PresentColumn);
        QVERIFY(present.flags() & Qt::ItemIsUserCheckable);
        QCOMPARE(present.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QVERIFY(attendees.setData(present, int(Qt::Unchecked), Qt::CheckStateRole));
        QCOMPARE(attendees.records().at(1).present, false);

        ReportFigureTableModel figures;
        QVERIFY(figures.insertRows(0, 1));
        const QModelIndex asOf = figures.index(0, ReportFigureTableModel::AsOfColumn);
        QVERIFY(figures.setData(asOf, QDate(2022, 12, 31)));
        QCOMPARE(asOf.data(Qt::EditRole).toDate(), QDate(2022, 12, 31));
        QCOMPARE(asOf.data(Qt::DisplayRole).toString(),
                 QLocale().toString(QDate(2022, 12, 31), QLocale::ShortFormat));
        QVERIFY(asOf.data(EditorTableModel::ClearableRole).toBool());
        QVERIFY(figures.setData(asOf, QVariant()));
        QVERIFY(!figures.records().at(0).asOf.isValid());
        QVERIFY(figures.setData(figures.index(0, ReportFigureTableModel::ValueColumn), 51349.0));
        QCOMPARE(figures.records().at(0).value, 51349.0);
        QVERIFY(!figures.setData(figures.index(0, ReportFigureTableModel::ValueColumn),
                                 QStringLiteral("many")));
    }

    void indicatorProgress()
    {
        IndicatorTableModel model;
        Indicator indicator;
        indicator.name = QStringLiteral("Đảng viên tham dự học tập chuyên đề");
        indicator.target = 100;
        indicator.actual = 99.2;
        model.setRecords({indicator});
        const QModelIndex progress = model.index(0, IndicatorTableModel::ProgressColumn);
        QVERIFY(!(progress.flags() & Qt::ItemIsEditable));
        QCOMPARE(progress.data().toString(), QStringLiteral("99.2%"));
        QVERIFY(progress.data(Qt::ForegroundRole).isValid());
        // Clearing the target leaves no progress.
        QVERIFY(model.setData(model.index(0, IndicatorTableModel::TargetColumn), QVariant()));
        QVERIFY(!model.records().at(0).target);
        QVERIFY(progress.data().toString().isEmpty());
    }

    void findingKeys()
    {
        FindingTableModel model;
        Finding first;
        first.key = QStringLiteral("f1");
        first.category = FindingCategory::Limitation;
        model.setRecords({first, Finding(), Finding()});
        QCOMPARE(model.ensureKey(0), QStringLiteral("f1"));
        QCOMPARE(model.ensureKey(2), QStringLiteral("f2"));
        QCOMPARE(model.ensureKey(1), QStringLiteral("f3"));
        QCOMPARE(model.rowOfKey(QStringLiteral("f2")), 2);

        QSignalSpy renamed(&model, &FindingTableModel::keyRenamed);
        QVERIFY(model.setData(model.index(0, FindingTableModel::KeyColumn), QStringLiteral("hc1")));
        QCOMPARE(renamed.count(), 1);
        QCOMPARE(renamed.at(0).at(0).toString(), QStringLiteral("f1"));

        RecommendationTableModel recs;
        Recommendation rec;
        rec.addresses = {QStringLiteral("f1"), QStringLiteral("f2")};
        recs.setRecords({rec});
        recs.replaceFindingKey(QStringLiteral("f1"), QStringLiteral("hc1"));
        recs.replaceFindingKey(QStringLiteral("f2"), QString());
        QCOMPARE(recs.records().at(0).addresses, QStringList{QStringLiteral("hc1")});
    }

    void recommendationsAndUpdates()
    {
        RecommendationTableModel recs;
        QVERIFY(recs.insertRows(0, 1));
        QSignalSpy changed(&recs, &EditorTableModel::changed);
        FollowUpUpdateTableModel updates;
        QCOMPARE(updates.appendUpdate(QDate(2023, 9, 1)), 0);
        QVERIFY(updates.setData(updates.index(0, FollowUpUpdateTableModel::ProgressColumn), 40));
        QCOMPARE(updates.appendUpdate(QDate(2023, 12, 1)), 1);
        QVERIFY(updates.setData(updates.index(1, FollowUpUpdateTableModel::ProgressColumn), 75));
        recs.setUpdates(0, updates.records());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(recs.index(0, RecommendationTableModel::LastProgressColumn).data().toString(),
                 QStringLiteral("75%"));
        QCOMPARE(recs.records().at(0).updates.at(0).date, QDate(2023, 9, 1));
        // Clearing an optional number stores "no value".
        QVERIFY(
            updates.setData(updates.index(1, FollowUpUpdateTableModel::ProgressColumn), QString()));
        QVERIFY(!updates.records().at(1).progress);
        QCOMPARE(recs.fieldTitle(QStringLiteral("addresses")),
                 QStringLiteral("Limitations addressed"));
    }

    void roundTrip()
    {
        Visit visit;
        visit.attendees = longAnAttendees();
        ReportFigure figure;
        figure.label = QStringLiteral("Tổ chức cơ sở đảng");
        figure.value = 564;
        figure.asOf = QDate(2022, 12, 31);
        figure.extensions.insert(QStringLiteral("x-source"), QStringLiteral("report"));
        visit.figures = {figure};
        AttendeeTableModel attendees;
        ReportFigureTableModel figures;
        attendees.setRecords(visit.attendees);
        figures.setRecords(visit.figures);
        QCOMPARE(attendees.records(), visit.attendees);
        QCOMPARE(figures.records(), visit.figures); // extensions survive
        QVERIFY(attendees.setData(attendees.index(2, AttendeeTableModel::NoteColumn),
                                  QStringLiteral("phóng viên TTXVN")));
        QCOMPARE(attendees.records().at(2).note, QStringLiteral("phóng viên TTXVN"));
    }

    void cellIssues()
    {
        AttendeeTableModel model;
        model.setRecords(longAnAttendees());
        QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
        model.setCellIssues({{1, QStringLiteral("name"), QStringLiteral("Name is required")},
                             {1, QStringLiteral("nonexistent"), QStringLiteral("ignored")}});
        QCOMPARE(dataChanged.count(), 1);
        const QModelIndex name = model.index(1, AttendeeTableModel::NameColumn);
        QCOMPARE(name.data(Qt::ToolTipRole).toString(), QStringLiteral("Name is required"));
        QVERIFY(name.data(Qt::BackgroundRole).isValid());
        model.setCellIssues({});
        QVERIFY(!name.data(Qt::BackgroundRole).isValid());
    }

    void issueLocations()
    {
        const IssueLocation title = locateIssue(QStringLiteral("title"));
        QCOMPARE(title.section, QStringLiteral("title"));
        QCOMPARE(title.row, -1);
        const IssueLocation name = locateIssue(QStringLiteral("attendees[2].name"));
        QCOMPARE(name.section, QStringLiteral("attendees"));
        QCOMPARE(name.row, 2);
        QCOMPARE(name.field, QStringLiteral("name"));
        const IssueLocation update =
            locateIssue(QStringLiteral("recommendations[0].updates[1].progress"));
        QCOMPARE(update.row, 0);
        QCOMPARE(update.field, QStringLiteral("updates"));
        QCOMPARE(update.subRow, 1);
        QCOMPARE(update.subField, QStringLiteral("progress"));
    }
};

QTEST_GUILESS_MAIN(TestEditorModels)
#include "test_editor_models.moc"
