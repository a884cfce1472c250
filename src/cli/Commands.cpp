#include "cli/Commands.h"

#include "cli/CommandSet.h"
#include "cli/CommandSupport.h"

#include <functional>
#include <map>

namespace vt::cli {

int runNamedCommand(const QString &command, const QStringList &arguments,
                    const QString &databasePath)
{
    using Command = std::function<int(const QStringList &, const QString &)>;
    static const std::map<QString, Command> commands = {
        {QStringLiteral("import"), importCommand},
        {QStringLiteral("export"), exportCommand},
        {QStringLiteral("demo"), demoCommand},
        {QStringLiteral("visits"), visitsCommand},
        {QStringLiteral("search"), searchCommand},
        {QStringLiteral("limitations"), limitationsCommand},
        {QStringLiteral("recommendations"), recommendationsCommand},
        {QStringLiteral("generate"), generateCommand},
        {QStringLiteral("backup"), backupCommand},
        {QStringLiteral("check"), checkCommand},
        {QStringLiteral("chart"), chartCommand},
        {QStringLiteral("summary"), summaryCommand},
    };
    if (const auto it = commands.find(command); it != commands.end())
        return it->second(arguments, databasePath);

    return wrongUsage(tr("unknown command \"%1\"").arg(command));
}

} // namespace vt::cli
