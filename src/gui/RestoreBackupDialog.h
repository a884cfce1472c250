#pragma once

// File ▸ Restore from backup: the backups of the open database (date, number
// of visits, size), newest first. Restoring checks the backup, keeps the
// current file as a backup first, then replaces the file and reopens it
// (services/BackupRotation.h: restoreBackup).

#include "services/BackupRotation.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace vt {

class DatabaseSession;

class RestoreBackupDialog final : public QDialog
{
    Q_OBJECT

public:
    RestoreBackupDialog(DatabaseSession &session, QWidget *parent = nullptr);

    // Re-reads the backup folder.
    void refresh();
    // Restores the selected backup after asking; true when restored.
    bool restoreSelected();
    // Writes a backup now (rotating as the daily one does).
    void backUpNow();

private:
    void updateButtons();

    DatabaseSession &m_session;
    QList<BackupEntry> m_entries;
    QLabel *m_intro = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_restore = nullptr;
    QPushButton *m_backUpNow = nullptr;
};

} // namespace vt
