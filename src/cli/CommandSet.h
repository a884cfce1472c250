#pragma once

// The headless commands, one function each. Every command parses its own
// arguments, opens the database at dbPath (default location when empty) and
// returns the process exit code (CommandLine.h).

#include <QString>
#include <QStringList>

namespace vt::cli {

int importCommand(const QStringList &args, const QString &dbPath);      // InterchangeCommands.cpp
int exportCommand(const QStringList &args, const QString &dbPath);      // InterchangeCommands.cpp
int demoCommand(const QStringList &args, const QString &dbPath);        // InterchangeCommands.cpp
int visitsCommand(const QStringList &args, const QString &dbPath);      // VisitsCommand.cpp
int searchCommand(const QStringList &args, const QString &dbPath);      // SearchCommands.cpp
int limitationsCommand(const QStringList &args, const QString &dbPath); // SearchCommands.cpp
int recommendationsCommand(const QStringList &args,
                           const QString &dbPath);                   // RecommendationsCommand.cpp
int generateCommand(const QStringList &args, const QString &dbPath); // GenerateCommand.cpp
int backupCommand(const QStringList &args, const QString &dbPath);   // MaintenanceCommands.cpp
int checkCommand(const QStringList &args, const QString &dbPath);    // MaintenanceCommands.cpp
int chartCommand(const QStringList &args, const QString &dbPath);    // ChartCommand.cpp
int summaryCommand(const QStringList &args, const QString &dbPath);  // SummaryCommand.cpp

} // namespace vt::cli
