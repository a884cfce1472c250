#include "gui/ViewSettings.h"

#include "gui/VisitFilterBar.h"

#include <QHeaderView>
#include <QMainWindow>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>

namespace vt {
namespace {

// Bump when the tool bars or docks change incompatibly.
constexpr int kStateVersion = 1;

QHeaderView *columnHeader(QAbstractItemView *view)
{
    if (auto *table = qobject_cast<QTableView *>(view))
        return table->horizontalHeader();
    if (auto *tree = qobject_cast<QTreeView *>(view))
        return tree->header();
    return nullptr;
}

// Calls `visit(key, view, header)` for every list in every tab. Keys use the
// tab's position and the view's object name, which are stable across runs.
template <typename Visit> void forEachHeader(const QTabWidget *views, Visit visit)
{
    for (int tab = 0; tab < views->count(); ++tab) {
        const auto lists = views->widget(tab)->findChildren<QAbstractItemView *>();
        for (int i = 0; i < lists.size(); ++i) {
            QHeaderView *header = columnHeader(lists.at(i));
            if (!header)
                continue;
            const QString name = lists.at(i)->objectName().isEmpty() ? QString::number(i)
                                                                     : lists.at(i)->objectName();
            visit(QStringLiteral("views/tab%1/%2").arg(tab).arg(name), lists.at(i), header);
        }
    }
}

} // namespace

void saveWindowSettings(const QMainWindow *window, const QTabWidget *views,
                        const VisitFilterBar *filters)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), window->saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), window->saveState(kStateVersion));
    settings.setValue(QStringLiteral("mainWindow/currentTab"), views->currentIndex());
    settings.setValue(QStringLiteral("visitList/filters"), filters->state());
    saveHeaderSettings(views);
}

bool restoreWindowSettings(QMainWindow *window, QTabWidget *views, VisitFilterBar *filters)
{
    QSettings settings;
    const bool restored = window->restoreGeometry(
        settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    window->restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray(),
                         kStateVersion);
    const int tab = settings.value(QStringLiteral("mainWindow/currentTab"), 0).toInt();
    if (tab >= 0 && tab < views->count())
        views->setCurrentIndex(tab);
    filters->restoreState(settings.value(QStringLiteral("visitList/filters")).toMap());
    return restored;
}

void saveHeaderSettings(const QTabWidget *views)
{
    QSettings settings;
    forEachHeader(views, [&settings](const QString &key, QAbstractItemView *, QHeaderView *header) {
        // A view without a model has nothing worth keeping, and would wipe the saved widths.
        if (header->count() > 0)
            settings.setValue(key, header->saveState());
    });
}

void restoreHeaderSettings(QTabWidget *views)
{
    QSettings settings;
    forEachHeader(
        views, [&settings](const QString &key, QAbstractItemView *view, QHeaderView *header) {
            if (!header->restoreState(settings.value(key).toByteArray()))
                return;
            // restoreState() only moves the sort indicator; the rows follow it here.
            if (auto *table = qobject_cast<QTableView *>(view); table && table->isSortingEnabled())
                table->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
            else if (auto *tree = qobject_cast<QTreeView *>(view); tree && tree->isSortingEnabled())
                tree->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
        });
}

} // namespace vt
