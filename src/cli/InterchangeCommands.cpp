#include "cli/CommandSet.h"

#include "cli/CommandSupport.h"
#include "services/DemoData.h"
#include "services/ImportExport.h"
#include "storage/Database.h"

#include <QFile>
#include <QSaveFile>

namespace vt::cli {

int importCommand(const QStringList &args, const QString &dbPath)
{
    QCommandLineParser parser;
    QString usage;
    if (!parseArguments(parser, QStringLiteral("import"), args, 1, &usage))
        return wrongUsage(usage);
    const QString fileName = parser.positionalArguments().constFirst();
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("cannot read %1: %2").arg(fileName, file.errorString()));

    Database db;
    if (!openDatabase(db, dbPath))
        return Failure;
    // Read as it is imported, a piece at a time (ImportExport.h).
    const ImportResult result = importInterchange(db, file, fileName);
    if (!result.errors.isEmpty()) {
        printIssues(result.errors);
        return fail(tr("%1 was not imported: nothing was written").arg(fileName));
    }
    if (!result.ok)
        return fail(tr("%1 was not imported: %2").arg(fileName, result.error));
    out() << tr("Imported %1 visits (%2 added, %3 replaced).")
                 .arg(result.added + result.replaced)
                 .arg(result.added)
                 .arg(result.replaced)
          << Qt::endl;
    return Success;
}

int exportCommand(const QStringList &args, const QString &dbPath)
{
    QCommandLineParser parser;
    QString usage;
    if (!parseArguments(parser, QStringLiteral("export"), args, 1, &usage))
        return wrongUsage(usage);
    const QString fileName = parser.positionalArguments().constFirst();
    Database db;
    if (!openDatabase(db, dbPath))
        return Failure;
    // Written as it is read; QSaveFile renames it into place only once it is
    // whole, so an existing file is never left half-written.
    QString error;
    if (fileName == QLatin1String("-")) {
        QFile standardOutput;
        if (!standardOutput.open(stdout, QIODevice::WriteOnly))
            return fail(tr("cannot write to standard output"));
        if (!exportInterchange(db, standardOutput, &error, fileName))
            return fail(tr("export failed: %1").arg(error));
        return Success;
    }
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("cannot write %1: %2").arg(fileName, file.errorString()));
    if (!exportInterchange(db, file, &error, fileName))
        return fail(tr("export failed: %1").arg(error));
    if (!file.commit())
        return fail(tr("cannot write %1: %2").arg(fileName, file.errorString()));
    return Success;
}

int demoCommand(const QStringList &args, const QString &dbPath)
{
    QCommandLineParser parser;
    QString usage;
    if (!parseArguments(parser, QStringLiteral("demo"), args, 0, &usage))
        return wrongUsage(usage);
    Database db;
    if (!openDatabase(db, dbPath))
        return Failure;
    const ImportResult result = loadDemoData(db);
    if (!result.ok) {
        printIssues(result.errors);
        return fail(tr("the sample visits could not be added: %1").arg(result.error));
    }
    out()
        << tr("Sample visits: %1 added, %2 already present.").arg(result.added).arg(result.replaced)
        << Qt::endl;
    return Success;
}

} // namespace vt::cli
