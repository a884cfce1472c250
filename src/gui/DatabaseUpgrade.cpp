#include "gui/DatabaseUpgrade.h"

#include "gui/WaitCursor.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QProgressDialog>
#include <QTimer>
#include <atomic>
#include <thread>

namespace vt {
namespace {

// lupdate and the translator share this context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(vt::DatabaseUpgrade)
};

} // namespace

bool upgradeShowingProgress(const QString &filePath, QWidget *parent, QString *error)
{
    if (!Database::needsUpgrade(filePath))
        return true;
    QProgressDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("upgradeProgress"));
    dialog.setWindowTitle(Text::tr("Upgrading the database"));
    dialog.setLabelText(
        Text::tr("Upgrading “%1” for this version of Visit Tracker…\n"
                 "A copy of the file as it was is kept first. A large file takes a few minutes.")
            .arg(QDir::toNativeSeparators(filePath)));
    dialog.setCancelButton(nullptr);
    dialog.setRange(0, 0); // the steps report no progress of their own
    dialog.setWindowModality(Qt::ApplicationModal);
    dialog.setMinimumDuration(0);
    dialog.show();
    const WaitCursor busy;

    // The connection is made, used and closed on the thread (Qt's rule for
    // QSqlDatabase); the window's own open() then finds the file upgraded.
    std::atomic_bool done = false;
    bool ok = false;
    QString problem;
    std::thread upgrade([&] {
        {
            Database database;
            ok = database.open(filePath, &problem);
        }
        done = true;
    });
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done)
            loop.quit();
    });
    poll.start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    upgrade.join();
    if (!ok && error)
        *error = problem;
    return ok;
}

} // namespace vt
