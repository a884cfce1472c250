#pragma once

// Runs the built program as a user's script would: headless (no display and no
// platform override, so the program must choose offscreen itself), with its
// own data folder, and returns its exit code and what it printed. Shared by
// the tests that drive the binary end to end.

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace vt::test {

struct Run
{
    int exitCode = -1; // -1: did not finish in time
    QByteArray out;
    QByteArray err;
};

inline Run runProgram(const QString &binary, const QString &dataHome, const QStringList &arguments,
                      int timeoutMs = 60000)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
    process.setProcessEnvironment(env);
    process.start(binary, arguments);
    if (!process.waitForFinished(timeoutMs))
        return {};
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

} // namespace vt::test
