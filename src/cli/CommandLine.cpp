#include "cli/CommandLine.h"

#include "cli/Commands.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QTextStream>

namespace vt::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("vt::cli", text);
}

// Takes the value of "--name VALUE" or "--name=VALUE" at position i.
bool takeValue(const QStringList &args, qsizetype &i, const QString &name, QString *value,
               QString *error)
{
    const QString &arg = args.at(i);
    if (arg.startsWith(name + QLatin1Char('='))) {
        *value = arg.mid(name.size() + 1);
        return true;
    }
    if (i + 1 >= args.size()) {
        *error = tr("option %1 needs a value").arg(name);
        return false;
    }
    *value = args.at(++i);
    return true;
}

} // namespace

Invocation parseInvocation(const QStringList &arguments)
{
    Invocation inv;
    const QString database = QStringLiteral("--database");
    const QString lang = QStringLiteral("--lang");
    // arguments[0] is the program.
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (!inv.command.isEmpty()) {
            inv.commandArguments << arg;
        } else if (arg == database || arg.startsWith(database + QLatin1Char('='))) {
            if (!takeValue(arguments, i, database, &inv.databasePath, &inv.usageError))
                return inv;
        } else if (arg == lang || arg.startsWith(lang + QLatin1Char('='))) {
            if (!takeValue(arguments, i, lang, &inv.language, &inv.usageError))
                return inv;
            if (inv.language != QLatin1String("vi") && inv.language != QLatin1String("en")) {
                inv.usageError = tr("--lang must be vi or en, not \"%1\"").arg(inv.language);
                return inv;
            }
        } else if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            inv.showHelp = true;
        } else if (arg == QLatin1String("--version") || arg == QLatin1String("-v")) {
            inv.showVersion = true;
        } else if (arg.startsWith(QLatin1Char('-'))) {
            inv.usageError = tr("unknown option %1").arg(arg);
            return inv;
        } else {
            inv.command = arg;
        }
    }
    return inv;
}

QString helpText()
{
    return tr("Usage:\n"
              "  visit-tracker [--database FILE] [--lang vi|en]          open the main window\n"
              "  visit-tracker [--database FILE] COMMAND [ARGUMENTS]     run a command headless\n"
              "\n"
              "Options:\n"
              "  --database FILE   the database to use (default: %1)\n"
              "  --lang vi|en      the language of the interface and messages\n"
              "  --help            show this help\n"
              "  --version         show the version\n"
              "\n"
              "Commands:\n"
              "  import FILE.json                       import visits (all or nothing)\n"
              "  export FILE.json                       export all visits (- for standard output)\n"
              "  demo                                   add the sample visits\n"
              "  visits [--search TEXT] [--format csv|json]\n"
              "                                         list visits\n"
              "  search TEXT [--format csv|json]        search visits, findings and "
              "recommendations\n"
              "  limitations [--host NAME] [--search TEXT] [--from DATE] [--to DATE] [-o FILE]\n"
              "                                         list limitations (.csv .xlsx .pdf)\n"
              "  recommendations [--status STATUS] [--host NAME] [--age DAYS] [--as-of DATE]\n"
              "                  [-o FILE]              follow-up list; STATUS: open, "
              "in-progress,\n"
              "                                         done, cancelled or overdue\n"
              "  summary VISIT_ID [--document minutes|conclusion] [--style party|state|plain]\n"
              "                  [--as-of DATE] -o FILE print a meeting document (.pdf .odt "
              ".html)\n"
              "  chart plan|indicators|hosts|recommendations [--host NAME] [--period P]\n"
              "                  [--as-of DATE] -o FILE draw a progress chart (.png .pdf)\n"
              "  backup FILE                            write a verified copy of the database\n"
              "  check                                  check the database; prints ok or the "
              "problems\n"
              "  generate --visits N [--seed S]         add synthetic visits (for benchmarks)\n"
              "\n"
              "With --host NAME, --subordinates also covers the units under the host\n"
              "(limitations, recommendations).\n"
              "\n"
              "Exit codes: 0 success, 1 failure, 2 wrong usage.\n")
        .arg(Database::defaultFilePath());
}

int runCommand(const Invocation &inv)
{
    QTextStream err(stderr);
    if (!inv.usageError.isEmpty()) {
        err << "visit-tracker: " << inv.usageError << '\n'
            << tr("Try visit-tracker --help.") << '\n';
        return WrongUsage;
    }
    if (inv.showHelp) {
        QTextStream(stdout) << helpText();
        return Success;
    }
    if (inv.showVersion) {
        QTextStream(stdout) << "visit-tracker " << QStringLiteral(VT_VERSION) << '\n';
        return Success;
    }
    return runNamedCommand(inv.command, inv.commandArguments, inv.databasePath);
}

} // namespace vt::cli
