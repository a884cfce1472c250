#include "storage/DatabaseBackup.h"

#include "storage/Database.h"
#include "storage/DatabaseCheck.h"
#include "storage/Interruption.h"
#include "storage/ReadOnlyFiles.h"
#include "storage/SqlValues.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <optional>

namespace vt {
namespace {

bool visitCount(QSqlDatabase connection, qint64 *count, QString *error)
{
    QSqlQuery query(connection);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM visits")) || !query.next()) {
        *error = query.lastError().text();
        return false;
    }
    *count = query.value(0).toLongLong();
    return true;
}

// PRAGMA data_version: changes when another connection commits, so two equal
// readings mean that what was read in between came from one state.
bool dataVersion(QSqlDatabase connection, qint64 *version, QString *error)
{
    QSqlQuery query(connection);
    if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next()) {
        *error = query.lastError().text();
        return false;
    }
    *version = query.value(0).toLongLong();
    return true;
}

// Opens the copy read-only on its own connection and checks it; its visits
// are compared with `expectedVisits` when that is known.
bool verifyCopy(const QString &copyPath, std::optional<qint64> expectedVisits, qint64 *copyVisits,
                Interruption *interruption, QString *problem)
{
    return files::withReadOnlyConnection(copyPath, problem, [&](QSqlDatabase copy) {
        const Interruption::Attachment attached(interruption, copy);
        if (const QStringList problems = quickCheck(copy); !problems.isEmpty()) {
            *problem = problems.join(QLatin1StringView("; "));
            return false;
        }
        if (!visitCount(copy, copyVisits, problem))
            return false;
        if (expectedVisits && *copyVisits != *expectedVisits) {
            *problem = sql::Text::tr("the copy has %1 visits, the database %2")
                           .arg(*copyVisits)
                           .arg(*expectedVisits);
            return false;
        }
        return true;
    });
}

} // namespace

// A member of Database, kept here with the other copies it makes.
bool Database::saveCopy(const QString &target, QString *error)
{
    // Unlike fail(), a failed copy leaves the open database open.
    const auto refuse = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!isOpen())
        return refuse(sql::Text::tr("No database is open."));
    const QFileInfo targetInfo(target);
    const QFileInfo ownInfo(m_filePath);
    if (targetInfo.absoluteFilePath() == ownInfo.absoluteFilePath() ||
        (targetInfo.exists() && targetInfo.canonicalFilePath() == ownInfo.canonicalFilePath()))
        return refuse(
            sql::Text::tr("A copy cannot replace the open database file “%1”.").arg(target));
    // VACUUM INTO refuses an existing file, so it writes to a fresh name first.
    const QString temporary = targetInfo.absoluteFilePath() + QStringLiteral(".part");
    QFile::remove(temporary);
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(temporary);
    if (!query.exec()) {
        QFile::remove(temporary);
        return refuse(sql::Text::tr("Could not write the copy “%1”: %2")
                          .arg(target, query.lastError().text()));
    }
    if ((targetInfo.exists() && !QFile::remove(target)) || !QFile::rename(temporary, target)) {
        QFile::remove(temporary);
        return refuse(sql::Text::tr("Could not replace “%1”.").arg(target));
    }
    return true;
}

BackupResult backupDatabase(Database &database, const QString &target, Interruption *interruption)
{
    BackupResult result;
    const QFileInfo targetInfo(target);
    const QString targetPath = targetInfo.absoluteFilePath();
    auto failWith = [&](const QString &message) {
        result.error = message;
        return result;
    };

    if (!database.isOpen())
        return failWith(sql::Text::tr("The database is not open."));
    if (target.isEmpty())
        return failWith(sql::Text::tr("No backup file was given."));
    const QString source = QFileInfo(database.filePath()).canonicalFilePath();
    if (targetInfo.exists() && targetInfo.canonicalFilePath() == source)
        return failWith(sql::Text::tr("Cannot back up “%1” onto itself: choose another file name.")
                            .arg(targetPath));
    if (targetInfo.isDir())
        return failWith(
            sql::Text::tr("“%1” is a folder: give the name of the backup file.").arg(targetPath));
    // A stale log beside the target would be replayed into the new copy.
    for (const char *suffix : {"-wal", "-journal"}) {
        if (QFileInfo::exists(targetPath + QLatin1StringView(suffix)))
            return failWith(sql::Text::tr("“%1” is in use (“%2” exists beside it): close the "
                                          "program using it or choose another file name.")
                                .arg(targetPath, targetPath + QLatin1StringView(suffix)));
    }
    const QString folder = targetInfo.absolutePath();
    if (!QFileInfo(folder).isDir())
        return failWith(sql::Text::tr("The folder “%1” does not exist: create it or choose "
                                      "another place for the backup.")
                            .arg(folder));

    // Attached for the whole copy: a cancel stops whichever step is running.
    const Interruption::Attachment attached(interruption, database.connection());
    qint64 versionBefore = 0;
    qint64 sourceVisits = 0;
    QString problem;
    if (!dataVersion(database.connection(), &versionBefore, &problem) ||
        !visitCount(database.connection(), &sourceVisits, &problem))
        return failWith(sql::Text::tr("Could not read the database “%1”: %2")
                            .arg(database.filePath(), problem));

    // VACUUM INTO needs a new or empty file: reserve a unique name beside the target.
    QString tempPath;
    {
        QTemporaryFile reserve(targetPath + QLatin1StringView(".XXXXXX.part"));
        reserve.setAutoRemove(false);
        if (!reserve.open())
            return failWith(sql::Text::tr("Could not write the backup “%1”: %2. Check that the "
                                          "folder can be written and has free space.")
                                .arg(targetPath, reserve.errorString()));
        tempPath = reserve.fileName();
    }
    auto discard = [&](const QString &message) {
        QStringList partial;
        for (const char *suffix : {"", "-journal", "-wal", "-shm"})
            partial.append(tempPath + QLatin1StringView(suffix));
        if (interruption)
            interruption->removeFiles(partial); // perhaps later, by whoever stopped it
        else
            for (const QString &path : std::as_const(partial))
                QFile::remove(path);
        result.cancelled = interruption && interruption->isCancelled();
        if (result.cancelled)
            return failWith(sql::Text::tr("The backup “%1” was stopped before it was finished; "
                                          "nothing was written.")
                                .arg(targetPath));
        return failWith(message);
    };

    {
        QSqlQuery query(database.connection());
        if (!query.prepare(QStringLiteral("VACUUM INTO ?")))
            return discard(sql::Text::tr("Could not write the backup “%1”: %2")
                               .arg(targetPath, query.lastError().text()));
        query.addBindValue(tempPath);
        if (!query.exec())
            return discard(sql::Text::tr("Could not write the backup “%1”: %2. Check that the "
                                         "folder can be written and has free space.")
                               .arg(targetPath, query.lastError().text()));
    }
    // VACUUM INTO does not sync its output.
    if (!files::syncFile(tempPath))
        return discard(
            sql::Text::tr("Could not write the backup “%1” to the disk.").arg(targetPath));

    // Another connection (the window, while this copy is made in the
    // background) may have committed since the count: the copy is then of a
    // later state, whole by itself, and only its own check applies.
    qint64 versionAfter = 0;
    if (!dataVersion(database.connection(), &versionAfter, &problem))
        return discard(sql::Text::tr("Could not read the database “%1”: %2")
                           .arg(database.filePath(), problem));
    const std::optional<qint64> expected =
        versionAfter == versionBefore ? std::optional(sourceVisits) : std::nullopt;
    qint64 copyVisits = 0;
    if (interruption && interruption->isCancelled())
        return discard(QString());
    if (!verifyCopy(tempPath, expected, &copyVisits, interruption, &problem))
        return discard(sql::Text::tr("The backup “%1” failed its verification (%2); nothing "
                                     "was written. Try again, and run `check` on the database.")
                           .arg(targetPath, problem));

    if (std::rename(QFile::encodeName(tempPath).constData(),
                    QFile::encodeName(targetPath).constData()) != 0) {
        const QString reason = QString::fromLocal8Bit(std::strerror(errno));
        return discard(
            sql::Text::tr("Could not replace “%1” with the backup: %2").arg(targetPath, reason));
    }
    files::syncFolder(folder);
    result.ok = true;
    result.visitCount = copyVisits;
    return result;
}

} // namespace vt
