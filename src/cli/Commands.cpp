#include "cli/Commands.h"

#include "cli/CommandLine.h"
#include "cli/CsvText.h"
#include "services/DemoData.h"
#include "services/ImportExport.h"
#include "storage/Database.h"
#include "storage/VisitCatalogue.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

namespace vt::cli {
namespace {

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
    if (db.open(path.isEmpty() ? Database::defaultFilePath() : path, &error))
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

int importCommand(const QStringList &args, const QString &dbPath)
{
    QCommandLineParser parser;
    QString usage;
    if (!parseArguments(parser, QStringLiteral("import"), args, 1, &usage))
        return wrongUsage(usage);
    const QString fileName = parser.positionalArguments().constFirst();
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("cannot read %1: %2").arg(fileName, file.errorString()));
    const QByteArray json = file.readAll();

    Database db;
    if (!openDatabase(db, dbPath))
        return Failure;
    const ImportResult result = importInterchange(db, json);
    if (!result.errors.isEmpty()) {
        printIssues(result.errors);
        return fail(tr("%1 was not imported: nothing was written").arg(fileName));
    }
    if (!result.ok)
        return fail(tr("%1 was not imported: %2").arg(fileName, result.error));
    out() << tr("Imported %1 visits (%2 added, %3 replaced).")
                 .arg(result.added + result.replaced)
                 .arg(result.added)
                 .arg(result.replaced)
          << Qt::endl;
    return Success;
}

int exportCommand(const QStringList &args, const QString &dbPath)
{
    QCommandLineParser parser;
    QString usage;
    if (!parseArguments(parser, QStringLiteral("export"), args, 1, &usage))
        return wrongUsage(usage);
    const QString fileName = parser.positionalArguments().constFirst();
    Database db;
    if (!openDatabase(db, dbPath))
        return Failure;
    QString error;
    const std::optional<QByteArray> json = exportInterchange(db, &error);
    if (!json)
        return fail(tr("export failed: %1").arg(error));
    if (fileName == QLatin1String("-")) {
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly) || stdoutFile.write(*json) != json->size())
            return fail(tr("cannot write to standard output"));
        return Success;
    }
    // QSaveFile writes beside the target and renames on commit: an existing
    // file is never left half-written.
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(*json) != json->size() || !file.commit())
        return fail(tr("cannot write %1: %2").arg(fileName, file.errorString()));
    return Success;
}

int demoCommand(const QStringList &args, const QString &dbPath)
{
    QCommandLineParser parser;
    QString usage;
    if (!parseArguments(parser, QStringLiteral("demo"), args, 0, &usage))
        return wrongUsage(usage);
    Database db;
    if (!openDatabase(db, dbPath))
        return Failure;
    const ImportResult result = loadDemoData(db);
    if (!result.ok) {
        printIssues(result.errors);
        return fail(tr("the sample visits could not be added: %1").arg(result.error));
    }
    out() << tr("Sample visits: %1 added, %2 already present.").arg(result.added).arg(result.replaced)
          << Qt::endl;
    return Success;
}

int visitsCommand(const QStringList &args, const QString &dbPath)
{
    QCommandLineParser parser;
    const QCommandLineOption search(QStringLiteral("search"), tr("Only visits matching TEXT."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption format(QStringLiteral("format"), tr("csv (default) or json."),
                                    QStringLiteral("FORMAT"), QStringLiteral("csv"));
    parser.addOptions({search, format});
    QString usage;
    if (!parseArguments(parser, QStringLiteral("visits"), args, 0, &usage))
        return wrongUsage(usage);
    const QString formatName = parser.value(format);
    if (formatName != QLatin1String("csv") && formatName != QLatin1String("json"))
        return wrongUsage(tr("--format must be csv or json, not \"%1\"").arg(formatName));

    Database db;
    if (!openDatabase(db, dbPath))
        return Failure;
    VisitFilter filter;
    filter.text = parser.value(search);
    const VisitCatalogue catalogue(db);
    const QList<VisitRow> rows = catalogue.page(filter, VisitSortKey::Date, Qt::AscendingOrder, 0,
                                                catalogue.count(filter));
    if (formatName == QLatin1String("json")) {
        QJsonArray list;
        for (const VisitRow &row : rows) {
            list.append(QJsonObject{{QStringLiteral("id"), row.id},
                                    {QStringLiteral("date"), row.date.toString(Qt::ISODate)},
                                    {QStringLiteral("host"), row.host},
                                    {QStringLiteral("delegation"), row.delegation},
                                    {QStringLiteral("title"), row.title},
                                    {QStringLiteral("status"), toKey(row.status)}});
        }
        out() << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
        out().flush();
        return Success;
    }
    out() << "id,date,host,delegation,title,status\n";
    for (const VisitRow &row : rows) {
        out() << csvRecord({QString::number(row.id), row.date.toString(Qt::ISODate), row.host,
                            row.delegation, row.title, toKey(row.status)});
    }
    out().flush();
    return Success;
}

} // namespace

int runNamedCommand(const QString &command, const QStringList &arguments,
                    const QString &databasePath)
{
    if (command == QLatin1String("import"))
        return importCommand(arguments, databasePath);
    if (command == QLatin1String("export"))
        return exportCommand(arguments, databasePath);
    if (command == QLatin1String("demo"))
        return demoCommand(arguments, databasePath);
    if (command == QLatin1String("visits"))
        return visitsCommand(arguments, databasePath);
    static const QStringList later = {
        QStringLiteral("search"),  QStringLiteral("limitations"), QStringLiteral("recommendations"),
        QStringLiteral("summary"), QStringLiteral("chart"),       QStringLiteral("backup"),
        QStringLiteral("check"),   QStringLiteral("generate")};
    if (later.contains(command))
        return fail(tr("the command %1 is not available in this version yet").arg(command));
    return wrongUsage(tr("unknown command \"%1\"").arg(command));
}

} // namespace vt::cli
