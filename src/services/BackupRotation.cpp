#include "services/BackupRotation.h"

#include "storage/BackupFiles.h"
#include "storage/Database.h"
#include "storage/DatabaseBackup.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>

namespace vt {
namespace {

// lupdate and the translator share this context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(vt::BackupRotation)
};

const QString kStampFormat = QStringLiteral("yyyyMMdd-HHmmss");

QString baseName(const QString &databasePath)
{
    return QFileInfo(databasePath).completeBaseName();
}

} // namespace

QString BackupPolicy::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QLatin1StringView("/backups");
}

BackupPolicy BackupPolicy::fromSettings()
{
    const QSettings settings;
    BackupPolicy policy;
    policy.automatic =
        settings.value(QStringLiteral("backup/automatic"), policy.automatic).toBool();
    policy.keep = std::clamp(settings.value(QStringLiteral("backup/keep"), policy.keep).toInt(),
                             kMinKeep, kMaxKeep);
    return policy;
}

void BackupPolicy::save() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("backup/automatic"), automatic);
    settings.setValue(QStringLiteral("backup/keep"), keep);
}

BackupRotation::BackupRotation(BackupPolicy policy) : m_policy(std::move(policy)) {}

QString BackupRotation::folder() const
{
    return m_policy.folder.isEmpty() ? BackupPolicy::defaultFolder() : m_policy.folder;
}

QString BackupRotation::pathFor(const QString &databasePath, const QDateTime &taken) const
{
    return folder() + QLatin1Char('/') + baseName(databasePath) + QLatin1Char('-') +
           taken.toString(kStampFormat) + QLatin1StringView(".sqlite");
}

QList<BackupEntry> BackupRotation::backupsOf(const QString &databasePath) const
{
    // Only names this class writes: another database's backups ("visits-old")
    // or a file the user put there are never listed, nor deleted.
    const QRegularExpression pattern(QLatin1Char('^') +
                                     QRegularExpression::escape(baseName(databasePath)) +
                                     QStringLiteral("-(\\d{8}-\\d{6})\\.sqlite$"));
    QList<BackupEntry> entries;
    const QDir dir(folder());
    for (const QFileInfo &info : dir.entryInfoList({QStringLiteral("*.sqlite")}, QDir::Files)) {
        const QRegularExpressionMatch match = pattern.match(info.fileName());
        if (!match.hasMatch())
            continue;
        const QDateTime taken = QDateTime::fromString(match.captured(1), kStampFormat);
        if (taken.isValid())
            entries.append({info.absoluteFilePath(), taken, info.size()});
    }
    std::sort(entries.begin(), entries.end(),
              [](const BackupEntry &a, const BackupEntry &b) { return a.taken > b.taken; });
    return entries;
}

bool BackupRotation::isDue(const QString &databasePath, const QDateTime &now) const
{
    if (!m_policy.automatic)
        return false;
    const QList<BackupEntry> entries = backupsOf(databasePath);
    // A backup dated in the future (the clock was changed) does not hold
    // backups back for ever.
    return entries.isEmpty() || entries.constFirst().taken > now ||
           entries.constFirst().taken.secsTo(now) >= m_policy.intervalSeconds;
}

RotationResult BackupRotation::runIfDue(Database &database, const QDateTime &now,
                                        Interruption *interruption)
{
    if (!database.isOpen() || !isDue(database.filePath(), now))
        return {};
    return backUpNow(database, now, interruption);
}

RotationResult BackupRotation::backUpNow(Database &database, const QDateTime &now,
                                         Interruption *interruption)
{
    RotationResult result = write(database, now, interruption);
    if (result.outcome != RotationResult::Outcome::Written)
        return result;
    const QList<BackupEntry> entries = backupsOf(database.filePath());
    for (qsizetype i = m_policy.keep; i < entries.size(); ++i) {
        if (QFile::remove(entries.at(i).filePath))
            result.removed.append(entries.at(i).filePath);
    }
    return result;
}

RotationResult BackupRotation::write(Database &database, const QDateTime &now,
                                     Interruption *interruption) const
{
    RotationResult result;
    result.outcome = RotationResult::Outcome::Failed;
    if (!QDir().mkpath(folder())) {
        result.error = Text::tr("Could not create the backup folder “%1”.").arg(folder());
        return result;
    }
    // Two backups within a second (a restore right after the daily one) get
    // distinct names.
    QDateTime taken = now;
    while (QFileInfo::exists(pathFor(database.filePath(), taken)))
        taken = taken.addSecs(1);
    result.filePath = pathFor(database.filePath(), taken);
    const BackupResult written = backupDatabase(database, result.filePath, interruption);
    if (!written.ok) {
        if (written.cancelled)
            result.outcome = RotationResult::Outcome::Cancelled;
        result.error = written.error;
        return result;
    }
    result.outcome = RotationResult::Outcome::Written;
    result.visitCount = written.visitCount;
    return result;
}

RestoreResult keepCurrentFile(const QString &databasePath, const QString &backupPath,
                              const BackupRotation &rotation, const QDateTime &now)
{
    RestoreResult result;
    if (const QStringList problems = backupFileProblems(backupPath); !problems.isEmpty()) {
        result.error = Text::tr("The backup “%1” failed its check and was not restored; the "
                                "current database is unchanged. %2")
                           .arg(backupPath, problems.join(QLatin1StringView("; ")));
        return result;
    }
    // The current file is kept first, read on a connection of this thread's
    // own. Nothing is rotated away here: the backup being restored may be the
    // oldest.
    Database current;
    RotationResult kept;
    if (current.open(databasePath, &kept.error, Database::Access::ReadOnly))
        kept = rotation.write(current, now);
    else
        kept.outcome = RotationResult::Outcome::Failed;
    if (kept.outcome != RotationResult::Outcome::Written) {
        result.error = Text::tr("The current database could not be kept as a backup, so "
                                "nothing was restored: %1")
                           .arg(kept.error);
        return result;
    }
    result.keptAs = kept.filePath;
    return result;
}

void putBackupInPlace(const QString &backupPath, const QString &databasePath, RestoreResult *result)
{
    result->closed = true;
    QString error;
    if (!replaceDatabaseFile(backupPath, databasePath, &error)) {
        result->error = Text::tr("The backup was not restored: %1. The current database is "
                                 "unchanged (and also kept as “%2”).")
                            .arg(error, result->keptAs);
        return;
    }
    result->ok = true;
}

RestoreResult restoreBackup(Database &database, const QString &backupPath,
                            const BackupRotation &rotation, const QDateTime &now)
{
    RestoreResult result;
    if (!database.isOpen()) {
        result.error = Text::tr("No database is open.");
        return result;
    }
    if (database.isReadOnly()) {
        result.error = Text::tr("“%1” is open read-only (%2), so it cannot be replaced.")
                           .arg(database.filePath(), database.readOnlyReason());
        return result;
    }
    const QString target = database.filePath();
    result = keepCurrentFile(target, backupPath, rotation, now);
    if (!result.error.isEmpty())
        return result;
    database.close();
    putBackupInPlace(backupPath, target, &result);
    return result;
}

} // namespace vt
