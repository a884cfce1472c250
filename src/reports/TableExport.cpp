#include "reports/TableExport.h"

namespace vt {

std::optional<TableFormat> tableFormatFor(const QString &)
{
    return std::nullopt; // placeholder until the writers land
}

bool writeTable(const ReportTable &, const QString &, TableFormat, QString *error)
{
    *error = QStringLiteral("not available yet");
    return false;
}

} // namespace vt
