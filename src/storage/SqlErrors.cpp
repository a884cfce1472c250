#include "storage/SqlErrors.h"

#include "storage/SqlValues.h"

namespace vt::sql {

QString readableError(const QSqlError &error)
{
    const QString driverText = error.text();
    bool ok = false;
    // QSQLITE reports the SQLite result code; its low byte is the primary code.
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    if (!ok)
        return driverText;
    QString sentence;
    switch (code) {
    case 13: // SQLITE_FULL
        sentence = sql::Text::tr("the disk is full, so nothing was saved; free some space and try "
                                 "again, or save a copy elsewhere");
        break;
    case 10: // SQLITE_IOERR
        sentence = sql::Text::tr("the disk could not be read or written, so nothing was saved; "
                                 "check the drive and try again");
        break;
    case 11: // SQLITE_CORRUPT
        sentence = sql::Text::tr("the database file is damaged; restore it from a backup");
        break;
    default:
        return driverText;
    }
    return QStringLiteral("%1 (%2)").arg(sentence, driverText);
}

} // namespace vt::sql
