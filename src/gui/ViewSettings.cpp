#include "gui/ViewSettings.h"

#include "gui/VisitFilterBar.h"
#include "gui/editor/OptionalDateEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMainWindow>
#include <QSettings>
#include <QSplitter>
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

const char *const kFilterProperty = "vtRememberedFilter";

// A tab's settings group: its page's object name, stable when tabs are added.
QString pageKey(const QTabWidget *views, int tab)
{
    const QString name = views->widget(tab)->objectName();
    return QStringLiteral("views/") + (name.isEmpty() ? QStringLiteral("tab%1").arg(tab) : name);
}

// Calls `visit(key, oldKey, view, header)` for every list in every tab. Keys
// use the page's and the view's object names; `oldKey` is where versions
// earlier versions kept it (by tab position), read while the new key is unset.
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
            visit(pageKey(views, tab) + QLatin1Char('/') + name,
                  QStringLiteral("views/tab%1/%2").arg(tab).arg(name), lists.at(i), header);
        }
    }
}

QVariant filterValue(const QWidget *filter)
{
    if (auto *edit = qobject_cast<const QLineEdit *>(filter))
        return edit->text();
    if (auto *combo = qobject_cast<const QComboBox *>(filter))
        return combo->currentData().isValid() ? combo->currentData() : combo->currentText();
    if (auto *check = qobject_cast<const QCheckBox *>(filter))
        return check->isChecked();
    if (auto *date = qobject_cast<const OptionalDateEdit *>(filter))
        return date->value();
    return {};
}

void setFilterValue(QWidget *filter, const QVariant &value)
{
    if (auto *edit = qobject_cast<QLineEdit *>(filter)) {
        edit->setText(value.toString());
    } else if (auto *combo = qobject_cast<QComboBox *>(filter)) {
        int index = combo->findData(value);
        if (index < 0)
            index = combo->findText(value.toString());
        if (index >= 0)
            combo->setCurrentIndex(index);
        else // items read from the database arrive later (see LimitationReviewView)
            combo->setProperty("vtPendingFilter", value);
    } else if (auto *check = qobject_cast<QCheckBox *>(filter)) {
        check->setChecked(value.toBool());
    } else if (auto *date = qobject_cast<OptionalDateEdit *>(filter)) {
        date->setValue(value.toDate());
    }
}

QList<QWidget *> rememberedFilters(const QWidget *page)
{
    QList<QWidget *> filters;
    const auto widgets = page->findChildren<QWidget *>();
    for (QWidget *widget : widgets)
        if (widget->property(kFilterProperty).toBool() && !widget->objectName().isEmpty())
            filters << widget;
    return filters;
}

void saveSplitters(const QWidget *window, QSettings &settings)
{
    const auto splitters = window->findChildren<QSplitter *>();
    for (const QSplitter *splitter : splitters)
        if (!splitter->objectName().isEmpty())
            settings.setValue(QStringLiteral("splitters/") + splitter->objectName(),
                              splitter->saveState());
}

void restoreSplitters(QWidget *window, const QSettings &settings)
{
    const auto splitters = window->findChildren<QSplitter *>();
    for (QSplitter *splitter : splitters)
        if (!splitter->objectName().isEmpty())
            splitter->restoreState(
                settings.value(QStringLiteral("splitters/") + splitter->objectName())
                    .toByteArray());
}

} // namespace

void saveWindowSettings(const QMainWindow *window, const QTabWidget *views,
                        const VisitFilterBar *filters)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), window->saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), window->saveState(kStateVersion));
    settings.setValue(QStringLiteral("mainWindow/currentTab"), views->currentIndex());
    if (views->currentWidget())
        settings.setValue(QStringLiteral("mainWindow/currentPage"),
                          views->currentWidget()->objectName());
    settings.setValue(QStringLiteral("visitList/filters"), filters->state());
    for (int tab = 0; tab < views->count(); ++tab) {
        const auto widgets = rememberedFilters(views->widget(tab));
        for (const QWidget *filter : widgets)
            settings.setValue(pageKey(views, tab) + QStringLiteral("/filters/") +
                                  filter->objectName(),
                              filterValue(filter));
    }
    settings.beginGroup(QStringLiteral("mainWindow"));
    saveSplitters(window, settings);
    settings.endGroup();
    saveHeaderSettings(views);
}

bool restoreWindowSettings(QMainWindow *window, QTabWidget *views, VisitFilterBar *filters)
{
    QSettings settings;
    const bool restored = window->restoreGeometry(
        settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    window->restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray(),
                         kStateVersion);
    // The current tab by its page's name (tabs may be added), else by position.
    const QString current = settings.value(QStringLiteral("mainWindow/currentPage")).toString();
    auto *page = current.isEmpty() ? nullptr : views->findChild<QWidget *>(current);
    const int tab = page ? views->indexOf(page)
                         : settings.value(QStringLiteral("mainWindow/currentTab"), 0).toInt();
    if (tab >= 0 && tab < views->count())
        views->setCurrentIndex(tab);
    filters->restoreState(settings.value(QStringLiteral("visitList/filters")).toMap());
    for (int i = 0; i < views->count(); ++i) {
        const auto widgets = rememberedFilters(views->widget(i));
        for (QWidget *filter : widgets) {
            const QVariant value = settings.value(pageKey(views, i) + QStringLiteral("/filters/") +
                                                  filter->objectName());
            if (value.isValid())
                setFilterValue(filter, value);
        }
    }
    settings.beginGroup(QStringLiteral("mainWindow"));
    restoreSplitters(window, settings);
    settings.endGroup();
    return restored;
}

void saveHeaderSettings(const QTabWidget *views)
{
    QSettings settings;
    forEachHeader(views, [&settings](const QString &key, const QString &, QAbstractItemView *,
                                     QHeaderView *header) {
        // A view without a model has nothing worth keeping, and would wipe the saved widths.
        if (header->count() > 0)
            settings.setValue(key, header->saveState());
    });
}

void restoreHeaderSettings(QTabWidget *views)
{
    QSettings settings;
    forEachHeader(views, [&settings](const QString &key, const QString &oldKey,
                                     QAbstractItemView *view, QHeaderView *header) {
        const QVariant state =
            settings.contains(key) ? settings.value(key) : settings.value(oldKey);
        // A view that builds its model later picks the state up then
        // (LimitationReviewView::rebuildModel).
        view->setProperty("vtPendingHeaderState", state);
        if (header->count() == 0 || !header->restoreState(state.toByteArray()))
            return;
        // restoreState() only moves the sort indicator; the rows follow it here.
        if (auto *table = qobject_cast<QTableView *>(view); table && table->isSortingEnabled())
            table->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
        else if (auto *tree = qobject_cast<QTreeView *>(view); tree && tree->isSortingEnabled())
            tree->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
    });
}

void rememberAsFilter(QWidget *filter)
{
    filter->setProperty(kFilterProperty, true);
}

void saveWindowLayout(const QWidget *window, const QString &group)
{
    QSettings settings;
    settings.beginGroup(group);
    settings.setValue(QStringLiteral("geometry"), window->saveGeometry());
    saveSplitters(window, settings);
}

void restoreWindowLayout(QWidget *window, const QString &group)
{
    QSettings settings;
    settings.beginGroup(group);
    window->restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray());
    restoreSplitters(window, settings);
}

} // namespace vt
