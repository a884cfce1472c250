#pragma once

// Automatic rotating backups: once a day (on opening and while the window
// stays open) a verified copy of the open database goes to
// <data folder>/backups/<name>-YYYYMMDD-HHMMSS.sqlite, and only the newest
// `keep` of that database are kept. File ▸ Restore from backup lists them and
// puts one back, keeping the current file as a backup first.

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace vt {

class Database;
class Interruption;

struct BackupPolicy
{
    bool automatic = true;
    int keep = 7; // backups of one database kept by the rotation
    qint64 intervalSeconds = 24 * 60 * 60;
    QString folder; // empty: defaultFolder()

    static constexpr int kMinKeep = 1;
    static constexpr int kMaxKeep = 365;

    // <AppDataLocation>/backups
    static QString defaultFolder();
    // Read from and written to QSettings (backup/automatic, backup/keep).
    static BackupPolicy fromSettings();
    void save() const;
};

struct BackupEntry
{
    QString filePath;
    QDateTime taken; // local time, from the file name
    qint64 sizeBytes = 0;
};

struct RotationResult
{
    enum class Outcome
    {
        NotDue, // automatic backups are off, or the newest is fresh enough
        Written,
        Failed,
        Cancelled // stopped through the Interruption; nothing was written
    };
    Outcome outcome = Outcome::NotDue;
    QString filePath; // the new backup
    qint64 visitCount = 0;
    QString error;       // when Failed
    QStringList removed; // old backups deleted by the rotation
};

class BackupRotation final
{
public:
    explicit BackupRotation(BackupPolicy policy = BackupPolicy::fromSettings());

    QString folder() const;
    // The backups of the database file (by its name), newest first.
    QList<BackupEntry> backupsOf(const QString &databasePath) const;
    // True when automatic backups are on and the newest is older than the interval.
    bool isDue(const QString &databasePath, const QDateTime &now) const;
    // Writes a backup when due (see isDue), then rotates. `interruption`
    // may stop it from another thread (storage/Interruption.h).
    RotationResult runIfDue(Database &database, const QDateTime &now,
                            Interruption *interruption = nullptr);
    // Writes a verified backup now, then deletes the oldest beyond `keep`.
    RotationResult backUpNow(Database &database, const QDateTime &now,
                             Interruption *interruption = nullptr);
    // Writes a verified backup now and deletes nothing.
    RotationResult write(Database &database, const QDateTime &now,
                         Interruption *interruption = nullptr) const;

private:
    QString pathFor(const QString &databasePath, const QDateTime &taken) const;

    BackupPolicy m_policy;
};

struct RestoreResult
{
    bool ok = false;
    QString error;       // nothing was changed when set
    QString keptAs;      // the backup of the file that was replaced
    bool closed = false; // the database was closed: the caller must reopen it
};

// Puts a backup back in place of the open database. The backup is checked
// first (a damaged one is refused and nothing changes); the current file is
// then kept as a new backup; the database is closed and its file replaced.
// The caller reopens database.filePath() afterwards (also after a failure
// with `closed` set: the file is then unchanged).
RestoreResult restoreBackup(Database &database, const QString &backupPath,
                            const BackupRotation &rotation, const QDateTime &now);

// The same in steps for a window, which runs the two long ones on a thread
// of their own (each opens its own connections; at 100,000 visits they take
// tens of seconds) and closes its database in between:
// 1. checks the backup and keeps the current file as a backup; `error` set
//    when refused (nothing changed), else `keptAs`;
RestoreResult keepCurrentFile(const QString &databasePath, const QString &backupPath,
                              const BackupRotation &rotation, const QDateTime &now);
// 2. with the database closed, copies the backup over its file, checked
//    (sets `closed`, then `ok` or `error`).
void putBackupInPlace(const QString &backupPath, const QString &databasePath,
                      RestoreResult *result);

} // namespace vt
