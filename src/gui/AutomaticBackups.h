#pragma once

// Runs the daily automatic backup (services/BackupRotation.h) for the main
// window: shortly after a database is opened and then every hour while it
// stays open; the backup is written only when the newest is a day old. The
// outcome is shown in the status bar; a failure also stays in the log.

#include <QObject>

class QMainWindow;
class QTimer;

namespace vt {

class DatabaseSession;

class AutomaticBackups final : public QObject
{
    Q_OBJECT

public:
    AutomaticBackups(DatabaseSession &session, QMainWindow *window);

    // Backs up now if due (and automatic backups are on). Returns the message
    // shown, empty when nothing was due.
    QString runIfDue();

private:
    DatabaseSession &m_session;
    QMainWindow *m_window;
    QTimer *m_timer;
};

} // namespace vt
