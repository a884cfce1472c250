#include "storage/NativeStatement.h"

#include "storage/SqlErrors.h"
#include "storage/SqlValues.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDriver>
#include <QSqlError>
#include <QTime>
#include <algorithm>
#include <mutex>
#include <sqlite3.h>
#include <unordered_map>
#include <vector>

namespace vt::sql {
namespace {

// The driver's own words after SQLite's message ("... Unable to fetch row"),
// in Qt's translation context as QSQLITE uses them. Passed through a variable
// so that lupdate leaves them to Qt's translations.
QString driverText(const char *text)
{
    static const char *const context = "QSQLiteResult";
    return QCoreApplication::translate(context, text);
}

// As QSqlResultPrivate::isVariantNull: a null QString or QByteArray is NULL.
bool isNullValue(const QVariant &value)
{
    if (value.isNull())
        return true;
    switch (value.typeId()) {
    case QMetaType::QString:
        return static_cast<const QString *>(value.constData())->isNull();
    case QMetaType::QByteArray:
        return static_cast<const QByteArray *>(value.constData())->isNull();
    case QMetaType::QDate:
        return static_cast<const QDate *>(value.constData())->isNull();
    case QMetaType::QTime:
        return static_cast<const QTime *>(value.constData())->isNull();
    case QMetaType::QDateTime:
        return static_cast<const QDateTime *>(value.constData())->isNull();
    default:
        return false;
    }
}

// The prepared statements of each open handle, so that closing a connection
// can finalize them first (finalizeStatementsOf). Connections of other
// threads (a backup's, an alongside reader's) register theirs too.
struct Registry
{
    std::mutex mutex;
    std::unordered_map<sqlite3 *, std::vector<NativeStatement *>> statements;
};

Registry &registry()
{
    static Registry instance;
    return instance;
}

void registerStatement(sqlite3 *handle, NativeStatement *statement)
{
    Registry &r = registry();
    const std::lock_guard lock(r.mutex);
    r.statements[handle].push_back(statement);
}

void unregisterStatement(sqlite3 *handle, NativeStatement *statement)
{
    Registry &r = registry();
    const std::lock_guard lock(r.mutex);
    const auto found = r.statements.find(handle);
    if (found == r.statements.end())
        return;
    std::erase(found->second, statement);
    if (found->second.empty())
        r.statements.erase(found);
}

} // namespace

void finalizeStatementsOf(sqlite3 *handle)
{
    if (!handle)
        return;
    std::vector<NativeStatement *> statements;
    {
        Registry &r = registry();
        const std::lock_guard lock(r.mutex);
        const auto found = r.statements.find(handle);
        if (found == r.statements.end())
            return;
        statements = std::move(found->second);
        r.statements.erase(found);
    }
    for (NativeStatement *statement : statements) {
        sqlite3_finalize(statement->m_statement);
        statement->m_statement = nullptr;
        statement->m_handle = nullptr;
        statement->m_prepareError = QSqlError(driverText("Unable to execute statement"), QString(),
                                              QSqlError::ConnectionError);
    }
}

// The QSQLITE plugin and this program share the system libsqlite3, so the
// handle is valid for the calls made on it here.
sqlite3 *handleOf(const QSqlDatabase &connection)
{
    const QVariant handle = connection.driver() ? connection.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

bool inTransaction(const QSqlDatabase &connection)
{
    sqlite3 *handle = handleOf(connection);
    return handle && sqlite3_get_autocommit(handle) == 0;
}

NativeStatement::~NativeStatement()
{
    finalize();
}

void NativeStatement::finalize()
{
    if (!m_statement)
        return;
    unregisterStatement(m_handle, this);
    sqlite3_finalize(m_statement);
    m_statement = nullptr;
}

bool NativeStatement::prepare(QSqlDatabase connection, const QString &text, const QString &what,
                              QString *error)
{
    finalize();
    m_handle = handleOf(connection);
    const QString unable = driverText("Unable to execute statement");
    if (!m_handle) {
        m_prepareError = errorOf(unable, -1);
        return fail(m_prepareError, what, error);
    }
    const int code = sqlite3_prepare16_v3(m_handle, text.utf16(), int(text.size() * 2),
                                          SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr);
    if (code == SQLITE_OK) {
        registerStatement(m_handle, this);
        return true;
    }
    m_prepareError = errorOf(unable, code);
    sqlite3_finalize(m_statement);
    m_statement = nullptr;
    return fail(m_prepareError, what, error);
}

bool NativeStatement::exec(const QVariantList &values, const QString &what, QString *error)
{
    return run(values, nullptr, nullptr, what, error);
}

bool NativeStatement::integerOf(const QVariantList &values, qint64 *value, bool *found,
                                const QString &what, QString *error)
{
    return run(values, value, found, what, error);
}

bool NativeStatement::run(const QVariantList &values, qint64 *value, bool *found,
                          const QString &what, QString *error)
{
    if (!bindAll(values, what, error))
        return false;
    const int stepped = sqlite3_step(m_statement);
    if (found)
        *found = stepped == SQLITE_ROW;
    if (value && stepped == SQLITE_ROW)
        *value = sqlite3_column_int64(m_statement, 0);
    const int code = sqlite3_reset(m_statement);
    // Text stays bound without a copy (SQLITE_STATIC) until the next run
    // binds every value again; nothing reads it before then.
    return stepped == SQLITE_DONE || stepped == SQLITE_ROW ||
           fail(errorOf(driverText("Unable to fetch row"), code), what, error);
}

bool NativeStatement::startRows(const QVariantList &values, const QString &what, QString *error)
{
    m_started = false;
    if (!bindAll(values, what, error))
        return false;
    m_stepped = sqlite3_step(m_statement);
    m_started = true;
    return true;
}

bool NativeStatement::nextRow()
{
    if (m_started) { // the first row was stepped to by startRows
        m_started = false;
        return m_stepped == SQLITE_ROW;
    }
    if (m_stepped != SQLITE_ROW)
        return false;
    m_stepped = sqlite3_step(m_statement);
    return m_stepped == SQLITE_ROW;
}

bool NativeStatement::endRows(const QString &what, QString *error)
{
    m_started = false;
    if (!m_statement)
        return fail(m_prepareError, what, error);
    const int code = sqlite3_reset(m_statement);
    return m_stepped == SQLITE_DONE || m_stepped == SQLITE_ROW ||
           fail(errorOf(driverText("Unable to fetch row"), code), what, error);
}

QVariant NativeStatement::valueAt(int column) const
{
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER:
        return qlonglong(sqlite3_column_int64(m_statement, column));
    case SQLITE_FLOAT:
        return sqlite3_column_double(m_statement, column);
    case SQLITE_BLOB: {
        const void *bytes = sqlite3_column_blob(m_statement, column);
        return QByteArray(static_cast<const char *>(bytes),
                          sqlite3_column_bytes(m_statement, column));
    }
    case SQLITE_NULL: // as Qt 6.4's driver: a null of type QString
        return QVariant(QMetaType::fromType<QString>());
    default:
        return textAt(column);
    }
}

QString NativeStatement::textAt(int column) const
{
    // The text first, then its size in bytes (SQLite's order for a conversion).
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    if (!text)
        return QString();
    return QString::fromUtf8(text, sqlite3_column_bytes(m_statement, column));
}

qint64 NativeStatement::integerAt(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

bool NativeStatement::isNullAt(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

bool NativeStatement::bindAll(const QVariantList &values, const QString &what, QString *error)
{
    if (!m_statement)
        return fail(m_prepareError, what, error);
    if (sqlite3_bind_parameter_count(m_statement) != values.size())
        return fail(errorOf(driverText("Parameter count mismatch"), -1), what, error);
    // Room for the UTF-8 of every text value at once, so that binding never
    // moves text already bound and one buffer serves row after row.
    qsizetype utf8Room = 0;
    for (const QVariant &bound : values) {
        if (bound.typeId() == QMetaType::QString)
            utf8Room +=
                m_encoder.requiredSpace(static_cast<const QString *>(bound.constData())->size());
    }
    if (m_utf8.size() < utf8Room)
        m_utf8.resize(utf8Room);
    m_utf8End = m_utf8.data();
    for (int i = 0; i < values.size(); ++i) {
        if (!bind(i + 1, values.at(i))) {
            const QSqlError bindError =
                errorOf(driverText("Unable to bind parameters"), sqlite3_errcode(m_handle));
            sqlite3_reset(m_statement);
            return fail(bindError, what, error);
        }
    }
    return true;
}

// The conversions of Qt 6.4's QSQLiteResult::exec, so the stored values are
// those QSqlQuery::bindValue would store.
bool NativeStatement::bind(int index, const QVariant &value)
{
    if (isNullValue(value))
        return sqlite3_bind_null(m_statement, index) == SQLITE_OK;
    switch (value.typeId()) {
    case QMetaType::QByteArray: {
        const auto *bytes = static_cast<const QByteArray *>(value.constData());
        return sqlite3_bind_blob(m_statement, index, bytes->constData(), int(bytes->size()),
                                 SQLITE_STATIC) == SQLITE_OK;
    }
    case QMetaType::Int:
    case QMetaType::Bool:
        return sqlite3_bind_int(m_statement, index, value.toInt()) == SQLITE_OK;
    case QMetaType::Double:
        return sqlite3_bind_double(m_statement, index, value.toDouble()) == SQLITE_OK;
    case QMetaType::UInt:
    case QMetaType::LongLong:
        return sqlite3_bind_int64(m_statement, index, value.toLongLong()) == SQLITE_OK;
    case QMetaType::QString: {
        const auto *text = static_cast<const QString *>(value.constData());
        // The database is UTF-8: Qt's conversion is several times faster than
        // the one SQLite makes of UTF-16 text at bind time. Text with any
        // surrogate keeps the old way, so that even an unpaired one is stored
        // exactly as before.
        if (std::any_of(text->cbegin(), text->cend(), [](QChar c) { return c.isSurrogate(); }))
            return sqlite3_bind_text16(m_statement, index, text->utf16(), int(text->size() * 2),
                                       SQLITE_STATIC) == SQLITE_OK;
        char *const start = m_utf8End;
        m_utf8End = m_encoder.appendToBuffer(start, *text);
        return sqlite3_bind_text(m_statement, index, start, int(m_utf8End - start),
                                 SQLITE_STATIC) == SQLITE_OK;
    }
    default: {
        // Qt formats dates and times as ISO text (toString) and so does this.
        const QString text = value.toString();
        return sqlite3_bind_text16(m_statement, index, text.utf16(), int(text.size() * 2),
                                   SQLITE_TRANSIENT) == SQLITE_OK;
    }
    }
}

qint64 NativeStatement::lastInsertId() const
{
    return m_handle ? sqlite3_last_insert_rowid(m_handle) : 0;
}

int NativeStatement::changes() const
{
    return m_handle ? sqlite3_changes(m_handle) : 0;
}

// The QSqlError Qt's driver makes, so readableError words it the same way.
QSqlError NativeStatement::errorOf(const QString &driverWords, int code) const
{
    if (!m_handle || code < 0)
        return QSqlError(driverWords, QString(), QSqlError::UnknownError);
    return QSqlError(driverWords,
                     QString::fromUtf16(static_cast<const char16_t *>(sqlite3_errmsg16(m_handle))),
                     QSqlError::StatementError, QString::number(code));
}

bool NativeStatement::fail(const QSqlError &sqlError, const QString &what, QString *error) const
{
    if (error)
        *error = what.isEmpty() ? readableError(sqlError)
                                : Text::tr("%1: %2").arg(what, readableError(sqlError));
    return false;
}

} // namespace vt::sql
