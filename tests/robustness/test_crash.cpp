// The crash test: runs the real binary importing a document of 150 visits (one
// transaction) into a database, kills it with SIGKILL at a random moment, and
// checks that the file is sound (`check`) and holds exactly what was
// committed: the visits and attendees from before, plus all of the import or
// none of it. Prints its figures (runs, kills, records checked, failures).

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace {

constexpr int kRuns = 50;
constexpr int kImported = 150;

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class CrashTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg")));
        return env;
    }

    Run runOn(const QString &database, const QStringList &arguments)
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(QStringLiteral(VT_BINARY),
                      QStringList{QStringLiteral("--database"), database} + arguments);
        if (!process.waitForFinished(120000))
            return {};
        return {process.exitCode(), process.readAllStandardOutput(),
                process.readAllStandardError()};
    }

    // Starts the command, kills it after delayMs (if still running); true when
    // killed. A run that ends first leaves its duration in *finishedMs.
    bool runAndKill(const QString &database, const QStringList &arguments, int delayMs,
                    int *finishedMs)
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        QElapsedTimer timer;
        timer.start();
        process.start(QStringLiteral(VT_BINARY),
                      QStringList{QStringLiteral("--database"), database} + arguments);
        if (!process.waitForStarted())
            return false;
        if (process.waitForFinished(delayMs)) {
            *finishedMs = int(timer.elapsed());
            return false;
        }
        ::kill(pid_t(process.processId()), SIGKILL);
        process.waitForFinished(10000);
        return process.exitStatus() == QProcess::CrashExit;
    }

    static qint64 count(const QString &database, const char *table)
    {
        const QString name = QStringLiteral("crash-count");
        qint64 n = -1;
        {
            QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            connection.setDatabaseName(database);
            if (connection.open()) {
                QSqlQuery query(connection);
                if (query.exec(
                        QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1StringView(table))) &&
                    query.next())
                    n = query.value(0).toLongLong();
            }
            connection.close();
        }
        QSqlDatabase::removeDatabase(name);
        return n;
    }

    void copyTemplate(const QString &to)
    {
        for (const char *suffix : {"", "-wal", "-shm", ".lock"})
            QFile::remove(to + QLatin1StringView(suffix));
        QVERIFY(QFile::copy(path(QStringLiteral("template.sqlite")), to));
    }

private slots:
    void killedWritesLeaveCommittedStateOnly()
    {
        QVERIFY(m_dir.isValid());
        // The template: a database with one visit, checkpointed into one file.
        const QString templ = path(QStringLiteral("template.sqlite"));
        QCOMPARE(runOn(templ, {QStringLiteral("generate"), QStringLiteral("--visits"),
                               QStringLiteral("1"), QStringLiteral("--seed"), QStringLiteral("99")})
                     .exitCode,
                 0);
        QVERIFY(!QFile::exists(templ + QStringLiteral("-wal")));
        // The import document, exported from a generated database.
        const QString source = path(QStringLiteral("source.sqlite"));
        QCOMPARE(runOn(source,
                       {QStringLiteral("generate"), QStringLiteral("--visits"),
                        QString::number(kImported), QStringLiteral("--seed"), QStringLiteral("7")})
                     .exitCode,
                 0);
        const QString json = path(QStringLiteral("visits.json"));
        QCOMPARE(runOn(source, {QStringLiteral("export"), json}).exitCode, 0);
        const qint64 importVisits = count(source, "visits");
        const qint64 importAttendees = count(source, "attendees");
        QCOMPARE(importVisits, kImported);

        // How long an undisturbed run takes, to spread the kills across it.
        const QString work = path(QStringLiteral("work.sqlite"));
        const QStringList import{QStringLiteral("import"), json};
        QElapsedTimer timer;
        copyTemplate(work);
        timer.start();
        QCOMPARE(runOn(work, import).exitCode, 0);
        int importMs = int(timer.elapsed());
        const qint64 templAttendees = count(templ, "attendees");

        QElapsedTimer total;
        total.start();
        auto *random = QRandomGenerator::global();
        int runs = 0;
        int kills = 0;
        int failures = 0;
        qint64 recordsChecked = 0;
        QSet<qint64> seenCounts;
        for (int i = 0; i < kRuns; ++i) {
            copyTemplate(work);
            // Most kills anywhere in the import; every fifth around its end,
            // where it commits and checkpoints (spread evenly, hardly any
            // landed there: some runs saw only the state before the import).
            const int delay = i % 5 == 4 ? int(importMs * 0.9 + random->bounded(importMs * 0.6))
                                         : int(random->bounded(qMax(10, importMs + 50)));
            // A run that finished before its kill shows how fast the machine is
            // now (others' load comes and goes): later kills aim within that.
            int finishedMs = importMs;
            kills += runAndKill(work, import, delay, &finishedMs) ? 1 : 0;
            importMs = qMin(importMs, finishedMs);
            ++runs;

            const Run checked = runOn(work, {QStringLiteral("check")});
            const qint64 visits = count(work, "visits");
            const qint64 attendees = count(work, "attendees");
            recordsChecked += visits + attendees;
            bool good = checked.exitCode == 0 && checked.out == QByteArray("ok\n");
            good = good &&
                   ((visits == 1 && attendees == templAttendees) ||
                    (visits == 1 + importVisits && attendees == templAttendees + importAttendees));
            seenCounts.insert(visits);
            if (!good) {
                ++failures;
                qWarning("run %d (kill after %d ms): check %d %s, visits %lld, attendees %lld", i,
                         delay, checked.exitCode, checked.out.constData(), visits, attendees);
                QFile::copy(work, path(QStringLiteral("failed-%1.sqlite").arg(i)));
            }
        }
        qInfo("crash test: %d runs, %d kills, %lld records checked, %d failures, %lld ms "
              "(shortest undisturbed import: %d ms); distinct visit counts seen: %lld",
              runs, kills, recordsChecked, failures, qint64(total.elapsed()), importMs,
              qint64(seenCounts.size()));
        QCOMPARE(failures, 0);
        // Always all runs: a busy machine makes the test slower, never weaker
        // (CTest's timeout bounds it).
        QCOMPARE(runs, kRuns);
        QVERIFY2(kills >= runs / 2, "most runs must actually be killed");
    }
};

QTEST_GUILESS_MAIN(CrashTest)
#include "test_crash.moc"
