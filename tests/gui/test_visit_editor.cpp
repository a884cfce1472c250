// The visit editor driven as a clerk would: typing Vietnamese text into the
// general fields, adding records with the buttons and typing into the tables,
// and the validation messages that follow every change.

#include "gui/editor/VisitEditor.h"
#include "models/editor/AttendeeTableModel.h"
#include "models/editor/FindingTableModel.h"
#include "models/editor/FollowUpUpdateTableModel.h"
#include "models/editor/RecommendationTableModel.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace vt;

namespace {

const QString kHost = QStringLiteral("Tỉnh ủy Long An");
const QString kDelegation = QStringLiteral("Ban Tuyên giáo Trung ương");

// QTest::keyClicks sends Latin-1 only; Vietnamese needs the text of each key.
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key(c.toUpper().unicode()), QString(c),
                            Qt::NoModifier);
}

Visit validVisit()
{
    Visit visit;
    visit.title = QStringLiteral("Làm việc với Tỉnh ủy Long An về công tác tuyên giáo");
    visit.date = QDate(2023, 6, 7);
    visit.delegation = kDelegation;
    visit.host = kHost;
    return visit;
}

// Return in a cell editor commits through a queued call: let it run.
void commitWithReturn(QWidget *cellEditor)
{
    QTest::keyClick(cellEditor, Qt::Key_Return);
    QCoreApplication::processEvents();
}

} // namespace

class TestVisitEditor : public QObject
{
    Q_OBJECT

private:
    template <typename T> T *child(VisitEditor &editor, const QString &name)
    {
        T *widget = editor.findChild<T *>(name);
        if (!widget)
            qWarning("no child %s", qPrintable(name));
        return widget;
    }

    void showEditor(VisitEditor &editor)
    {
        editor.resize(1100, 700);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
    }

    void selectTab(VisitEditor &editor, int index)
    {
        child<QTabWidget>(editor, QStringLiteral("sectionTabs"))->setCurrentIndex(index);
    }

    // The editor open on a cell, after Add or QAbstractItemView::edit.
    template <typename T> T *cellEditor(QTableView *view, const QModelIndex &index)
    {
        return qobject_cast<T *>(view->indexWidget(index));
    }

private Q_SLOTS:
    void typingGeneralFields()
    {
        VisitEditor editor;
        showEditor(editor);
        QSignalSpy modified(&editor, &VisitEditor::modifiedChanged);
        QVERIFY(!editor.isModified());

        typeText(child<QLineEdit>(editor, QStringLiteral("titleEdit")),
                 QStringLiteral("Công tác xây dựng Đảng"));
        typeText(child<QLineEdit>(editor, QStringLiteral("hostEdit")), kHost);
        typeText(child<QLineEdit>(editor, QStringLiteral("delegationEdit")), kDelegation);
        typeText(child<QLineEdit>(editor, QStringLiteral("locationEdit")),
                 QStringLiteral("Long An"));

        const Visit visit = editor.visit();
        QCOMPARE(visit.title, QStringLiteral("Công tác xây dựng Đảng"));
        QCOMPARE(visit.host, kHost);
        QCOMPARE(visit.delegation, kDelegation);
        QCOMPARE(visit.location, QStringLiteral("Long An"));
        QVERIFY(editor.isModified());
        QCOMPARE(modified.count(), 1);
    }

    void modifiedFollowsTheContent()
    {
        VisitEditor editor;
        showEditor(editor);
        editor.setVisit(validVisit());
        QVERIFY(!editor.isModified());
        QVERIFY(editor.isValid());
        QSignalSpy modified(&editor, &VisitEditor::modifiedChanged);

        auto *host = child<QLineEdit>(editor, QStringLiteral("hostEdit"));
        host->setFocus();
        QTest::keyClick(host, Qt::Key_End);
        typeText(host, QStringLiteral("x"));
        QVERIFY(editor.isModified());
        QTest::keyClick(host, Qt::Key_Backspace);
        // Back to what was loaded: nothing to save.
        QVERIFY(!editor.isModified());
        QCOMPARE(modified.count(), 2);
        QCOMPARE(modified.at(0).at(0).toBool(), true);
        QCOMPARE(modified.at(1).at(0).toBool(), false);
    }

    void emptyTitleIsInvalid()
    {
        VisitEditor editor;
        showEditor(editor);
        editor.setVisit(validVisit());
        QSignalSpy validity(&editor, &VisitEditor::validityChanged);
        auto *title = child<QLineEdit>(editor, QStringLiteral("titleEdit"));
        auto *issue = child<QLabel>(editor, QStringLiteral("titleIssueLabel"));
        QVERIFY(issue->isHidden());

        title->selectAll();
        QTest::keyClick(title, Qt::Key_Delete);
        QVERIFY(!editor.isValid());
        QCOMPARE(validity.count(), 1);
        QVERIFY(issue->isVisible());
        QCOMPARE(issue->text(), QStringLiteral("Title is required"));
        QVERIFY(!editor.issues().isEmpty());
        QCOMPARE(editor.issues().constFirst().path, QStringLiteral("title"));
        QSignalSpy saves(&editor, &VisitEditor::saveRequested);
        editor.requestSave();
        QCOMPARE(saves.count(), 0);

        typeText(title, QStringLiteral("Buổi làm việc"));
        QVERIFY(editor.isValid());
        QVERIFY(issue->isHidden());
        QCOMPARE(validity.count(), 2);
        editor.requestSave();
        QCOMPARE(saves.count(), 1);
    }

    void endDateBeforeDate()
    {
        VisitEditor editor;
        showEditor(editor);
        editor.setVisit(validVisit());
        auto *check = child<QCheckBox>(editor, QStringLiteral("endDateCheck"));
        auto *endDate = child<QDateEdit>(editor, QStringLiteral("endDateEdit"));
        auto *issue = child<QLabel>(editor, QStringLiteral("endDateIssueLabel"));
        QVERIFY(!endDate->isEnabled());

        QTest::mouseClick(check, Qt::LeftButton, {}, QPoint(5, check->height() / 2));
        QVERIFY(check->isChecked());
        QVERIFY(endDate->isEnabled());
        QCOMPARE(editor.visit().endDate, QDate(2023, 6, 7));
        QVERIFY(editor.isValid());

        endDate->setDate(QDate(2023, 6, 1));
        QVERIFY(!editor.isValid());
        QVERIFY(issue->isVisible());
        QVERIFY(issue->text().contains(QStringLiteral("before the date of the visit")));

        endDate->setDate(QDate(2023, 6, 8));
        QVERIFY(editor.isValid());
        QVERIFY(issue->isHidden());
        QCOMPARE(editor.visit().endDate, QDate(2023, 6, 8));

        check->setChecked(false);
        QVERIFY(!editor.visit().endDate.isValid());
    }

    void addAttendeeWithTheButton()
    {
        VisitEditor editor;
        editor.setPersonDetailsLookup(
            [](const QString &name) -> std::optional<std::pair<QString, QString>> {
                if (name == QStringLiteral("Phan Xuân Thủy"))
                    return std::make_pair(QStringLiteral("Phó Trưởng ban Tuyên giáo Trung ương"),
                                          kDelegation);
                return std::nullopt;
            });
        showEditor(editor);
        editor.setVisit(validVisit());
        selectTab(editor, 1);
        auto *view = child<QTableView>(editor, QStringLiteral("attendeesView"));
        auto *add = child<QPushButton>(editor, QStringLiteral("addAttendeeButton"));
        QVERIFY(!add->toolTip().isEmpty());
        QVERIFY(!add->icon().isNull());

        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(view->model()->rowCount(), 1);
        const QModelIndex name = view->model()->index(0, AttendeeTableModel::NameColumn);
        auto *nameEditor = cellEditor<QLineEdit>(view, name);
        QVERIFY(nameEditor);
        typeText(nameEditor, QStringLiteral("Phan Xuân Thủy"));
        commitWithReturn(nameEditor);

        Visit visit = editor.visit();
        QCOMPARE(visit.attendees.size(), 1);
        QCOMPARE(visit.attendees.at(0).name, QStringLiteral("Phan Xuân Thủy"));
        // Position and organisation came from the lookup.
        QCOMPARE(visit.attendees.at(0).position,
                 QStringLiteral("Phó Trưởng ban Tuyên giáo Trung ương"));
        QCOMPARE(visit.attendees.at(0).organisation, kDelegation);

        // The role through its combo box.
        const QModelIndex role = view->model()->index(0, AttendeeTableModel::RoleColumn);
        view->setCurrentIndex(role);
        view->edit(role);
        auto *combo = cellEditor<QComboBox>(view, role);
        QVERIFY(combo);
        combo->setCurrentIndex(0);
        commitWithReturn(combo);
        QCOMPARE(editor.visit().attendees.at(0).role, AttendeeRole::Head);
        QCOMPARE(role.data().toString(), displayName(AttendeeRole::Head));

        // An attendee without a name is marked in the table and listed above it.
        QTest::mouseClick(add, Qt::LeftButton);
        QTest::keyClick(cellEditor<QLineEdit>(view, view->model()->index(1, 0)), Qt::Key_Escape);
        QVERIFY(!editor.isValid());
        auto *summary = child<QLabel>(editor, QStringLiteral("attendeesViewIssues"));
        QVERIFY(summary->isVisible());
        QCOMPARE(summary->text(), QStringLiteral("Row 2: Name is required"));
        QCOMPARE(view->model()->index(1, 0).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Name is required"));
        QVERIFY(!child<QTabWidget>(editor, QStringLiteral("sectionTabs"))->tabIcon(1).isNull());

        view->setCurrentIndex(view->model()->index(1, 0));
        QTest::mouseClick(child<QPushButton>(editor, QStringLiteral("removeAttendeeButton")),
                          Qt::LeftButton);
        QVERIFY(editor.isValid());
        QVERIFY(summary->isHidden());
    }

    void addFindingAndReorder()
    {
        VisitEditor editor;
        showEditor(editor);
        editor.setVisit(validVisit());
        selectTab(editor, 3);
        auto *view = child<QTableView>(editor, QStringLiteral("findingsView"));
        auto *add = child<QPushButton>(editor, QStringLiteral("addFindingButton"));

        QTest::mouseClick(add, Qt::LeftButton);
        auto *text = cellEditor<QPlainTextEdit>(
            view, view->model()->index(0, FindingTableModel::TextColumn));
        QVERIFY(text);
        typeText(text, QStringLiteral(
                           "Công tác mở lớp tại các trung tâm chính trị chưa đảm bảo tiến độ"));
        QTest::keyClick(text, Qt::Key_Tab); // Tab commits the multi-line editor

        const QModelIndex category = view->model()->index(0, FindingTableModel::CategoryColumn);
        view->setCurrentIndex(category);
        view->edit(category);
        auto *combo = cellEditor<QComboBox>(view, category);
        QVERIFY(combo);
        combo->setCurrentIndex(2); // Limitation
        commitWithReturn(combo);

        QTest::mouseClick(add, Qt::LeftButton);
        auto *second = cellEditor<QPlainTextEdit>(
            view, view->model()->index(1, FindingTableModel::TextColumn));
        QVERIFY(second);
        typeText(second, QStringLiteral("Nhiều mô hình, cách làm hay"));
        QTest::keyClick(second, Qt::Key_Tab);

        Visit visit = editor.visit();
        QCOMPARE(visit.findings.size(), 2);
        QCOMPARE(visit.findings.at(0).category, FindingCategory::Limitation);
        QCOMPARE(visit.findings.at(1).text, QStringLiteral("Nhiều mô hình, cách làm hay"));

        view->setCurrentIndex(view->model()->index(1, 0));
        QTest::mouseClick(child<QPushButton>(editor, QStringLiteral("moveFindingUpButton")),
                          Qt::LeftButton);
        visit = editor.visit();
        QCOMPARE(visit.findings.at(0).text, QStringLiteral("Nhiều mô hình, cách làm hay"));
        QCOMPARE(view->currentIndex().row(), 0);
        QVERIFY(!child<QPushButton>(editor, QStringLiteral("moveFindingUpButton"))->isEnabled());
        QVERIFY(editor.isValid());
    }

    void recommendationFollowUpAndProgress()
    {
        Visit start = validVisit();
        Finding limitation;
        limitation.category = FindingCategory::Limitation;
        limitation.text =
            QStringLiteral("Một số địa phương chậm đổi mới trong công tác tuyên truyền");
        start.findings = {limitation};
        VisitEditor editor;
        editor.setToday(QDate(2023, 9, 1));
        showEditor(editor);
        editor.setVisit(start);
        selectTab(editor, 5);

        auto *view = child<QTableView>(editor, QStringLiteral("recommendationsView"));
        QTest::mouseClick(child<QPushButton>(editor, QStringLiteral("addRecommendationButton")),
                          Qt::LeftButton);
        auto *text = cellEditor<QPlainTextEdit>(
            view, view->model()->index(0, RecommendationTableModel::TextColumn));
        QVERIFY(text);
        typeText(text, QStringLiteral("Thường xuyên rà soát việc thực hiện các chỉ tiêu"));
        QTest::keyClick(text, Qt::Key_Tab);
        view->setCurrentIndex(view->model()->index(0, RecommendationTableModel::TextColumn));

        // The limitation it addresses gets a key when ticked.
        auto *addresses = child<QListWidget>(editor, QStringLiteral("addressesList"));
        QCOMPARE(addresses->count(), 1);
        addresses->item(0)->setCheckState(Qt::Checked);
        Visit visit = editor.visit();
        QCOMPARE(visit.findings.at(0).key, QStringLiteral("f1"));
        QCOMPARE(visit.recommendations.at(0).addresses, QStringList{QStringLiteral("f1")});
        QVERIFY(addresses->item(0)->text().startsWith(QStringLiteral("f1")));

        // A follow-up report, dated today, then a progress of 101%.
        auto *updates = child<QTableView>(editor, QStringLiteral("updatesView"));
        QTest::mouseClick(child<QPushButton>(editor, QStringLiteral("addUpdateButton")),
                          Qt::LeftButton);
        auto *note = cellEditor<QPlainTextEdit>(
            updates, updates->model()->index(0, FollowUpUpdateTableModel::NoteColumn));
        QVERIFY(note);
        typeText(note, QStringLiteral("Đã ban hành kế hoạch"));
        QTest::keyClick(note, Qt::Key_Tab);

        const QModelIndex progress =
            updates->model()->index(0, FollowUpUpdateTableModel::ProgressColumn);
        updates->setCurrentIndex(progress);
        updates->edit(progress);
        auto *spin = cellEditor<QSpinBox>(updates, progress);
        QVERIFY(spin);
        spin->selectAll();
        typeText(spin, QStringLiteral("101"));
        commitWithReturn(spin);
        visit = editor.visit();
        QCOMPARE(visit.recommendations.at(0).updates.size(), 1);
        QCOMPARE(visit.recommendations.at(0).updates.at(0).date, QDate(2023, 9, 1));
        QCOMPARE(visit.recommendations.at(0).updates.at(0).progress, std::optional<int>(101));
        QVERIFY(!editor.isValid());
        QCOMPARE(editor.issues().constFirst().path,
                 QStringLiteral("recommendations[0].updates[0].progress"));
        auto *summary = child<QLabel>(editor, QStringLiteral("recommendationsViewIssues"));
        QVERIFY(summary->isVisible());
        QVERIFY(summary->text().contains(QStringLiteral("must be between 0 and 100")));
        QVERIFY(!progress.data(Qt::ToolTipRole).toString().isEmpty());

        updates->edit(progress);
        spin = cellEditor<QSpinBox>(updates, progress);
        QVERIFY(spin);
        spin->selectAll();
        typeText(spin, QStringLiteral("100"));
        commitWithReturn(spin);
        QVERIFY(editor.isValid());
        QVERIFY(summary->isHidden());
        QCOMPARE(
            view->model()->index(0, RecommendationTableModel::LastProgressColumn).data().toString(),
            QStringLiteral("100%"));

        // Removing the finding drops the reference instead of leaving it dangling.
        selectTab(editor, 3);
        auto *findings = child<QTableView>(editor, QStringLiteral("findingsView"));
        findings->setCurrentIndex(findings->model()->index(0, 0));
        QTest::mouseClick(child<QPushButton>(editor, QStringLiteral("removeFindingButton")),
                          Qt::LeftButton);
        QVERIFY(editor.visit().recommendations.at(0).addresses.isEmpty());
        QVERIFY(editor.isValid());
    }

    void deleteClearsOptionalCells()
    {
        Visit start = validVisit();
        Recommendation rec;
        rec.text = QStringLiteral("Tăng cường kiểm tra, giám sát");
        rec.due = QDate(2023, 12, 31);
        start.recommendations = {rec};
        VisitEditor editor;
        showEditor(editor);
        editor.setVisit(start);
        selectTab(editor, 5);
        auto *view = child<QTableView>(editor, QStringLiteral("recommendationsView"));
        view->setFocus();
        view->setCurrentIndex(view->model()->index(0, RecommendationTableModel::DueColumn));
        QTest::keyClick(view, Qt::Key_Delete);
        QVERIFY(!editor.visit().recommendations.at(0).due.isValid());
        QVERIFY(editor.isModified());
    }

    void keepsWhatItDoesNotShow()
    {
        Visit start = validVisit();
        start.id = 42;
        start.ref = QStringLiteral("long-an-2023-06-07");
        start.extensions.insert(QStringLiteral("x-note"), QStringLiteral("kept"));
        VisitEditor editor;
        editor.setVisit(start);
        QCOMPARE(editor.visit(), start);
        QVERIFY(!editor.isModified());
    }
};

QTEST_MAIN(TestVisitEditor)
#include "test_visit_editor.moc"
