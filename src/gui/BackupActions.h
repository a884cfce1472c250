#pragma once

// What the main window needs for backups, in one call so that MainWindow
// stays small: File ▸ Restore from backup… and the automatic daily backup.

class QMainWindow;
class QMenu;

namespace vt {

class DatabaseSession;

void installBackupActions(QMainWindow *window, QMenu *fileMenu, DatabaseSession &session);

} // namespace vt
