#pragma once

#include <QString>
#include <QStringList>

namespace vt::cli {

// Runs one headless command against the database (default location when
// databasePath is empty). Returns the process exit code.
int runNamedCommand(const QString &command, const QStringList &arguments,
                    const QString &databasePath);

} // namespace vt::cli
