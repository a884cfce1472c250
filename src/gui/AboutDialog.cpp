#include "gui/AboutDialog.h"

#include "gui/DatabaseSession.h"

#include <QDir>
#include <QMessageBox>

namespace vt {

void AboutDialog::show(QWidget *parent, DatabaseSession &session)
{
    // The title and description keep MainWindow's context, where they were
    // written and already translated.
    const QString path = session.isOpen()
                             ? QDir::toNativeSeparators(session.filePath()).toHtmlEscaped()
                             : tr("(none)");
    const QString description =
        QCoreApplication::translate(
            "vt::MainWindow",
            "<h3>Visit Tracker %1</h3>"
            "<p>Records of working, inspection and supervision delegations, their "
            "findings and the follow-up of their recommendations.</p>"
            "<p>Database: %2<br>Schema version: %3</p>")
            .arg(QStringLiteral(VT_VERSION), path)
            .arg(session.isOpen() ? session.database().schemaVersion() : 0);
    const QString licence =
        tr("<p>This program is free software, licensed under the GNU General Public "
           "License, version 3 or (at your option) any later version "
           "(GPL-3.0-or-later). It comes with no warranty.</p>");
    QMessageBox::about(parent, QCoreApplication::translate("vt::MainWindow", "About Visit Tracker"),
                       description + licence);
}

} // namespace vt
