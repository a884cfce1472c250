#include "BenchSupport.h"

#include <QFile>
#include <QTextStream>
#include <algorithm>
#include <cstdio>
#include <ctime>

namespace vt::bench {

double median(QList<double> values)
{
    return percentile(std::move(values), 0.5);
}

double percentile(QList<double> values, double fraction)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    // Nearest rank: p95 of 20 samples is the 19th.
    const auto rank = qsizetype(fraction * double(values.size()) + 0.999999);
    return values.at(qBound<qsizetype>(0, rank - 1, values.size() - 1));
}

void report(const char *name, double value, const char *unit, double budget, bool atMost)
{
    std::printf("FIGURE %s %.3f %s %g %s\n", name, value, unit, budget, atMost ? "max" : "min");
    std::fflush(stdout);
}

void reportInfo(const char *name, double value, const char *unit)
{
    std::printf("FIGURE %s %.3f %s - info\n", name, value, unit);
    std::fflush(stdout);
}

void reportFloor(const char *name, double value)
{
    std::printf("FLOOR %s %.3f\n", name, value);
    std::fflush(stdout);
}

double cpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

double residentMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

QString argument(const QStringList &arguments, const QString &name, const QString &fallback)
{
    const qsizetype at = arguments.indexOf(name);
    return at >= 0 && at + 1 < arguments.size() ? arguments.at(at + 1) : fallback;
}

} // namespace vt::bench
