#include "gui/DatabaseFileDialogs.h"

#include "gui/DatabaseSession.h"
#include "gui/FileDialogs.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>

namespace vt {
namespace {

QString withSuffix(const QString &path)
{
    return QFileInfo(path).suffix().isEmpty() ? path + QStringLiteral(".sqlite") : path;
}

bool sameFile(const QString &a, const QString &b)
{
    return QFileInfo(a).absoluteFilePath() == QFileInfo(b).absoluteFilePath();
}

} // namespace

QString DatabaseFileDialogs::askNewDatabasePath(QWidget *parent, const QString &currentPath)
{
    const QString folder = QFileInfo(currentPath).absolutePath();
    QString path = FileDialogs::saveFileName(parent, tr("New database"),
                                             folder + QStringLiteral("/visits.sqlite"),
                                             tr("Visit Tracker databases (*.sqlite *.db)"));
    if (path.isEmpty())
        return {};
    path = withSuffix(path);
    if (sameFile(path, currentPath)) {
        QMessageBox::warning(parent, tr("New database"),
                             tr("“%1” is the database that is open now. Choose another name.")
                                 .arg(QDir::toNativeSeparators(path)));
        return {};
    }
    // The file dialog has asked whether to replace an existing file.
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        QMessageBox::critical(parent, tr("New database"),
                              tr("Cannot replace “%1”.").arg(QDir::toNativeSeparators(path)));
        return {};
    }
    return path;
}

QString DatabaseFileDialogs::saveCopy(QWidget *parent, DatabaseSession &session)
{
    const QFileInfo current(session.filePath());
    const QString suggested =
        current.absolutePath() + QLatin1Char('/') + current.completeBaseName() + QLatin1Char('-') +
        QDate::currentDate().toString(Qt::ISODate) + QStringLiteral(".sqlite");
    QString path = FileDialogs::saveFileName(parent, tr("Save a copy of the database"), suggested,
                                             tr("Visit Tracker databases (*.sqlite *.db)"));
    if (path.isEmpty())
        return {};
    path = withSuffix(path);
    QString error;
    if (!session.database().saveCopy(path, &error)) {
        QMessageBox::critical(parent, tr("Copy not saved"), error);
        return {};
    }
    return path;
}

} // namespace vt
