#include "gui/AutomaticBackups.h"

#include "gui/DatabaseSession.h"
#include "services/BackgroundBackup.h"
#include "services/BackupRotation.h"

#include <QDir>
#include <QFileInfo>
#include <QMainWindow>
#include <QStatusBar>
#include <QTimer>

namespace vt {
namespace {

// Long enough for the window to appear and fill its views first.
constexpr int kDelayAfterOpenMs = 5000;
constexpr int kCheckEveryMs = 60 * 60 * 1000;
constexpr int kShowResultMs = 15000;

} // namespace

AutomaticBackups::AutomaticBackups(DatabaseSession &session, QMainWindow *window)
    : QObject(window), m_session(session), m_statusBar(window->statusBar()),
      m_timer(new QTimer(this)), m_backup(new BackgroundBackup(this))
{
    m_timer->setInterval(kCheckEveryMs);
    connect(m_timer, &QTimer::timeout, this, &AutomaticBackups::runIfDue);
    m_timer->start();
    connect(&m_session, &DatabaseSession::databaseOpened, this,
            [this] { QTimer::singleShot(kDelayAfterOpenMs, this, &AutomaticBackups::runIfDue); });
    connect(&m_session, &DatabaseSession::fileClosing, this, [this] {
        if (!m_backup->isRunning())
            return;
        m_backup->stop(); // a moment: the copy is interrupted, not finished
        if (m_statusBar)
            m_statusBar->clearMessage();
    });
    connect(m_backup, &BackgroundBackup::finished, this, &AutomaticBackups::report);
}

bool AutomaticBackups::runIfDue()
{
    if (!m_session.isOpen() || m_backup->isRunning())
        return false;
    if (m_session.isBusy()) {
        // An import is changing much of the file: back up what it leaves.
        QTimer::singleShot(kDelayAfterOpenMs, this, &AutomaticBackups::runIfDue);
        return false;
    }
    const BackupPolicy policy = BackupPolicy::fromSettings();
    const QString path = m_session.filePath();
    if (!BackupRotation(policy).isDue(path, QDateTime::currentDateTime()))
        return false;
    if (!m_backup->start(path, BackgroundBackup::When::IfDue, policy))
        return false;
    if (m_statusBar)
        m_statusBar->showMessage(tr("Writing the automatic backup…"));
    return true;
}

bool AutomaticBackups::isRunning() const
{
    return m_backup->isRunning();
}

void AutomaticBackups::report(const RotationResult &result)
{
    QString message;
    switch (result.outcome) {
    case RotationResult::Outcome::NotDue:
    case RotationResult::Outcome::Cancelled:
        if (m_statusBar)
            m_statusBar->clearMessage();
        break;
    case RotationResult::Outcome::Written:
        message =
            tr("Automatic backup written: %1 (%Ln visit(s)).", nullptr, int(result.visitCount))
                .arg(QDir::toNativeSeparators(result.filePath));
        break;
    case RotationResult::Outcome::Failed:
        message = tr("The automatic backup failed: %1").arg(result.error);
        qWarning("%s", qPrintable(message));
        break;
    }
    if (!message.isEmpty() && m_statusBar)
        m_statusBar->showMessage(message, kShowResultMs);
    emit finished(message);
}

} // namespace vt
