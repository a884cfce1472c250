#include "gui/ImportWithProgress.h"

#include "gui/DatabaseSession.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProgressDialog>

namespace vt {
namespace {

// lupdate and the translator share this context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(vt::ImportWithProgress)
};

} // namespace

ImportResult importWithProgress(DatabaseSession &session, const QByteArray &json,
                                const QString &path, QWidget *parent, int showAfterMs)
{
    QBuffer buffer;
    buffer.setData(json);
    buffer.open(QIODevice::ReadOnly);
    return importWithProgress(session, buffer, path, parent, showAfterMs);
}

ImportResult importWithProgress(DatabaseSession &session, QIODevice &device, const QString &path,
                                QWidget *parent, int showAfterMs)
{
    QProgressDialog dialog(Text::tr("Reading the file…"), Text::tr("Cancel"), 0, 0, parent);
    dialog.setObjectName(QStringLiteral("importProgress"));
    dialog.setWindowTitle(Text::tr("Import visits"));
    dialog.setWindowModality(Qt::ApplicationModal);
    dialog.setMinimumDuration(showAfterMs);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    // The bar shows how much of the file is read, in thousandths: the number
    // of visits in it is known only at its end.
    constexpr int kSteps = 1000;
    QElapsedTimer clock;
    clock.start();
    qint64 nextEventsAtMs = 0;
    return session.importDocument(
        device, path, [&](qsizetype written, qint64 readBytes, qint64 documentBytes) {
            const bool allRead = readBytes >= documentBytes;
            // Events (drawing, the Cancel button) are processed every 20 ms,
            // not after every visit: a pass of the event loop for each of
            // thousands of visits a second would slow the import down.
            constexpr qint64 kEventsEveryMs = 20;
            if (!allRead && clock.elapsed() < nextEventsAtMs)
                return !dialog.wasCanceled();
            nextEventsAtMs = clock.elapsed() + kEventsEveryMs;
            dialog.setMaximum(kSteps);
            dialog.setLabelText(
                allRead ? Text::tr("Checking and saving %Ln visit(s)…", nullptr, int(written))
                        : Text::tr("Importing… %Ln visit(s) so far", nullptr, int(written)));
            const int step = documentBytes > 0
                                 ? int(qMin(readBytes, documentBytes) * kSteps / documentBytes)
                                 : kSteps;
            dialog.setValue(step); // processes events: the window stays drawn
            return !dialog.wasCanceled();
        });
}

} // namespace vt
