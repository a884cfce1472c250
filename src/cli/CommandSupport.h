#pragma once

// What every headless command shares: output streams, messages with the
// right exit code, argument parsing and opening the database.

#include "cli/CommandLine.h"
#include "domain/Validation.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace vt {
class Database;
}

namespace vt::cli {

QString tr(const char *text);
QTextStream &err();
QTextStream &out();

// Prints "visit-tracker: message" on stderr and returns Failure.
int fail(const QString &message);
// Prints the message and a pointer to --help on stderr and returns WrongUsage.
int wrongUsage(const QString &message);

// Parses a command's own arguments; false (and a message) on wrong usage.
bool parseArguments(QCommandLineParser &parser, const QString &command, const QStringList &args,
                    int positionalCount, QString *error);

// Opens the database (the per-user default when path is empty); prints why
// not on failure.
bool openDatabase(Database &db, const QString &path);

// Prints each issue as "path: message" on stderr.
void printIssues(const QList<ValidationIssue> &issues);

// Writes bytes to FILE atomically, or to standard output for "-".
bool writeOutput(const QString &fileName, const QByteArray &bytes, QString *error);

} // namespace vt::cli
