#include "cli/CommandSet.h"

#include "cli/CommandSupport.h"

namespace vt::cli {

int generateCommand(const QStringList &, const QString &)
{
    return fail(tr("the command %1 is not available in this version yet").arg(QStringLiteral("generate")));
}

} // namespace vt::cli
