#pragma once

// What the main window remembers between runs, in QSettings: geometry and
// tool bar state, the current tab, the visit list's filters, and every view's
// column widths, order and sort.

class QMainWindow;
class QTabWidget;

namespace vt {

class VisitFilterBar;

void saveWindowSettings(const QMainWindow *window, const QTabWidget *views,
                        const VisitFilterBar *filters);
// Returns false when nothing was saved yet (first start).
bool restoreWindowSettings(QMainWindow *window, QTabWidget *views, VisitFilterBar *filters);

// Headers are saved per tab; restore them after the views have their models,
// since setting a model resets a header.
void saveHeaderSettings(const QTabWidget *views);
void restoreHeaderSettings(QTabWidget *views);

} // namespace vt
