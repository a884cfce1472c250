#include "WriteFloor.h"

#include "storage/Database.h"
#include "storage/SearchIndex.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <sqlite3.h>
#include <string>
#include <vector>

namespace vt::bench {
namespace {

struct Cell
{
    int type = SQLITE_NULL;
    sqlite3_int64 integer = 0;
    double real = 0;
    std::string bytes; // TEXT (UTF-8) or BLOB
};

struct Table
{
    std::string name;
    int columns = 0;
    std::vector<Cell> cells; // row after row
};

struct Entry
{
    sqlite3_int64 rowId = 0;
    std::string body;
};

class Handle
{
public:
    ~Handle() { sqlite3_close_v2(db); }
    sqlite3 *db = nullptr;
};

class Statement
{
public:
    ~Statement() { sqlite3_finalize(stmt); }
    sqlite3_stmt *stmt = nullptr;
};

bool fail(sqlite3 *db, const char *what, QString *error)
{
    *error = QStringLiteral("%1: %2").arg(QString::fromUtf8(what),
                                          QString::fromUtf8(db ? sqlite3_errmsg(db) : "no handle"));
    return false;
}

bool exec(sqlite3 *db, const std::string &sql, QString *error)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    *error = QStringLiteral("%1: %2").arg(QString::fromStdString(sql), QString::fromUtf8(message));
    sqlite3_free(message);
    return false;
}

std::string textAt(sqlite3_stmt *stmt, int column)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, column));
    return text ? std::string(text, size_t(sqlite3_column_bytes(stmt, column))) : std::string();
}

// The schema in creation order (FTS5's own tables come with its CREATE), and
// the tables whose rows are copied.
bool readSchema(sqlite3 *source, std::vector<std::string> *statements, std::vector<Table> *tables,
                QString *error)
{
    Statement master;
    if (sqlite3_prepare_v2(source,
                           "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL"
                           " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
                           " AND name NOT LIKE 'search\\_index\\_%' ESCAPE '\\' ORDER BY rowid",
                           -1, &master.stmt, nullptr) != SQLITE_OK)
        return fail(source, "reading the schema", error);
    while (sqlite3_step(master.stmt) == SQLITE_ROW) {
        const std::string type = textAt(master.stmt, 0);
        const std::string sql = textAt(master.stmt, 2);
        statements->push_back(sql);
        if (type == "table" && sql.rfind("CREATE VIRTUAL", 0) != 0)
            tables->push_back(Table{textAt(master.stmt, 1), 0, {}});
    }
    return true;
}

bool readRows(sqlite3 *source, Table *table, qint64 *rows, QString *error)
{
    Statement select;
    const std::string sql = "SELECT * FROM \"" + table->name + "\"";
    if (sqlite3_prepare_v2(source, sql.c_str(), -1, &select.stmt, nullptr) != SQLITE_OK)
        return fail(source, "reading rows", error);
    table->columns = sqlite3_column_count(select.stmt);
    while (sqlite3_step(select.stmt) == SQLITE_ROW) {
        ++*rows;
        for (int c = 0; c < table->columns; ++c) {
            Cell cell;
            cell.type = sqlite3_column_type(select.stmt, c);
            if (cell.type == SQLITE_INTEGER)
                cell.integer = sqlite3_column_int64(select.stmt, c);
            else if (cell.type == SQLITE_FLOAT)
                cell.real = sqlite3_column_double(select.stmt, c);
            else if (cell.type == SQLITE_TEXT)
                cell.bytes = textAt(select.stmt, c);
            else if (cell.type == SQLITE_BLOB)
                cell.bytes.assign(static_cast<const char *>(sqlite3_column_blob(select.stmt, c)),
                                  size_t(sqlite3_column_bytes(select.stmt, c)));
            table->cells.push_back(std::move(cell));
        }
    }
    return true;
}

// The search index's entries as our writer makes them (the same bodyOf over
// the same folded texts), read before the clock starts.
bool readEntries(Database &source, std::vector<Entry> *entries, qint64 *visits, QString *error)
{
    QSqlQuery ids(source.connection());
    if (!ids.exec(QStringLiteral("SELECT id FROM visits ORDER BY id"))) {
        *error = ids.lastError().text();
        return false;
    }
    QList<qint64> visitIds;
    while (ids.next())
        visitIds.append(ids.value(0).toLongLong());
    ids.finish();
    *visits = visitIds.size();
    for (const qint64 id : visitIds) {
        QList<search_index::Entry> ofVisit;
        if (!search_index::entriesOfVisit(source.connection(), id, &ofVisit, error))
            return false;
        for (const search_index::Entry &entry : ofVisit)
            entries->push_back(Entry{entry.rowId, entry.body.toStdString()});
    }
    // Our writer adds a batch's entries in rowid order (VisitWriter.h).
    std::sort(entries->begin(), entries->end(),
              [](const Entry &a, const Entry &b) { return a.rowId < b.rowId; });
    return true;
}

bool bind(sqlite3_stmt *stmt, int index, const Cell &cell)
{
    switch (cell.type) {
    case SQLITE_INTEGER:
        return sqlite3_bind_int64(stmt, index, cell.integer) == SQLITE_OK;
    case SQLITE_FLOAT:
        return sqlite3_bind_double(stmt, index, cell.real) == SQLITE_OK;
    case SQLITE_TEXT:
        return sqlite3_bind_text(stmt, index, cell.bytes.data(), int(cell.bytes.size()),
                                 SQLITE_STATIC) == SQLITE_OK;
    case SQLITE_BLOB:
        return sqlite3_bind_blob(stmt, index, cell.bytes.data(), int(cell.bytes.size()),
                                 SQLITE_STATIC) == SQLITE_OK;
    default:
        return sqlite3_bind_null(stmt, index) == SQLITE_OK;
    }
}

bool insertRows(sqlite3 *target, const Table &table, QString *error)
{
    if (table.cells.empty())
        return true;
    std::string sql = "INSERT INTO \"" + table.name + "\" VALUES (";
    for (int c = 0; c < table.columns; ++c)
        sql += c ? ", ?" : "?";
    sql += ")";
    Statement insert;
    if (sqlite3_prepare_v2(target, sql.c_str(), -1, &insert.stmt, nullptr) != SQLITE_OK)
        return fail(target, "preparing an insert", error);
    for (size_t at = 0; at < table.cells.size(); at += size_t(table.columns)) {
        for (int c = 0; c < table.columns; ++c) {
            if (!bind(insert.stmt, c + 1, table.cells[at + size_t(c)]))
                return fail(target, "binding", error);
        }
        if (sqlite3_step(insert.stmt) != SQLITE_DONE)
            return fail(target, table.name.c_str(), error);
        sqlite3_reset(insert.stmt);
    }
    return true;
}

bool insertEntries(sqlite3 *target, const std::vector<Entry> &entries, QString *error)
{
    Statement insert;
    if (sqlite3_prepare_v2(target, search_index::kInsert, -1, &insert.stmt, nullptr) != SQLITE_OK)
        return fail(target, "preparing the search index insert", error);
    for (const Entry &entry : entries) {
        sqlite3_bind_int64(insert.stmt, 1, entry.rowId);
        sqlite3_bind_text(insert.stmt, 2, entry.body.data(), int(entry.body.size()), SQLITE_STATIC);
        if (sqlite3_step(insert.stmt) != SQLITE_DONE)
            return fail(target, "search_index", error);
        sqlite3_reset(insert.stmt);
    }
    return true;
}

} // namespace

bool measureWriteFloor(Database &source, const QString &targetPath, WriteFloor *floor,
                       QString *error)
{
    std::vector<Entry> entries;
    if (!readEntries(source, &entries, &floor->visits, error))
        return false;
    floor->entries = qint64(entries.size());

    Handle from;
    if (sqlite3_open_v2(source.filePath().toUtf8().constData(), &from.db, SQLITE_OPEN_READONLY,
                        nullptr) != SQLITE_OK)
        return fail(from.db, "opening the source", error);
    std::vector<std::string> schema;
    std::vector<Table> tables;
    if (!readSchema(from.db, &schema, &tables, error))
        return false;
    for (Table &table : tables) {
        if (!readRows(from.db, &table, &floor->rows, error))
            return false;
    }

    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(targetPath + QLatin1String(suffix));
    Handle to;
    if (sqlite3_open(targetPath.toUtf8().constData(), &to.db) != SQLITE_OK)
        return fail(to.db, "creating the copy", error);
    // Database::open's settings for a new file (page size, WAL, foreign keys, cache).
    if (!exec(to.db,
              "PRAGMA page_size = 16384; PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON;"
              " PRAGMA cache_size = -65536",
              error))
        return false;
    for (const std::string &statement : schema) {
        if (!exec(to.db, statement, error))
            return false;
    }
    if (!exec(to.db, search_index::kSetBuffer, error))
        return false;

    QElapsedTimer timer;
    timer.start();
    if (!exec(to.db, "BEGIN", error))
        return false;
    qint64 last = 0;
    const auto lap = [&](const std::string &name) {
        const qint64 now = timer.nsecsElapsed();
        floor->secondsByTable.append({QString::fromStdString(name), double(now - last) / 1e9});
        last = now;
    };
    for (const Table &table : tables) {
        if (!insertRows(to.db, table, error))
            return false;
        if (!table.cells.empty())
            lap(table.name);
    }
    if (!insertEntries(to.db, entries, error))
        return false;
    lap("search_index");
    if (!exec(to.db, "COMMIT", error))
        return false;
    lap("COMMIT");
    floor->seconds = double(timer.nsecsElapsed()) / 1e9;
    return true;
}

} // namespace vt::bench
