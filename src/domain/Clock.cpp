#include "domain/Clock.h"

#include <QMutex>

namespace vt {
namespace {

// Read from the GUI thread and, rarely, from worker threads of reports.
QMutex g_mutex;
QDate g_fixed;

} // namespace

QDate Clock::today()
{
    {
        const QMutexLocker lock(&g_mutex);
        if (g_fixed.isValid())
            return g_fixed;
    }
    return QDate::currentDate();
}

void Clock::setToday(const QDate &date)
{
    const QMutexLocker lock(&g_mutex);
    g_fixed = date;
}

bool Clock::isFixed()
{
    const QMutexLocker lock(&g_mutex);
    return g_fixed.isValid();
}

FixedToday::FixedToday(const QDate &date)
{
    const QMutexLocker lock(&g_mutex);
    m_previous = g_fixed;
    g_fixed = date;
}

FixedToday::~FixedToday()
{
    Clock::setToday(m_previous);
}

} // namespace vt
