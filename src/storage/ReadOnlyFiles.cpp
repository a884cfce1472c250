#include "storage/ReadOnlyFiles.h"

#include <QAtomicInteger>
#include <QFile>
#include <QSqlError>

#include <fcntl.h>
#include <unistd.h>

namespace vt::files {

bool withReadOnlyConnection(const QString &filePath, QString *problem,
                            const std::function<bool(QSqlDatabase)> &work)
{
    // Unique per call: callers may run on several threads (automatic backups).
    static QAtomicInteger<quint64> counter;
    const QString name = QStringLiteral("vt-read-only-%1").arg(counter.fetchAndAddRelaxed(1) + 1);
    bool ok = false;
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        connection.setDatabaseName(filePath);
        connection.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!connection.open())
            *problem = connection.lastError().text();
        else
            ok = work(connection);
        connection.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

bool syncFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    return ::fsync(file.handle()) == 0;
}

void syncFolder(const QString &folder)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

} // namespace vt::files
