// The main window, offscreen and in-process:
//   bench_gui --database FILE [--samples N]
// cold_start: from main() to the visit list painted with rows (a new process
// each run, so scripts/bench.sh runs this program several times); then list
// filter and sort, opening a visit in the editor, the limitation review
// filtered to one host, resident memory, every other tab shown for the first
// time, and the follow-up list sorted by each column, filtered and scrolled. "_cpu" figures are the
// CPU time of the same work (steadier than wall-clock time on a loaded machine).
// With --import, last: 10,000 visits imported as the window imports them.

#include "BenchSupport.h"
#include "SyntheticDocument.h"

#include "gui/DatabaseSession.h"
#include "gui/FollowUpView.h"
#include "gui/LimitationReviewView.h"
#include "gui/MainWindow.h"
#include "gui/VisitEditorWindow.h"
#include "gui/VisitListView.h"
#include "gui/dashboard/DashboardView.h"
#include "models/FindingListModel.h"
#include "models/RecommendationListModel.h"
#include "models/VisitListModel.h"
#include "services/BackupRotation.h"
#include "storage/VisitRepository.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

#include <algorithm>
#include <functional>

using namespace vt;

namespace {

// Notes the first paint of a widget (the list's viewport).
class PaintWatch final : public QObject
{
public:
    bool painted = false;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            painted = true;
        return QObject::eventFilter(watched, event);
    }
};

// A filter or sort as the user sees it: the model changes and the visible
// rows are painted (repaint() paints synchronously, reading what it shows).
double timedRepaint(QTableView *table, const std::function<void()> &change)
{
    return bench::timeMs([&] {
        change();
        table->viewport()->repaint();
    });
}

void benchFilters(QTableView *table, VisitListModel *model, int samples)
{
    // Words users type: a place, a topic, a kind of body, several words at once.
    const QStringList texts = {QStringLiteral("diễn châu"),  QStringLiteral("long an"),
                               QStringLiteral("kiểm tra"),   QStringLiteral("tuyen giao nghe an"),
                               QStringLiteral("chỉ thị 05"), QStringLiteral("huyện ủy")};
    // Only applying a filter is timed (clearing it is the first page again);
    // scripts/bench.sh runs the same queries in the sqlite3 shell.
    QList<double> times;
    for (int i = 0; i < samples; ++i) {
        VisitFilter filter;
        filter.text = texts.at(i % texts.size());
        times.append(timedRepaint(table, [&] { model->setFilter(filter); }));
        model->setFilter({});
        table->viewport()->repaint();
    }
    bench::report("list_filter", bench::median(times), "ms", 50);
    bench::reportInfo("list_filter_p95", bench::percentile(times, 0.95), "ms");
}

void benchSorts(QTableView *table, int samples)
{
    QList<double> times;
    for (int i = 0; i < samples; ++i) {
        const int column = i % VisitListModel::ColumnCount;
        const Qt::SortOrder order =
            (i / VisitListModel::ColumnCount) % 2 ? Qt::AscendingOrder : Qt::DescendingOrder;
        times.append(timedRepaint(table, [&] { table->sortByColumn(column, order); }));
    }
    table->sortByColumn(VisitListModel::DateColumn, Qt::DescendingOrder);
    bench::report("list_sort", bench::median(times), "ms", 50);
    bench::reportInfo("list_sort_p95", bench::percentile(times, 0.95), "ms");
}

// The import as the window runs it (DatabaseSession::importDocument: the
// document is also read for the undo step, before and after), into a new file
// with a session of its own; bench_data measures the import alone.
void benchWindowImport()
{
    const QByteArray json = bench::syntheticDocument(10000, 99);
    QTemporaryDir dir;
    DatabaseSession session;
    QString error;
    if (!session.open(dir.filePath(QStringLiteral("import.sqlite")), &error)) {
        qWarning("%s", qPrintable(error));
        return;
    }
    const double rssBefore = bench::residentMb();
    ImportResult result;
    const double cpuStart = bench::cpuMs();
    const double ms = bench::timeMs([&] { result = session.importDocument(json); });
    const double cpuMs = bench::cpuMs() - cpuStart;
    if (!result.ok) {
        qWarning("import failed: %s", qPrintable(result.error));
        return;
    }
    bench::report("import_10k_window", ms / 1000.0, "s", 5);
    bench::reportInfo("import_10k_window_cpu_s", cpuMs / 1000.0, "s");
    bench::reportInfo("import_10k_window_rss_growth", bench::residentMb() - rssBefore, "MB");
    // The step it recorded, undone (10,000 visits taken out, their states
    // kept for redo) and redone.
    QUndoStack *stack = session.undoStack();
    if (!stack->canUndo())
        return;
    bench::reportInfo("undo_import_10k", bench::timeMs([&] { stack->undo(); }) / 1000.0, "s");
    bench::reportInfo("redo_import_10k", bench::timeMs([&] { stack->redo(); }) / 1000.0, "s");
    if (session.visitCount() != 10000)
        qWarning("redo left %lld visits", qint64(session.visitCount()));
    bench::reportInfo("import_undo_redo_rss_growth", bench::residentMb() - rssBefore, "MB");
}

void benchOpenVisit(MainWindow &window, int samples)
{
    const QList<qint64> ids = VisitRepository(window.session().database()).allIds();
    if (ids.isEmpty())
        return;
    QList<double> times;
    QList<double> cpuTimes;
    for (int i = 0; i < samples; ++i) {
        const qint64 id = ids.at(qsizetype((quint64(i) * 40503u + 17u) % quint64(ids.size())));
        VisitEditorWindow *editor = nullptr;
        const double cpuBefore = bench::cpuMs();
        times.append(bench::timeMs([&] {
            window.openVisit(id);
            for (QWidget *widget : QApplication::topLevelWidgets()) {
                auto *candidate = qobject_cast<VisitEditorWindow *>(widget);
                if (candidate && candidate->isVisible() && candidate->visitId() == id)
                    editor = candidate;
            }
            if (editor)
                editor->repaint(); // painted with its first page filled
        }));
        cpuTimes.append(bench::cpuMs() - cpuBefore);
        if (!editor) {
            qWarning("the editor of visit %lld did not open", qlonglong(id));
            return;
        }
        editor->close();
        QCoreApplication::processEvents();
    }
    bench::report("open_visit_editor", bench::median(times), "ms", 100);
    bench::reportInfo("open_visit_editor_cpu", bench::median(cpuTimes), "ms");
}

// The limitation review as a user opens it: the tab shown the first time
// (its list is read then), then filtered to one host at a time, typed as the
// host's name (the host filter is a diacritic-insensitive substring). The
// hosts are those of visits spread over the visit list.
void benchLimitationView(MainWindow &window, VisitListModel *visits, int samples)
{
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainViews"));
    auto *view = window.findChild<LimitationReviewView *>(QStringLiteral("limitationReview"));
    if (!tabs || !view) {
        qWarning("the limitation review is missing");
        return;
    }
    const double cpuBefore = bench::cpuMs();
    const double openMs = bench::timeMs([&] {
        tabs->setCurrentWidget(view);
        view->tree()->viewport()->repaint();
    });
    bench::reportInfo("limitation_view_open", openMs, "ms");
    bench::reportInfo("limitation_view_open_cpu", bench::cpuMs() - cpuBefore, "ms");
    FindingListModel *model = view->model();
    if (!model)
        return;
    QStringList hosts;
    for (int row = 0; row < visits->rowCount() && hosts.size() < 6; row += 997) {
        const QString host = visits->index(row, VisitListModel::HostColumn).data().toString();
        if (!host.isEmpty() && !hosts.contains(host))
            hosts.append(host);
    }
    QList<double> times;
    QList<double> cpuTimes;
    for (int i = 0; i < samples && !hosts.isEmpty(); ++i) {
        FindingFilter filter = model->filter();
        filter.host = hosts.at(i % hosts.size());
        const double cpu = bench::cpuMs();
        times.append(bench::timeMs([&] {
            model->setFilter(filter);
            view->tree()->viewport()->repaint();
        }));
        cpuTimes.append(bench::cpuMs() - cpu);
        filter.host.clear();
        model->setFilter(filter);
    }
    bench::report("limitation_view_host", bench::median(times), "ms", 100);
    bench::reportInfo("limitation_view_host_p95", bench::percentile(times, 0.95), "ms");
    bench::reportInfo("limitation_view_host_cpu", bench::median(cpuTimes), "ms");
    tabs->setCurrentIndex(0);
}

// Every other tab shown for the first time, as a user clicks it: its view
// reads what it lists then. The whole window is painted, so that what the tab
// shows is read.
void benchTabsFirstShown(MainWindow &window)
{
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainViews"));
    if (!tabs)
        return;
    for (int index = 1; index < tabs->count(); ++index) {
        QWidget *page = tabs->widget(index);
        if (page->objectName() == QLatin1StringView("limitationReview") ||
            page->objectName() == QLatin1StringView("followUpView"))
            continue; // benchLimitationView, benchFollowUp
        const double cpuBefore = bench::cpuMs();
        QElapsedTimer timer;
        timer.start();
        tabs->setCurrentIndex(index);
        QCoreApplication::processEvents();
        window.repaint();
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        const QByteArray name = "tab_open_" + page->objectName().toLatin1();
        bench::reportInfo(name.constData(), ms, "ms");
        // The dashboard of a large file reads its figures on another thread:
        // how long until its charts were shown.
        if (auto *dashboard = qobject_cast<DashboardView *>(page);
            dashboard && dashboard->isReading()) {
            QSignalSpy refreshed(dashboard, &DashboardView::refreshed);
            refreshed.wait(30000);
            window.repaint();
            bench::reportInfo(QByteArray(name + "_shown").constData(),
                              double(timer.nsecsElapsed()) / 1e6, "ms");
        }
        bench::reportInfo(QByteArray(name + "_cpu").constData(), bench::cpuMs() - cpuBefore, "ms");
    }
    tabs->setCurrentIndex(0);
}

// A visit saved from its editor as a user saves it, with the tab of each
// view current in turn: the save, and every view that reads the records
// again on the window's thread after visitsChanged() (the visit list, the
// overdue count, the current tab), until the window is idle and repainted.
// The service's own figure is bench_data's save_visit_40x20.
void benchSaveInWindow(MainWindow &window)
{
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainViews"));
    const QList<qint64> ids = VisitRepository(window.session().database()).allIds();
    if (!tabs || ids.isEmpty())
        return;
    const qint64 id = ids.at(ids.size() / 2);
    window.openVisit(id);
    VisitEditorWindow *editor = nullptr;
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        auto *candidate = qobject_cast<VisitEditorWindow *>(widget);
        if (candidate && candidate->isVisible() && candidate->visitId() == id)
            editor = candidate;
    }
    if (!editor)
        return;
    for (const char *tab : {"visitListView", "followUpView", "dashboardView"}) {
        QWidget *page = tabs->findChild<QWidget *>(QString::fromLatin1(tab));
        if (!page)
            continue;
        tabs->setCurrentWidget(page);
        QTest::qWait(1500); // what the tab reads on its first showing is over
        QList<double> times;
        for (int i = 0; i < 3; ++i) {
            times.append(bench::timeMs([&] {
                if (!editor->save())
                    qWarning("the visit was not saved");
                QCoreApplication::processEvents();
                window.repaint();
            }));
            QTest::qWait(1000);
        }
        const QByteArray name = QByteArray("save_visit_window_") + tab;
        bench::reportInfo(name.constData(), bench::median(times), "ms");
    }
    editor->close();
    tabs->setCurrentIndex(0);
}

// How long the window's thread is held by `change` (the view repainted at
// once), and how long until the rows shown have arrived from their reading on
// another thread (the list counted, then the view repainting after each page,
// asking for any page it still lacks): `name` and `name`_shown.
void reportFollowUpStep(const QByteArray &name, QTableView *table,
                        const std::function<void()> &change, QList<double> *held = nullptr,
                        QList<double> *shown = nullptr)
{
    const auto *model = qobject_cast<const RecommendationListModel *>(table->model());
    QElapsedTimer timer;
    timer.start();
    change();
    table->viewport()->repaint();
    const double heldMs = double(timer.nsecsElapsed()) / 1e6;
    while (model && (model->isCounting() || model->isReading())) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        table->viewport()->repaint();
    }
    const double shownMs = double(timer.nsecsElapsed()) / 1e6;
    bench::reportInfo(name.constData(), heldMs, "ms");
    bench::reportInfo(QByteArray(name + "_shown").constData(), shownMs, "ms");
    if (held)
        held->append(heldMs);
    if (shown)
        shown->append(shownMs);
}

// The follow-up tab at national scale: each column sorted (the first page
// painted), one host typed into its filter, a jump to a row deep in the list
// right after sorting (the whole order read, then its page by id) and a
// second jump elsewhere, as dragging the scroll bar makes; and a jump after
// a pause of 1.5 s (the order read on another thread meanwhile), and the list
// read again with a deep row current. Pages of a long list are read on
// another thread: each step is reported as the time the window was held and
// the time until its rows were shown.
void benchFollowUp(MainWindow &window)
{
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainViews"));
    auto *view = window.findChild<FollowUpView *>(QStringLiteral("followUpView"));
    if (!tabs || !view)
        return;
    QTableView *table = view->table();
    QAbstractItemModel *model = table->model();
    // The tab's first showing: counted, the first page read.
    reportFollowUpStep("tab_open_followUpView", table, [&] {
        tabs->setCurrentWidget(view);
        QCoreApplication::processEvents();
    });
    QList<double> sorts;
    QList<double> sortsShown;
    for (int column = 0; column < model->columnCount(); ++column) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            const QByteArray name = "follow_up_sort_" + QByteArray::number(column) +
                                    (order == Qt::AscendingOrder ? "_asc" : "_desc");
            reportFollowUpStep(
                name, table, [&] { table->sortByColumn(column, order); }, &sorts, &sortsShown);
        }
    }
    bench::reportInfo("follow_up_sort_median", bench::median(sorts), "ms");
    bench::reportInfo("follow_up_sort_max", *std::max_element(sorts.cbegin(), sorts.cend()), "ms");
    bench::reportInfo("follow_up_sort_shown_median", bench::median(sortsShown), "ms");
    table->sortByColumn(RecommendationListModel::DaysOverdueColumn, Qt::DescendingOrder);
    reportFollowUpStep("follow_up_scroll_deep", table,
                       [&] { table->scrollTo(model->index(model->rowCount() * 2 / 3, 0)); });
    reportFollowUpStep("follow_up_scroll_deep_again", table,
                       [&] { table->scrollTo(model->index(model->rowCount() / 3, 0)); });
    // Sorted, then a pause as a reader's before dragging the scroll bar: the
    // whole order is read on another thread meanwhile.
    table->sortByColumn(RecommendationListModel::DueColumn, Qt::AscendingOrder);
    table->viewport()->repaint();
    QTest::qWait(1500);
    reportFollowUpStep("follow_up_scroll_deep_after_pause", table,
                       [&] { table->scrollTo(model->index(model->rowCount() * 2 / 3, 0)); });
    // A recommendation deep in the list current when the list is read again
    // (as after adding an update to it): it stays current.
    table->setCurrentIndex(model->index(model->rowCount() * 2 / 3, 0));
    reportFollowUpStep("follow_up_refresh_deep_current", table, [&] { view->refresh(); });
    table->scrollToTop();
    QTest::qWait(500);
    const QString host = model->index(0, RecommendationListModel::HostColumn).data().toString();
    auto *hostEdit = view->findChild<QLineEdit *>(QStringLiteral("followUpHostEdit"));
    if (!hostEdit || host.isEmpty())
        return;
    reportFollowUpStep("follow_up_filter_host", table, [&] {
        hostEdit->setText(host);
        view->refresh();
    });
    hostEdit->clear();
    view->refresh();
}

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // A settings location of its own, so the benchmark never reads or writes the user's.
    QCoreApplication::setOrganizationName(QStringLiteral("visit-tracker-bench"));
    QCoreApplication::setApplicationName(QStringLiteral("visit-tracker-bench"));
    // No automatic backup of the data set (2.6 GB at 100,000 visits) while the
    // window is measured: bench_backup measures it on its own.
    BackupPolicy noBackups;
    noBackups.automatic = false;
    noBackups.save();
    const QStringList args = app.arguments();
    // The window's import alone (into a new file): no data set needed.
    if (args.contains(QStringLiteral("--import-only"))) {
        benchWindowImport();
        return 0;
    }
    const QString path = bench::argument(args, QStringLiteral("--database"));
    const int samples =
        bench::argument(args, QStringLiteral("--samples"), QStringLiteral("24")).toInt();
    if (path.isEmpty()) {
        qWarning("usage: bench_gui --database FILE [--samples N] [--import] | --import-only");
        return 2;
    }

    MainWindow window;
    if (!window.openDatabase(path))
        return 1;
    QTableView *table = window.visitList()->table();
    PaintWatch watch;
    table->viewport()->installEventFilter(&watch);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    while (!watch.painted && sinceStart.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    const double coldMs = double(sinceStart.nsecsElapsed()) / 1e6;
    table->viewport()->removeEventFilter(&watch);
    bench::report("cold_start", coldMs, "ms", 1000);
    bench::reportInfo("cold_start_cpu", bench::cpuMs(), "ms");
    bench::reportInfo("rss_after_start", bench::residentMb(), "MB");

    auto *model = qobject_cast<VisitListModel *>(table->model());
    if (!model || model->rowCount() == 0) {
        qWarning("the visit list is empty");
        return 1;
    }
    benchFilters(table, model, samples);
    benchSorts(table, samples);
    // Scroll through the list as a user would, to fill the model's page cache.
    for (int row = 0; row < qMin(model->rowCount(), 20000); row += 500) {
        table->scrollTo(model->index(row, 0));
        table->viewport()->repaint();
    }
    benchOpenVisit(window, qMax(5, samples / 2));
    bench::report("rss_main_window", bench::residentMb(), "MB", 300);
    // After the memory figure, which is the main window as a user starts with it.
    benchLimitationView(window, model, qMax(6, samples / 2));
    benchTabsFirstShown(window);
    benchFollowUp(window);
    benchSaveInWindow(window);
    if (args.contains(QStringLiteral("--import")))
        benchWindowImport();
    return 0;
}
