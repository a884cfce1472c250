#pragma once

// What the windows remember between runs, in QSettings: geometry and tool
// bar state, the current tab, the splitters, the filters of every view (the
// visit list's filter bar, and each widget marked with rememberAsFilter()),
// and every list's column widths, order and sort. Views are keyed by their
// object name, so adding a tab does not mix up the others' settings.

class QMainWindow;
class QTabWidget;
class QString;
class QWidget;

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

// Marks a filter widget (QLineEdit, QComboBox, QCheckBox, OptionalDateEdit;
// it needs an object name) whose value is kept with its view.
void rememberAsFilter(QWidget *filter);

// Geometry and named splitters of another window (the visit editor), kept
// under `group`.
void saveWindowLayout(const QWidget *window, const QString &group);
void restoreWindowLayout(QWidget *window, const QString &group);

} // namespace vt
