// Entry point: a command runs headless under QCoreApplication (no display
// needed); without one the main window opens under QApplication.

#include "cli/CommandLine.h"
#include "gui/MainWindow.h"
#include "app/Language.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTextStream>
#include <memory>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("visit-tracker"));
    QCoreApplication::setApplicationName(QStringLiteral("visit-tracker"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VT_VERSION));
}

QStringList argumentsOf(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

} // namespace

int main(int argc, char **argv)
{
    const vt::cli::Invocation invocation = vt::cli::parseInvocation(argumentsOf(argc, argv));
    describeApplication();

    const bool headless = !invocation.command.isEmpty() || invocation.showHelp
                          || invocation.showVersion || !invocation.usageError.isEmpty();
    if (headless) {
        QCoreApplication app(argc, argv);
        vt::app::applyLanguage(invocation.language);
        return vt::cli::runCommand(invocation);
    }

    QApplication app(argc, argv);
    vt::app::applyLanguage(invocation.language);
    auto window = std::make_unique<vt::MainWindow>();
    if (!window->openDatabase(invocation.databasePath))
        return vt::cli::Failure;
    window->show();
    window->offerSampleVisitsOnFirstStart();
    return app.exec();
}
