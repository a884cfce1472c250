#pragma once

// One open SQLite database file: pragmas, identity (application_id), schema
// version and migrations. All SQLite-specific statements live in storage/.

#include <QSqlDatabase>
#include <QString>
#include <memory>

namespace vt {

class DatabaseLock;

class Database final
{
    Q_DISABLE_COPY_MOVE(Database)

public:
    // Written to PRAGMA application_id so that other SQLite files are refused.
    static constexpr qint32 kApplicationId = 0x56547231; // "VTr1"
    // PRAGMA user_version of the schema this build writes.
    static constexpr int kSchemaVersion = 14;

    enum class Access
    {
        ReadWrite,
        ReadOnly
    };

    Database();
    ~Database();

    // Opens (creating when absent and writable) and migrates the file. On
    // failure returns false with a message that says what is wrong with which
    // file; the file is then left as it was.
    bool open(const QString &filePath, QString *error, Access access = Access::ReadWrite);
    void close();

    bool isOpen() const;
    bool isReadOnly() const { return m_access == Access::ReadOnly; }
    // Why a read-only database is read-only ("it is already open for writing
    // in another Visit Tracker window (process 42)"); empty when writable.
    // A file asked for read-write that cannot be written (no permission, a
    // read-only folder or medium, another process holding <file>.lock) is
    // opened read-only instead of failing.
    QString readOnlyReason() const { return m_readOnlyReason; }
    QString filePath() const { return m_filePath; }
    QSqlDatabase connection() const;
    int schemaVersion() const;
    // True while a transaction is open on the connection: what it wrote is
    // not yet visible to another connection.
    bool inTransaction() const;
    // Writes a consistent copy of the open database to `target` (VACUUM INTO a
    // temporary name beside it, then renamed, so a half-written copy never
    // carries the target's name). Refuses to overwrite the open file itself.
    bool saveCopy(const QString &target, QString *error);

    // The per-user default: <AppDataLocation>/visits.sqlite.
    static QString defaultFilePath();
    // True when the file is a Visit Tracker database of an older schema, which
    // open() would upgrade (after keeping a copy): a minute or more at national
    // scale, which a window shows as it happens. Looks without writing; false
    // for a new, foreign, newer or unreadable file (open() says what is wrong).
    static bool needsUpgrade(const QString &filePath);

private:
    bool openFile(const QString &path, Access access, QString *error);
    bool configureConnection(QString *error);
    bool checkIdentity(int *userVersion, QString *error);
    bool fail(const QString &message, QString *error);

    QString m_connectionName;
    QString m_filePath;
    Access m_access = Access::ReadWrite;
    bool m_writable = false; // open for writing and known to be ours
    QString m_readOnlyReason;
    std::unique_ptr<DatabaseLock> m_lock; // the single-writer lock (DatabaseLock.h)
};

// Rolls back unless committed: every save is one transaction. On a writable
// database it takes the write lock at once (BEGIN IMMEDIATE), so a save never
// fails half-way because another process started writing. Transactions do not
// nest: a second one on the same connection is not active.
class Transaction final
{
    Q_DISABLE_COPY_MOVE(Transaction)

public:
    explicit Transaction(Database &database);
    ~Transaction();

    bool isActive() const { return m_active; }
    // Why the transaction could not start (empty when it is active).
    QString errorText() const { return m_errorText; }
    bool commit(QString *error);
    void rollback();

private:
    QSqlDatabase m_connection;
    QString m_errorText;
    bool m_active = false;
};

} // namespace vt
