// Generator speed: visits per second written with all their records into a
// new database (bench_generate --database FILE --visits N --seed S).

#include "BenchSupport.h"

#include "services/SyntheticVisits.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <ctime>

using namespace vt;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString path = bench::argument(args, QStringLiteral("--database"));
    const int count =
        bench::argument(args, QStringLiteral("--visits"), QStringLiteral("5000")).toInt();
    const quint64 seed =
        bench::argument(args, QStringLiteral("--seed"), QStringLiteral("3")).toULongLong();
    if (path.isEmpty() || count < 1) {
        qWarning("usage: bench_generate --database NEW_FILE [--visits N] [--seed S]");
        return 2;
    }
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1StringView(suffix));
    Database db;
    QString error;
    if (!db.open(path, &error)) {
        qWarning("%s", qPrintable(error));
        return 1;
    }
    // CPU time as well as wall time: on a shared machine the wall time mostly
    // measures the other processes.
    const std::clock_t cpuStart = std::clock();
    const GenerateResult result = generateVisits(db, count, seed);
    const double cpuSeconds = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
    if (!result.ok) {
        qWarning("%s", qPrintable(result.error));
        return 1;
    }
    bench::report("generate", count * 1000.0 / double(qMax<qint64>(1, result.elapsedMs)),
                  "visits/s", 5000, false);
    bench::reportInfo("generate_per_cpu_s", count / qMax(0.001, cpuSeconds), "visits/s");
    return 0;
}
