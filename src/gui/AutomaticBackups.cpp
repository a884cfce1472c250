#include "gui/AutomaticBackups.h"

#include "gui/DatabaseSession.h"
#include "services/BackupRotation.h"

#include <QDir>
#include <QFileInfo>
#include <QMainWindow>
#include <QStatusBar>
#include <QTimer>

namespace vt {
namespace {

// Long enough for the window to appear first: a large file takes seconds.
constexpr int kDelayAfterOpenMs = 5000;
constexpr int kCheckEveryMs = 60 * 60 * 1000;

} // namespace

AutomaticBackups::AutomaticBackups(DatabaseSession &session, QMainWindow *window)
    : QObject(window), m_session(session), m_window(window), m_timer(new QTimer(this))
{
    m_timer->setInterval(kCheckEveryMs);
    connect(m_timer, &QTimer::timeout, this, &AutomaticBackups::runIfDue);
    m_timer->start();
    connect(&m_session, &DatabaseSession::databaseOpened, this,
            [this] { QTimer::singleShot(kDelayAfterOpenMs, this, &AutomaticBackups::runIfDue); });
}

QString AutomaticBackups::runIfDue()
{
    if (!m_session.isOpen())
        return {};
    if (m_session.isBusy()) {
        // An import holds its transaction open; a backup now would fail.
        QTimer::singleShot(kDelayAfterOpenMs, this, &AutomaticBackups::runIfDue);
        return {};
    }
    BackupRotation rotation;
    const RotationResult result =
        rotation.runIfDue(m_session.database(), QDateTime::currentDateTime());
    QString message;
    switch (result.outcome) {
    case RotationResult::Outcome::NotDue:
        return {};
    case RotationResult::Outcome::Written:
        message = tr("Automatic backup written: %1 (%n visit(s)).", nullptr, int(result.visitCount))
                      .arg(QDir::toNativeSeparators(result.filePath));
        break;
    case RotationResult::Outcome::Failed:
        message = tr("The automatic backup failed: %1").arg(result.error);
        qWarning("%s", qPrintable(message));
        break;
    }
    m_window->statusBar()->showMessage(message, 15000);
    return message;
}

} // namespace vt
