#include "gui/BackupActions.h"

#include "gui/AutomaticBackups.h"
#include "gui/DatabaseSession.h"
#include "gui/Icons.h"
#include "gui/RestoreBackupDialog.h"

#include <QAction>
#include <QCoreApplication>
#include <QMainWindow>
#include <QMenu>

namespace vt {
namespace {

// lupdate and the translator share this context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(vt::BackupActions)
};

} // namespace

void installBackupActions(QMainWindow *window, QMenu *fileMenu, DatabaseSession &session)
{
    auto *restore = new QAction(actionIcon(QStringLiteral("document-revert")),
                                Text::tr("Restore from &backup…"), window);
    restore->setObjectName(QStringLiteral("restoreBackupAction"));
    restore->setStatusTip(Text::tr("List the automatic backups of this database and put one back"));
    QObject::connect(restore, &QAction::triggered, window, [window, &session] {
        RestoreBackupDialog dialog(session, window);
        dialog.exec();
    });
    fileMenu->addAction(restore);
    new AutomaticBackups(session, window);
}

} // namespace vt
