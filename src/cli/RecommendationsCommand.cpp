#include "cli/CommandSet.h"

#include "cli/CommandSupport.h"

namespace vt::cli {

int recommendationsCommand(const QStringList &, const QString &)
{
    return fail(tr("the command %1 is not available in this version yet").arg(QStringLiteral("recommendations")));
}

} // namespace vt::cli
