#include "cli/CommandSet.h"

#include "cli/CommandSupport.h"
#include "services/SyntheticVisits.h"
#include "storage/Database.h"

namespace vt::cli {

// generate --visits N [--seed S]: adds synthetic visits for benchmarks
// (services/SyntheticVisits.h); the same seed gives the same visits, and
// running it again replaces them.
int generateCommand(const QStringList &args, const QString &dbPath)
{
    QCommandLineParser parser;
    const QCommandLineOption visits(QStringLiteral("visits"), tr("Number of visits to generate."),
                                    QStringLiteral("N"));
    const QCommandLineOption seed(QStringLiteral("seed"), tr("Seed of the data set (default 1)."),
                                  QStringLiteral("S"), QStringLiteral("1"));
    parser.addOptions({visits, seed});
    QString usage;
    if (!parseArguments(parser, QStringLiteral("generate"), args, 0, &usage))
        return wrongUsage(usage);
    if (!parser.isSet(visits))
        return wrongUsage(tr("generate needs --visits N"));
    bool ok = false;
    const int count = parser.value(visits).toInt(&ok);
    if (!ok || count < 1)
        return wrongUsage(tr("--visits must be a whole number of at least 1, not \"%1\"")
                              .arg(parser.value(visits)));
    const quint64 seedValue = parser.value(seed).toULongLong(&ok);
    if (!ok)
        return wrongUsage(
            tr("--seed must be a non-negative whole number, not \"%1\"").arg(parser.value(seed)));

    Database db;
    if (!openDatabase(db, dbPath))
        return Failure;
    const GenerateResult result = generateVisits(db, count, seedValue);
    if (!result.ok)
        return fail(tr("could not generate the visits: %1").arg(result.error));
    const double seconds = qMax<qint64>(1, result.elapsedMs) / 1000.0;
    out() << tr("%1 visits generated (%2 added, %3 replaced) in %4 s: %5 visits/s")
                 .arg(count)
                 .arg(result.added)
                 .arg(result.replaced)
                 .arg(seconds, 0, 'f', 2)
                 .arg(qRound(count / seconds))
          << Qt::endl;
    return Success;
}

} // namespace vt::cli
