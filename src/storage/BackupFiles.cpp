#include "storage/BackupFiles.h"

#include "storage/Database.h"
#include "storage/DatabaseCheck.h"
#include "storage/ReadOnlyFiles.h"
#include "storage/SqlValues.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace vt {
namespace {

} // namespace

BackupFileSummary summariseBackupFile(const QString &filePath)
{
    BackupFileSummary summary;
    if (!QFileInfo(filePath).isFile()) {
        summary.problem = sql::Text::tr("the file does not exist");
        return summary;
    }
    summary.readable =
        files::withReadOnlyConnection(filePath, &summary.problem, [&](QSqlDatabase connection) {
            QSqlQuery query(connection);
            if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next() ||
                query.value(0).toInt() != Database::kApplicationId) {
                summary.problem = sql::Text::tr("not a Visit Tracker database");
                return false;
            }
            if (!query.exec(QStringLiteral("SELECT count(*) FROM visits")) || !query.next()) {
                summary.problem = query.lastError().text();
                return false;
            }
            summary.visitCount = query.value(0).toLongLong();
            if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
                summary.schemaVersion = query.value(0).toInt();
            return true;
        });
    return summary;
}

QStringList backupFileProblems(const QString &filePath)
{
    const BackupFileSummary summary = summariseBackupFile(filePath);
    if (!summary.readable)
        return {summary.problem};
    if (summary.schemaVersion > Database::kSchemaVersion)
        return {sql::Text::tr("it was written by a newer version of Visit Tracker (schema %1; "
                              "this version reads up to %2)")
                    .arg(summary.schemaVersion)
                    .arg(Database::kSchemaVersion)};
    QStringList problems;
    QString problem;
    const bool checked =
        files::withReadOnlyConnection(filePath, &problem, [&](QSqlDatabase connection) {
            QSqlQuery query(connection);
            if (!query.exec(QStringLiteral("PRAGMA integrity_check"))) {
                problem = query.lastError().text();
                return false;
            }
            while (query.next()) {
                const QString line = query.value(0).toString();
                if (line != QLatin1StringView("ok"))
                    problems.append(line);
            }
            return true;
        });
    if (!checked)
        problems.append(problem);
    return problems;
}

bool replaceDatabaseFile(const QString &backup, const QString &target, QString *error)
{
    const QString targetPath = QFileInfo(target).absoluteFilePath();
    QString tempPath;
    {
        QTemporaryFile reserve(targetPath + QLatin1StringView(".XXXXXX.part"));
        reserve.setAutoRemove(false);
        if (!reserve.open()) {
            *error = sql::Text::tr("Could not write beside “%1”: %2")
                         .arg(targetPath, reserve.errorString());
            return false;
        }
        tempPath = reserve.fileName();
    }
    auto discard = [&](const QString &message) {
        QFile::remove(tempPath);
        *error = message;
        return false;
    };
    // QFile::copy refuses an existing destination.
    QFile::remove(tempPath);
    QFile source(backup);
    if (!source.copy(tempPath))
        return discard(sql::Text::tr("Could not copy “%1”: %2").arg(backup, source.errorString()));
    if (!files::syncFile(tempPath))
        return discard(sql::Text::tr("Could not write “%1” to the disk.").arg(tempPath));
    QString problem;
    const bool sound =
        files::withReadOnlyConnection(tempPath, &problem, [&](QSqlDatabase connection) {
            const QStringList problems = quickCheck(connection);
            problem = problems.join(QLatin1StringView("; "));
            return problems.isEmpty();
        });
    if (!sound)
        return discard(sql::Text::tr("The copy of “%1” failed its check: %2").arg(backup, problem));

    for (const char *suffix : {"-wal", "-shm", "-journal"})
        QFile::remove(targetPath + QLatin1StringView(suffix));
    if (std::rename(QFile::encodeName(tempPath).constData(),
                    QFile::encodeName(targetPath).constData()) != 0) {
        const QString reason = QString::fromLocal8Bit(std::strerror(errno));
        return discard(sql::Text::tr("Could not replace “%1”: %2").arg(targetPath, reason));
    }
    const int fd = ::open(QFile::encodeName(QFileInfo(targetPath).absolutePath()).constData(),
                          O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
    return true;
}

} // namespace vt
