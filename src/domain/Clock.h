#pragma once

// "Today" for overdue and progress computations (DOMAIN.md, "Status rules").
// One source for the whole program: the system date unless fixed, by tests
// and by `--as-of`, so that the window, the command line and printed reports
// give the same answers for the same date.

#include <QDate>

namespace vt {

class Clock final
{
public:
    // The fixed date when one is set, else the system's current date.
    static QDate today();
    // Fixes "today"; an invalid date returns to the system date.
    static void setToday(const QDate &date);
    static bool isFixed();
};

// Fixes "today" for a scope and restores what was there before (tests).
class FixedToday final
{
    Q_DISABLE_COPY_MOVE(FixedToday)

public:
    explicit FixedToday(const QDate &date);
    ~FixedToday();

private:
    QDate m_previous;
};

} // namespace vt
