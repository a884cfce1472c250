#include "storage/SqlFunctions.h"

#include "storage/NativeStatement.h"

#include "domain/TextFolding.h"

#include <sqlite3.h>

namespace vt::sql {
namespace {

void foldFunction(sqlite3_context *context, int, sqlite3_value **values)
{
    if (sqlite3_value_type(values[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(values[0]));
    const QByteArray folded =
        foldForSearch(QString::fromUtf8(text, sqlite3_value_bytes(values[0]))).toUtf8();
    sqlite3_result_text(context, folded.constData(), int(folded.size()), SQLITE_TRANSIENT);
}

} // namespace

bool addFunctions(const QSqlDatabase &connection)
{
    sqlite3 *handle = handleOf(connection);
    return handle && sqlite3_create_function_v2(
                         handle, "vt_fold", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                         &foldFunction, nullptr, nullptr, nullptr) == SQLITE_OK;
}

} // namespace vt::sql
