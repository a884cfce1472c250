#pragma once

// One open SQLite database file: pragmas, identity (application_id), schema
// version and migrations. All SQLite-specific statements live in storage/.

#include <QSqlDatabase>
#include <QString>

namespace vt {

class Database final
{
    Q_DISABLE_COPY_MOVE(Database)

public:
    // Written to PRAGMA application_id so that other SQLite files are refused.
    static constexpr qint32 kApplicationId = 0x56547231; // "VTr1"
    // PRAGMA user_version of the schema this build writes.
    static constexpr int kSchemaVersion = 1;

    enum class Access { ReadWrite, ReadOnly };

    Database();
    ~Database();

    // Opens (creating when absent and writable) and migrates the file. On
    // failure returns false with a message that says what is wrong with which
    // file; the file is then left as it was.
    bool open(const QString &filePath, QString *error, Access access = Access::ReadWrite);
    void close();

    bool isOpen() const;
    bool isReadOnly() const { return m_access == Access::ReadOnly; }
    QString filePath() const { return m_filePath; }
    QSqlDatabase connection() const;
    int schemaVersion() const;

    // The per-user default: <AppDataLocation>/visits.sqlite.
    static QString defaultFilePath();

private:
    QString m_connectionName;
    QString m_filePath;
    Access m_access = Access::ReadWrite;
};

// Rolls back unless committed: every save is one transaction.
class Transaction final
{
    Q_DISABLE_COPY_MOVE(Transaction)

public:
    explicit Transaction(Database &database);
    ~Transaction();

    bool isActive() const { return m_active; }
    bool commit(QString *error);

private:
    QSqlDatabase m_connection;
    bool m_active = false;
};

} // namespace vt
