#include "storage/Database.h"

#include "storage/NativeStatement.h"

#include "storage/DatabaseBackup.h"
#include "storage/DatabaseCheck.h"
#include "storage/DatabaseLock.h"
#include "storage/Migrations.h"
#include "storage/SqlErrors.h"
#include "storage/SqlFunctions.h"
#include "storage/SqlValues.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace vt {
namespace {

constexpr int kBusyTimeoutMs = 5000;

// Every Database owns its own named Qt connection, so several files (or the
// same file twice) can be open at once, in tests and in the program.
QString newConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("vt-database-%1").arg(counter.fetchAndAddRelaxed(1) + 1);
}

enum class FileKind
{
    Missing,
    Empty,
    Sqlite,
    Other,
    Folder,
    Unreadable
};

// Looks at the 16-byte header before Qt touches the file: SQLite would
// otherwise happily turn a mistaken text file into a database on first write.
FileKind kindOfFile(const QString &filePath)
{
    const QFileInfo info(filePath);
    if (!info.exists())
        return FileKind::Missing;
    if (info.isDir())
        return FileKind::Folder;
    if (!info.isFile())
        return FileKind::Other;
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return FileKind::Unreadable;
    const QByteArray header = file.read(16);
    if (header.isEmpty() && file.atEnd())
        return FileKind::Empty;
    static const QByteArray kSqliteHeader("SQLite format 3\0", 16);
    return header == kSqliteHeader ? FileKind::Sqlite : FileKind::Other;
}

QVariant pragmaValue(QSqlDatabase connection, const QString &statement, bool *ok)
{
    QSqlQuery query(connection);
    *ok = query.exec(statement) && query.next();
    return *ok ? query.value(0) : QVariant();
}

} // namespace

Database::Database() = default;

Database::~Database()
{
    close();
}

bool Database::fail(const QString &message, QString *error)
{
    if (error)
        *error = message;
    close();
    return false;
}

bool Database::open(const QString &filePath, QString *error, Access access)
{
    close();
    if (filePath.isEmpty())
        return fail(sql::Text::tr("No database file was given."), error);

    const QString path = QFileInfo(filePath).absoluteFilePath();
    const bool existed = QFileInfo::exists(path);
    const bool hadLog = QFileInfo::exists(path + QLatin1StringView("-wal")) ||
                        QFileInfo::exists(path + QLatin1StringView("-shm"));
    if (openFile(path, access, error))
        return true;
    if (existed && !hadLog && QFileInfo(path + QLatin1StringView("-wal")).size() == 0) {
        // Reading a WAL-mode file creates an empty log and its index, which a
        // read-only connection leaves behind: a refused file is left as found.
        QFile::remove(path + QLatin1StringView("-wal"));
        QFile::remove(path + QLatin1StringView("-shm"));
    }
    if (!existed) {
        // A failed first open must not leave a half-made file behind.
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(path + QLatin1StringView(suffix));
    }
    return false;
}

bool Database::openFile(const QString &path, Access access, QString *error)
{
    const FileKind kind = kindOfFile(path);
    switch (kind) {
    case FileKind::Missing:
        if (access == Access::ReadOnly)
            return fail(sql::Text::tr("The database file “%1” does not exist.").arg(path), error);
        if (!QDir().mkpath(QFileInfo(path).absolutePath()))
            return fail(
                sql::Text::tr("Could not create the folder for the database file “%1”.").arg(path),
                error);
        break;
    case FileKind::Empty:
        if (access == Access::ReadOnly)
            return fail(sql::Text::tr("The database file “%1” is empty.").arg(path), error);
        break;
    case FileKind::Unreadable:
        return fail(sql::Text::tr("The database file “%1” cannot be read.").arg(path), error);
    case FileKind::Other:
        return fail(
            sql::Text::tr("“%1” is not a Visit Tracker database (it is not an SQLite file).")
                .arg(path),
            error);
    case FileKind::Folder:
        return fail(sql::Text::tr("“%1” is a folder, not a database file.").arg(path), error);
    case FileKind::Sqlite:
        break;
    }

    // A file that cannot be written, or that another process has open for
    // writing, is opened read-only with the reason shown to the user.
    m_readOnlyReason.clear();
    if (access == Access::ReadOnly) {
        m_readOnlyReason = sql::Text::tr("it was opened read-only on request");
    } else {
        QString reason;
        const QString folder = QFileInfo(path).absolutePath();
        if (kind != FileKind::Missing && !QFileInfo(path).isWritable())
            reason = sql::Text::tr("the file cannot be written (it is read-only, or you have no "
                                   "permission to change it)");
        else if (!QFileInfo(folder).isWritable())
            reason = sql::Text::tr("its folder “%1” cannot be written").arg(folder);
        else if (!(m_lock = DatabaseLock::acquire(path, &reason)) && reason.isEmpty())
            reason = sql::Text::tr("the lock file cannot be created");
        if (!reason.isEmpty()) {
            if (kind != FileKind::Sqlite)
                return fail(sql::Text::tr("Could not open “%1” for writing: %2.").arg(path, reason),
                            error);
            access = Access::ReadOnly;
            m_readOnlyReason = reason;
        }
    }

    int userVersion = 0;
    m_filePath = path;
    m_access = access;
    m_connectionName = newConnectionName();
    {
        QSqlDatabase connection =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        connection.setDatabaseName(path);
        if (access == Access::ReadOnly)
            connection.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!connection.open()) {
            return fail(sql::Text::tr("Could not open the database file “%1”: %2")
                            .arg(path, connection.lastError().text()),
                        error);
        }
    }

    QString problem;
    if (!configureConnection(&problem) || !checkIdentity(&userVersion, &problem))
        return fail(problem, error);
    // A damaged file is refused before anything is written to it. quick_check
    // reads every page; above the size limit `check` is left to the user.
    if (kind == FileKind::Sqlite && QFileInfo(path).size() <= kQuickCheckOnOpenMaxBytes) {
        if (const QStringList damage = quickCheck(connection()); !damage.isEmpty()) {
            const QStringList shown = damage.mid(0, 3);
            return fail(sql::Text::tr("“%1” is damaged (%2). It was not opened and not changed. "
                                      "Restore it from a backup, or keep a copy and ask for help "
                                      "to recover it.")
                            .arg(path, shown.join(QLatin1StringView("; "))),
                        error);
        }
    }
    if (access == Access::ReadOnly)
        return true;

    // Only now, with the file known to be ours or new, may it be written.
    {
        QSqlQuery query(connection());
        // A new file gets 16 KiB pages instead of 4 KiB, set before its first
        // write (WAL fixes it from then on): a large import or generation
        // writes each page once to the log and once to the file, and with
        // four times fewer pages it makes four times fewer system calls
        // (docs/PERFORMANCE.md, session 6); reading is as fast or faster.
        if (userVersion == 0)
            query.exec(QStringLiteral("PRAGMA page_size = 16384"));
        if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
            return fail(sql::Text::tr("Could not switch “%1” to write-ahead logging: %2")
                            .arg(path, query.lastError().text()),
                        error);
    }
    if (userVersion >= 1 && userVersion < kSchemaVersion) {
        // An existing file is upgraded only after a verified copy of it is kept.
        const QFileInfo info(path);
        const QString backup =
            info.absoluteDir().filePath(QStringLiteral("%1.before-schema-%2.sqlite")
                                            .arg(info.completeBaseName())
                                            .arg(userVersion));
        const BackupResult copy = backupDatabase(*this, backup);
        if (!copy.ok)
            return fail(
                sql::Text::tr("“%1” needs a schema upgrade, but the safety copy could not be "
                              "written, so it was not upgraded: %2")
                    .arg(path, copy.error),
                error);
        if (!migrateSchema(*this, userVersion, &problem))
            return fail(sql::Text::tr("Could not upgrade the database file “%1”: %2. The file was "
                                      "left as it was; a copy made before the upgrade is in “%3”.")
                            .arg(path, problem, backup),
                        error);
    }
    if (userVersion == 0 && !migrateSchema(*this, userVersion, &problem))
        return fail(
            sql::Text::tr("Could not prepare the database file “%1”: %2").arg(path, problem),
            error);
    m_writable = true;
    return true;
}

// Connection settings, which do not write to the file. foreign_keys only
// takes effect outside a transaction, hence before any migration.
bool Database::configureConnection(QString *error)
{
    QSqlQuery query(connection());
    const QString what = sql::Text::tr("Could not configure “%1”").arg(m_filePath);
    if (!sql::addFunctions(connection())) {
        if (error)
            *error = what;
        return false;
    }
    return sql::exec(query, QStringLiteral("PRAGMA busy_timeout = %1").arg(kBusyTimeoutMs), what,
                     error) &&
           sql::exec(query, QStringLiteral("PRAGMA foreign_keys = ON"), what, error) &&
           // A 64 MiB page cache instead of SQLite's 2 MiB: the indexes the
           // list filter and the dashboard read at national scale (tens of
           // megabytes) stay in memory from one query to the next.
           sql::exec(query, QStringLiteral("PRAGMA cache_size = -65536"), what, error);
}

// Decides from application_id, user_version and the table count whether the
// file is a new empty one, one of ours, or something to refuse untouched.
bool Database::checkIdentity(int *userVersion, QString *error)
{
    const QString path = m_filePath;
    bool ok = false;
    // Reading sqlite_master is the first real read: a damaged or encrypted file fails here.
    const int tableCount =
        pragmaValue(connection(), QStringLiteral("SELECT count(*) FROM sqlite_master"), &ok)
            .toInt();
    if (!ok) {
        QSqlQuery probe(connection());
        probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"));
        if (error)
            *error = sql::Text::tr("“%1” is not a readable Visit Tracker database: %2")
                         .arg(path, sql::readableError(probe.lastError()));
        return false;
    }
    const qint32 applicationId =
        pragmaValue(connection(), QStringLiteral("PRAGMA application_id"), &ok).toInt();
    if (!ok) {
        if (error)
            *error = sql::Text::tr("Could not read the identity of “%1”.").arg(path);
        return false;
    }
    *userVersion = pragmaValue(connection(), QStringLiteral("PRAGMA user_version"), &ok).toInt();
    if (!ok) {
        if (error)
            *error = sql::Text::tr("Could not read the schema version of “%1”.").arg(path);
        return false;
    }

    const bool isNew = applicationId == 0 && *userVersion == 0 && tableCount == 0;
    if (isNew) {
        if (m_access == Access::ReadOnly) {
            if (error)
                *error = sql::Text::tr("The database file “%1” is empty.").arg(path);
            return false;
        }
        return true;
    }
    if (applicationId != kApplicationId || *userVersion < 1) {
        if (error)
            *error = sql::Text::tr("“%1” is not a Visit Tracker database.").arg(path);
        return false;
    }
    if (*userVersion > kSchemaVersion) {
        if (error)
            *error =
                sql::Text::tr("“%1” was written by a newer version of Visit Tracker (schema %2); "
                              "this version reads up to %3.")
                    .arg(path)
                    .arg(*userVersion)
                    .arg(kSchemaVersion);
        return false;
    }
    if (*userVersion < kSchemaVersion && m_access == Access::ReadOnly) {
        if (error)
            *error =
                sql::Text::tr("“%1” uses an older schema (%2) and must be opened for writing once "
                              "to be upgraded.")
                    .arg(path)
                    .arg(*userVersion);
        return false;
    }
    return true;
}

void Database::close()
{
    if (m_connectionName.isEmpty()) {
        m_lock.reset();
        return;
    }
    {
        QSqlDatabase connection = QSqlDatabase::database(m_connectionName, false);
        if (connection.isOpen() && m_writable) {
            // Keeps the planner's statistics fresh at little cost (SQLite's advice).
            QSqlQuery query(connection);
            query.exec(QStringLiteral("PRAGMA optimize"));
        }
        // Statements run through SQLite's API whose owners outlive this.
        sql::finalizeStatementsOf(sql::handleOf(connection));
        connection.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
    m_writable = false;
    m_lock.reset();
}

bool Database::isOpen() const
{
    return !m_connectionName.isEmpty() && connection().isOpen();
}

bool Database::inTransaction() const
{
    return isOpen() && sql::inTransaction(connection());
}

QSqlDatabase Database::connection() const
{
    if (m_connectionName.isEmpty())
        return {};
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    if (!isOpen())
        return 0;
    bool ok = false;
    const int version =
        pragmaValue(connection(), QStringLiteral("PRAGMA user_version"), &ok).toInt();
    return ok ? version : 0;
}

QString Database::defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QLatin1StringView("/visits.sqlite");
}

} // namespace vt
