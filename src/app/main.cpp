// Entry point: a command runs headless (no display needed) under an offscreen
// QGuiApplication, which printing to PDF and rendering charts require; without
// a command the main window opens under QApplication.

#include "app/Language.h"
#include "cli/CommandLine.h"
#include "gui/Appearance.h"
#include "gui/MainWindow.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>
#include <memory>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("visit-tracker"));
    QCoreApplication::setApplicationName(QStringLiteral("visit-tracker"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VT_VERSION));
}

// Headless runs have no desktop session; Qt's note that XDG_RUNTIME_DIR is
// unset is true but useless to a script reading our stderr.
void quietHeadlessMessages(QtMsgType type, const QMessageLogContext &context,
                           const QString &message)
{
    if (message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    QTextStream(stderr) << qFormatLogMessage(type, context, message) << '\n';
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

    const bool headless = !invocation.command.isEmpty() || invocation.showHelp ||
                          invocation.showVersion || !invocation.usageError.isEmpty();
    if (headless) {
        qInstallMessageHandler(quietHeadlessMessages);
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // Charts are QGraphicsWidgets, which need QApplication's style even offscreen.
        const bool widgets = invocation.command == QLatin1String("chart");
        const std::unique_ptr<QGuiApplication> app =
            widgets ? std::make_unique<QApplication>(argc, argv)
                    : std::make_unique<QGuiApplication>(argc, argv);
        vt::app::applyLanguage(invocation.language);
        return vt::cli::runCommand(invocation);
    }

    QApplication app(argc, argv);
    // Lets Wayland desktops match the window to its desktop entry and icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("vn.visittracker.VisitTracker"));
    vt::app::applyLanguage(invocation.language);
    vt::applyAppearance(vt::storedAppearance());
    auto window = std::make_unique<vt::MainWindow>();
    if (!window->openDatabase(invocation.databasePath))
        return vt::cli::Failure;
    window->show();
    window->offerSampleVisitsOnFirstStart();
    return app.exec();
}
