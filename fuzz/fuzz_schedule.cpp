// libFuzzer target: the "x-schedule" extension of an indicator (JSON stored
// with the visit, read back by the progress charts). Input: the period on the
// first line, the schedule JSON after it. Whatever the schedule holds, the
// plan to date must be computable and the plan line ordered by date.

#include "FuzzSupport.h"

#include "services/ProgressSeries.h"

#include <cmath>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    vt::fuzz::initialise(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(vt::fuzz::bytes(data, size));
    const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'));
    const QString period = lineEnd < 0 ? QString() : text.left(lineEnd);
    const QString json = lineEnd < 0 ? text : text.mid(lineEnd + 1);

    const QList<vt::SchedulePoint> schedule = vt::scheduleFromJson(json);
    for (qsizetype i = 1; i < schedule.size(); ++i) {
        if (schedule.at(i).date < schedule.at(i - 1).date)
            vt::fuzz::fail("the schedule is not in date order");
    }

    // Probe around every point, before the first and after the last.
    QList<QDate> probes = {QDate(), QDate(1, 1, 1), QDate(9999, 12, 31)};
    for (const vt::SchedulePoint &point : schedule)
        probes << point.date.addDays(-1) << point.date << point.date.addDays(1);
    for (const std::optional<double> target :
         {std::optional<double>(), std::optional<double>(100)}) {
        for (const QDate &date : std::as_const(probes)) {
            const std::optional<double> plan = vt::planToDate(schedule, target, period, date);
            if (plan && std::isnan(*plan) && !schedule.isEmpty()) {
                // NaN only comes from a NaN-free schedule if the interpolation is wrong.
                bool finite = true;
                for (const vt::SchedulePoint &point : schedule)
                    finite = finite && std::isfinite(point.target);
                if (finite)
                    vt::fuzz::fail("planToDate gave NaN for finite targets on",
                                   date.toString(Qt::ISODate));
            }
            (void)vt::progressOf(1.0, plan);
        }
        const QList<vt::SchedulePoint> line =
            vt::planLineOf(schedule, target, period, QDate(2023, 1, 1), QDate(2023, 6, 30));
        if (!schedule.isEmpty() && line.size() < schedule.size())
            vt::fuzz::fail("the plan line lost scheduled points");
    }
    return 0;
}
