#pragma once

// What the benchmark programs share: timing, medians, resident memory and the
// one output line per figure that scripts/bench.sh collects:
//   FIGURE <name> <value> <unit> <budget|-> <max|min>
// ("max": the value must stay at or below the budget; "min": at or above).

#include <QElapsedTimer>
#include <QList>
#include <QString>

namespace vt::bench {

double median(QList<double> values);
double percentile(QList<double> values, double fraction);

// Milliseconds that f takes, as a double with microsecond resolution.
template <typename F> double timeMs(F &&f)
{
    QElapsedTimer timer;
    timer.start();
    f();
    return double(timer.nsecsElapsed()) / 1e6;
}

// CPU milliseconds this process has used so far (all threads): with other
// builds on the machine, wall-clock figures vary with the load, CPU time less.
double cpuMs();

// Milliseconds of CPU time that f takes (the whole process).
template <typename F> double cpuTimeMs(F &&f)
{
    const double before = cpuMs();
    f();
    return cpuMs() - before;
}

void report(const char *name, double value, const char *unit, double budget, bool atMost = true);
void reportInfo(const char *name, double value, const char *unit);
// The same work done by SQLite alone (or by LibreOffice, for the PDF), in the
// figure's unit: scripts/bench.sh shows the figure's ratio to it.
void reportFloor(const char *name, double value);

// VmRSS of this process in MB (Linux /proc/self/status).
double residentMb();

// "--name value" from the arguments, or fallback.
QString argument(const QStringList &arguments, const QString &name, const QString &fallback = {});

} // namespace vt::bench
