#include "cli/CommandSet.h"

#include "cli/CommandSupport.h"
#include "storage/Database.h"
#include "storage/DatabaseBackup.h"
#include "storage/DatabaseCheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace vt::cli {

// backup FILE: a consistent copy of the database, verified before it takes
// the name FILE (storage/DatabaseBackup.h).
int backupCommand(const QStringList &args, const QString &dbPath)
{
    QCommandLineParser parser;
    QString usage;
    if (!parseArguments(parser, QStringLiteral("backup"), args, 1, &usage))
        return wrongUsage(usage);
    const QString target = parser.positionalArguments().constFirst();

    Database db;
    if (!openDatabase(db, dbPath))
        return Failure;
    const BackupResult result = backupDatabase(db, target);
    if (!result.ok)
        return fail(result.error);
    out() << QCoreApplication::translate("vt::cli", "%n visit(s) backed up to %1", nullptr,
                                         int(result.visitCount))
                 .arg(QDir::toNativeSeparators(QFileInfo(target).absoluteFilePath()))
          << Qt::endl;
    return Success;
}

// check: SQLite's integrity and foreign key checks and ours (identity, schema
// version, tables); prints "ok", or each problem on its own line and exits 1.
// Reads the file on a read-only connection, so it also names the problems of
// a file that opening would refuse.
int checkCommand(const QStringList &args, const QString &dbPath)
{
    QCommandLineParser parser;
    QString usage;
    if (!parseArguments(parser, QStringLiteral("check"), args, 0, &usage))
        return wrongUsage(usage);
    const QString path = dbPath.isEmpty() ? Database::defaultFilePath() : dbPath;
    QStringList problems;
    QString error;
    if (!checkDatabaseFile(path, &problems, &error))
        return fail(error);
    if (problems.isEmpty()) {
        out() << "ok" << Qt::endl;
        return Success;
    }
    for (const QString &problem : std::as_const(problems))
        out() << problem << '\n';
    out().flush();
    return fail(QCoreApplication::translate("vt::cli", "%n problem(s) found in %1", nullptr,
                                            int(problems.size()))
                    .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())));
}

} // namespace vt::cli
