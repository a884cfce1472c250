#pragma once

#include <QString>
#include <QStringList>

namespace vt::cli {

// One CSV record (RFC 4180): fields quoted where they hold a comma, quote or
// line break; the line ends with "\n".
QString csvRecord(const QStringList &fields);

} // namespace vt::cli
