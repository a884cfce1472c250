#pragma once

// Driver errors that users meet (a full disk, an I/O error, a damaged file)
// as readable sentences that say what to do.

#include <QSqlError>
#include <QString>

namespace vt::sql {

// The driver text, preceded by a readable sentence for the errors above;
// the driver text alone for any other error.
QString readableError(const QSqlError &error);

} // namespace vt::sql
