#pragma once

// Icons of the program's actions. Each has a freedesktop icon name; the
// desktop's icon theme is used when it has that name, else our own SVG from
// resources/icons (embedded under :/icons), sharp at any scale. SVG icons
// need Qt's SVG icon engine plugin (libqt6svg6 on Debian 12).

#include <QIcon>
#include <QStringList>

namespace vt {

// "document-new", "edit-find", … (the file names in resources/icons).
QIcon actionIcon(const QString &name);
// Every icon we ship, for tests.
QStringList shippedIconNames();

} // namespace vt
