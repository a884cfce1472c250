#include "cli/CsvText.h"

namespace vt::cli {

QString csvRecord(const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &field : fields) {
        const bool needsQuotes =
            field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) ||
            field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'));
        if (!needsQuotes) {
            quoted << field;
            continue;
        }
        QString escaped = field;
        escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
        quoted << QLatin1Char('"') + escaped + QLatin1Char('"');
    }
    return quoted.join(QLatin1Char(',')) + QLatin1Char('\n');
}

} // namespace vt::cli
