#pragma once

// An import from the window: a progress dialog shows how many visits are
// written and lets the user cancel (nothing is kept then). An import of
// thousands of visits takes seconds to minutes; without it the window would
// look hung.

#include "services/ImportExport.h"

class QIODevice;
class QWidget;

namespace vt {

class DatabaseSession;

// The dialog is application-modal: the import's transaction is open while
// events are processed, and nothing else may write meanwhile (an editor
// saving into it would be undone by a cancel).
// The dialog shows once the import has taken `showAfterMs` and is expected to
// take longer still.
ImportResult importWithProgress(DatabaseSession &session, QIODevice &device, const QString &path,
                                QWidget *parent, int showAfterMs = 200);
ImportResult importWithProgress(DatabaseSession &session, const QByteArray &json,
                                const QString &path, QWidget *parent, int showAfterMs = 200);

} // namespace vt
