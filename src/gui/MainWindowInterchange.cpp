// The main window's interchange actions: import (with progress, see
// ImportWithProgress.h), export and the sample visits.

#include "gui/MainWindow.h"

#include "gui/BackgroundTask.h"
#include "gui/DatabaseSession.h"
#include "gui/FileDialogs.h"
#include "gui/ImportWithProgress.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QMessageBox>
#include <QSaveFile>
#include <QStatusBar>

namespace vt {
namespace {

QString issuesText(const QList<ValidationIssue> &issues, int shown)
{
    QStringList lines;
    for (qsizetype i = 0; i < issues.size() && i < shown; ++i)
        lines << issues.at(i).path + QStringLiteral(": ") + issues.at(i).message;
    if (issues.size() > shown)
        lines << QCoreApplication::translate("vt::MainWindow", "… and %1 more")
                     .arg(issues.size() - shown);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

void MainWindow::importJson()
{
    const QString path = FileDialogs::openFileName(this, tr("Import visits"), {},
                                                   tr("JSON files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::critical(this, tr("Import failed"),
                              tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    // Read as it is imported, never whole (ImportExport.h).
    const ImportResult result = importWithProgress(*m_session, file, path, this);
    if (result.cancelled) {
        statusBar()->showMessage(tr("Import cancelled: nothing was imported."), 8000);
        return;
    }
    if (!result.ok) {
        QMessageBox box(QMessageBox::Critical, tr("Import failed"),
                        tr("Nothing was imported from %1.").arg(QDir::toNativeSeparators(path)),
                        QMessageBox::Ok, this);
        box.setDetailedText(result.error + issuesText(result.errors, 500));
        box.setInformativeText(issuesText(result.errors, 5));
        box.exec();
        return;
    }
    // In the user's number format, like the visit count beside it.
    const QLocale locale;
    statusBar()->showMessage(
        tr("Imported %Ln visit(s) (%1 added, %2 replaced).", nullptr,
           result.added + result.replaced)
            .arg(locale.toString(result.added), locale.toString(result.replaced)),
        8000);
}

void MainWindow::exportJson()
{
    const QString path = FileDialogs::saveFileName(this, tr("Export visits"), tr("visits.json"),
                                                   tr("JSON files (*.json)"));
    if (path.isEmpty() || !m_session->isOpen())
        return;
    // On a thread of its own with a read-only connection of its own, behind a
    // progress dialog: every visit is read, and at national scale that takes
    // a while. The transaction inside exportInterchange gives one snapshot
    // of the file.
    const QString databasePath = m_session->filePath();
    const QString error = runInBackground<QString>(
        this, tr("Export visits"), tr("Exporting the visits…"), [&]() -> QString {
            Database reader;
            QString problem;
            if (!reader.open(databasePath, &problem, Database::Access::ReadOnly))
                return problem;
            // Renamed into place only once whole.
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly))
                return file.errorString();
            if (!exportInterchange(reader, file, &problem, path))
                return problem;
            return file.commit() ? QString() : file.errorString();
        });
    if (!error.isEmpty()) {
        QMessageBox::critical(this, tr("Export failed"),
                              tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), error));
        return;
    }
    statusBar()->showMessage(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)), 8000);
}

void MainWindow::loadSampleVisits()
{
    const ImportResult result = m_session->loadSampleVisits();
    if (!result.ok) {
        QMessageBox::critical(this, tr("Sample visits not loaded"),
                              result.error + issuesText(result.errors, 10));
        return;
    }
    statusBar()->showMessage(tr("Sample visits loaded."), 8000);
}

} // namespace vt
