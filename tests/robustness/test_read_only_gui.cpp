// The main window on a database another process has open for writing: the
// read-only banner says why, and every edit action is disabled.

#include "gui/DatabaseSession.h"
#include "gui/MainWindow.h"
#include "gui/ReadOnlyBanner.h"
#include "storage/DatabaseLock.h"

#include <QAction>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class ReadOnlyGuiTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void bannerAndDisabledEditsWhenLocked()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(QStringLiteral("shared.sqlite"));
        {
            vt::Database database;
            QString error;
            QVERIFY2(database.open(file, &error), qPrintable(error));
        }
        // Another live process "holds" the lock (see test_robustness).
        const QString lockPath = vt::DatabaseLock::lockFilePath(file);
        QByteArray ours;
        {
            QLockFile probe(lockPath);
            QVERIFY(probe.tryLock(0));
            QFile read(lockPath);
            QVERIFY(read.open(QIODevice::ReadOnly));
            ours = read.readAll();
        }
        QProcess sleeper;
        sleeper.start(QStringLiteral("sleep"), {QStringLiteral("60")});
        QVERIFY(sleeper.waitForStarted());
        QList<QByteArray> lines = ours.split('\n');
        lines[0] = QByteArray::number(sleeper.processId());
        lines[1] = QFile::encodeName(
            QFileInfo(QStandardPaths::findExecutable(QStringLiteral("sleep"))).canonicalFilePath());
        {
            QFile lock(lockPath);
            QVERIFY(lock.open(QIODevice::WriteOnly));
            lock.write(lines.join('\n'));
        }

        vt::MainWindow window;
        auto *banner = window.findChild<vt::ReadOnlyBanner *>();
        QVERIFY(banner);
        QVERIFY(banner->isHidden());
        QVERIFY(window.openDatabase(file));
        QVERIFY(window.session().isReadOnly());
        QVERIFY(!banner->isHidden());
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("undoAction"))->isEnabled());
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("redoAction"))->isEnabled());
        QVERIFY2(banner->text().contains(QStringLiteral("open read-only")),
                 qPrintable(banner->text()));
        QVERIFY2(banner->text().contains(QStringLiteral("(process %1)").arg(sleeper.processId())),
                 qPrintable(banner->text()));
        for (QAction *action : window.findChildren<QAction *>()) {
            const QString text = action->text().remove(QLatin1Char('&'));
            if (action->objectName() == QLatin1StringView("newVisitAction") ||
                action->objectName() == QLatin1StringView("deleteVisitAction") ||
                text.startsWith(QStringLiteral("Import")) || text.contains(QStringLiteral("ample")))
                QVERIFY2(!action->isEnabled(), qPrintable(text));
        }
        sleeper.kill();
        sleeper.waitForFinished();
    }
};

QTEST_MAIN(ReadOnlyGuiTest)
#include "test_read_only_gui.moc"
