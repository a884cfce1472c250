#include "cli/CommandSet.h"

#include "cli/CommandSupport.h"

namespace vt::cli {

int searchCommand(const QStringList &, const QString &)
{
    return fail(tr("the command %1 is not available in this version yet").arg(QStringLiteral("search")));
}

int limitationsCommand(const QStringList &, const QString &)
{
    return fail(tr("the command %1 is not available in this version yet").arg(QStringLiteral("limitations")));
}

} // namespace vt::cli
