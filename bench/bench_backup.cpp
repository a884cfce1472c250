// The automatic backup on an existing data set, as the window runs it
// (services/BackgroundBackup: its own thread and read-only connection):
//   bench_backup --database FILE
// Figures: the whole verified backup; the longest the event loop of the
// thread that started it went without turning meanwhile (what a user of the
// window would feel, measured with a 10 ms timer); and the longest stop()
// took when called at a quarter, half and three quarters of the backup's
// time (in VACUUM INTO or in the check of the copy): closing the file or
// quitting waits that long. Backups go to a temporary folder beside the data
// set and are deleted afterwards.

#include "BenchSupport.h"

#include "services/BackgroundBackup.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace vt;

namespace {

// The longest gap between ticks of a 10 ms timer while `running` holds.
struct StallWatch
{
    QElapsedTimer sinceTick;
    double longestMs = 0;

    void tick()
    {
        if (sinceTick.isValid())
            longestMs = std::max(longestMs, double(sinceTick.nsecsElapsed()) / 1e6);
        sinceTick.start();
    }
};

// Runs the event loop for `ms` (the backup goes on meanwhile).
void runEventsFor(int ms)
{
    QElapsedTimer elapsed;
    elapsed.start();
    while (elapsed.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 10);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString database = bench::argument(app.arguments(), QStringLiteral("--database"));
    if (database.isEmpty()) {
        std::fprintf(stderr, "usage: bench_backup --database FILE\n");
        return 2;
    }
    QTemporaryDir folder(QFileInfo(database).absolutePath() +
                         QStringLiteral("/backup-bench-XXXXXX"));
    BackupPolicy policy;
    policy.folder = folder.path();
    policy.keep = 1;

    BackgroundBackup backup;
    RotationResult result;
    bool done = false;
    QObject::connect(&backup, &BackgroundBackup::finished, [&](const RotationResult &ended) {
        result = ended;
        done = true;
    });
    StallWatch watch;
    QTimer ticker;
    ticker.setInterval(10);
    QObject::connect(&ticker, &QTimer::timeout, [&] { watch.tick(); });

    QElapsedTimer whole;
    whole.start();
    ticker.start();
    backup.start(database, BackgroundBackup::When::Now, policy);
    while (!done)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 10);
    ticker.stop();
    const double wholeMs = double(whole.nsecsElapsed()) / 1e6;
    if (result.outcome != RotationResult::Outcome::Written) {
        std::fprintf(stderr, "bench_backup: %s\n", qPrintable(result.error));
        return 1;
    }
    bench::reportInfo("backup_whole", wholeMs, "ms");
    // The rule: anything over 200 ms off the window's thread.
    bench::report("backup_window_stall", watch.longestMs, "ms", 200);

    // Stopped at several moments of the copy.
    double longestStopMs = 0;
    for (const double fraction : {0.25, 0.5, 0.75}) {
        done = false;
        backup.start(database, BackgroundBackup::When::Now, policy);
        runEventsFor(int(wholeMs * fraction));
        if (!backup.isRunning()) {
            std::fprintf(stderr, "bench_backup: done before %.0f%% of its time\n", fraction * 100);
            continue;
        }
        longestStopMs = std::max(longestStopMs, bench::timeMs([&] { backup.stop(); }));
    }
    bench::reportInfo("backup_stop", longestStopMs, "ms");
    return 0;
}
