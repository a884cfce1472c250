#include "gui/Icons.h"

#include <QDir>

namespace vt {

QIcon actionIcon(const QString &name)
{
    return QIcon::fromTheme(name, QIcon(QStringLiteral(":/icons/%1.svg").arg(name)));
}

QStringList shippedIconNames()
{
    QStringList names;
    const auto files = QDir(QStringLiteral(":/icons")).entryList({QStringLiteral("*.svg")});
    for (const QString &file : files)
        names << file.chopped(4);
    return names;
}

} // namespace vt
