#include "FuzzSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <cstdio>
#include <cstdlib>

namespace vt::fuzz {
namespace {

// In memory (/dev/shm) where there is one: creating a database syncs the
// disk several times, which on a busy disk costs seconds per new file.
QTemporaryDir &scratchFolder()
{
    static const QString shm = QStringLiteral("/dev/shm");
    static QTemporaryDir folder(QFileInfo(shm).isDir() && QFileInfo(shm).isWritable()
                                    ? shm + QStringLiteral("/vt-fuzz-XXXXXX")
                                    : QDir::tempPath() + QStringLiteral("/vt-fuzz-XXXXXX"));
    return folder;
}

void abortOnWarning(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    if (type != QtDebugMsg && type != QtInfoMsg)
        fail("Qt reported a problem:", message);
}

} // namespace

void failOnWarnings()
{
    qInstallMessageHandler(abortOnWarning);
}

void initialise(int *argc, char ***argv)
{
    // QCoreApplication keeps references to argc and argv: both must outlive it.
    static int count = 1;
    static char *arguments[] = {(*argv)[0], nullptr};
    (void)argc;
    static QCoreApplication application(count, arguments);
    if (!scratchFolder().isValid())
        fail("no temporary folder");
}

ScratchDatabase &scratch()
{
    static auto *database = new ScratchDatabase;
    return *database;
}

Database &ScratchDatabase::database()
{
    if (!m_database)
        renew();
    return *m_database;
}

void ScratchDatabase::renew()
{
    m_database.reset();
    const QString path =
        scratchFolder().filePath(QStringLiteral("fuzz-%1.sqlite").arg(++m_generation));
    QFile::remove(path);
    m_database = std::make_unique<Database>();
    QString error;
    if (!m_database->open(path, &error))
        fail("cannot create the scratch database", error);
    // A scratch file needs no durability: without a sync per transaction
    // the import runs several times faster, and the fuzzer tries more inputs.
    QSqlQuery(m_database->connection()).exec(QStringLiteral("PRAGMA synchronous = OFF"));
    // The previous generation's files (with -wal, -shm, .lock) are no longer open.
    QDir folder(scratchFolder().path());
    const QString previous = QStringLiteral("fuzz-%1.sqlite*").arg(m_generation - 1);
    for (const QString &name : folder.entryList({previous}, QDir::Files))
        folder.remove(name);
}

void fail(const char *what, const QString &detail)
{
    std::fprintf(stderr, "fuzz check failed: %s %s\n", what, qPrintable(detail));
    std::abort();
}

} // namespace vt::fuzz
