#include "storage/NativeStatement.h"

#include "storage/SqlErrors.h"
#include "storage/SqlValues.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDriver>
#include <QSqlError>
#include <QTime>
#include <algorithm>
#include <sqlite3.h>

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

} // namespace

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
    sqlite3_finalize(m_statement);
}

bool NativeStatement::prepare(QSqlDatabase connection, const QString &text, const QString &what,
                              QString *error)
{
    sqlite3_finalize(m_statement);
    m_statement = nullptr;
    m_handle = handleOf(connection);
    const QString unable = driverText("Unable to execute statement");
    if (!m_handle) {
        m_prepareError = errorOf(unable, -1);
        return fail(m_prepareError, what, error);
    }
    const int code = sqlite3_prepare16_v3(m_handle, text.utf16(), int(text.size() * 2),
                                          SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr);
    if (code == SQLITE_OK)
        return true;
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
