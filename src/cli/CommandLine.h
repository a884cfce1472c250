#pragma once

// The command line promised in INTERFACES.md: global options, then either
// nothing (the main window) or a headless command with its own arguments.

#include <QString>
#include <QStringList>

namespace vt::cli {

enum ExitCode
{
    Success = 0,
    Failure = 1,
    WrongUsage = 2
};

struct Invocation
{
    QString databasePath; // empty: the per-user default
    QString language;     // "vi", "en" or empty for the system's
    QString command;      // empty: open the main window
    QStringList commandArguments;
    bool showHelp = false;
    bool showVersion = false;
    QString usageError; // set when the global options are wrong
};

// Parses the global options; everything after the command belongs to it.
Invocation parseInvocation(const QStringList &arguments);

// Runs a headless command (needs a QCoreApplication) and returns the exit code.
int runCommand(const Invocation &invocation);

QString helpText();

} // namespace vt::cli
