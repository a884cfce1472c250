#include "cli/CommandSupport.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace vt::cli {

QString tr(const char *text)
{
    return QCoreApplication::translate("vt::cli", text);
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

int fail(const QString &message)
{
    err() << "visit-tracker: " << message << Qt::endl;
    return Failure;
}

int wrongUsage(const QString &message)
{
    err() << "visit-tracker: " << message << '\n' << tr("Try visit-tracker --help.") << Qt::endl;
    return WrongUsage;
}

// Parses a command's own arguments; false (and a message) on wrong usage.
bool parseArguments(QCommandLineParser &parser, const QString &command, const QStringList &args,
                    int positionalCount, QString *error)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList{command} + args)) {
        *error = parser.errorText();
        return false;
    }
    if (parser.positionalArguments().size() != positionalCount) {
        *error = positionalCount == 0 ? tr("%1 takes no arguments").arg(command)
                                      : tr("%1 needs exactly one file").arg(command);
        return false;
    }
    return true;
}

bool openDatabase(Database &db, const QString &path)
{
    QString error;
    const QString file = path.isEmpty() ? Database::defaultFilePath() : path;
    // An upgrade can take minutes at national scale: say why nothing happens yet.
    if (Database::needsUpgrade(file)) {
        err() << tr("Upgrading “%1” for this version of Visit Tracker (a copy of the file as it "
                    "was is kept first)…")
                     .arg(QDir::toNativeSeparators(file))
              << '\n';
        err().flush();
    }
    if (db.open(file, &error))
        return true;
    fail(error);
    return false;
}

void printIssues(const QList<ValidationIssue> &issues)
{
    for (const ValidationIssue &issue : issues)
        err() << issue.path << ": " << issue.message << '\n';
    err().flush();
}

bool writeOutput(const QString &fileName, const QByteArray &bytes, QString *error)
{
    if (fileName == QLatin1String("-")) {
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly) ||
            stdoutFile.write(bytes) != bytes.size()) {
            *error = tr("cannot write to standard output");
            return false;
        }
        return true;
    }
    // QSaveFile writes beside the target and renames on commit: an existing
    // file is never left half-written.
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = tr("cannot write %1: %2").arg(fileName, file.errorString());
        return false;
    }
    return true;
}

} // namespace vt::cli
