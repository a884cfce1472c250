#pragma once

// The busy cursor while the window's thread reads or writes something that
// may take a moment (a view's first reading at national scale, an export);
// restored however the scope is left.

#include <QApplication>

namespace vt {

class WaitCursor final
{
    Q_DISABLE_COPY_MOVE(WaitCursor)

public:
    WaitCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QApplication::restoreOverrideCursor(); }
};

} // namespace vt
