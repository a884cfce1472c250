#pragma once

// Opening a file of an older schema upgrades it (Database::open keeps a copy,
// then runs the schema steps): at national scale a minute or more (schema 12
// makes the search index again). The window shows that it is working instead
// of starting late with nothing on the screen.

#include <QString>

class QWidget;

namespace vt {

// When the file needs an upgrade, runs it on a thread of its own with its own
// connection while an application-modal dialog without Cancel says what is
// happening (an upgrade is one transaction: stopping it would only undo it).
// True when there was nothing to do or the upgrade succeeded; otherwise false
// with open()'s message in *error, the file left as it was.
bool upgradeShowingProgress(const QString &filePath, QWidget *parent, QString *error);

} // namespace vt
