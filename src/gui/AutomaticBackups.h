#pragma once

// Runs the daily automatic backup (services/BackupRotation.h) for the main
// window: shortly after a database is opened and then every hour while it
// stays open; the backup is written only when the newest is a day old. It is
// written in the background (services/BackgroundBackup.h): at national scale
// the copy takes seconds, and the window must keep answering. The status bar
// says while it is written and how it ended; a failure also stays in the log.
// A backup still running when its file is closed or replaced is stopped.

#include <QObject>
#include <QPointer>

class QMainWindow;
class QStatusBar;
class QTimer;

namespace vt {

class BackgroundBackup;
class DatabaseSession;
struct RotationResult;

class AutomaticBackups final : public QObject
{
    Q_OBJECT

public:
    AutomaticBackups(DatabaseSession &session, QMainWindow *window);

    // Starts the backup if one is due (and automatic backups are on); true
    // when started. finished() tells how it ended.
    bool runIfDue();
    bool isRunning() const;

signals:
    // The message shown in the status bar once the backup ended.
    void finished(const QString &message);

private:
    void report(const RotationResult &result);

    DatabaseSession &m_session;
    // The window's status bar, not the window: the session, also the
    // window's child, may announce fileClosing() while the window is being
    // destroyed, when only its children are still whole.
    QPointer<QStatusBar> m_statusBar;
    QTimer *m_timer;
    BackgroundBackup *m_backup;
};

} // namespace vt
