#include "gui/ImportWithProgress.h"

#include "gui/DatabaseSession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLocale>
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
    QProgressDialog dialog(Text::tr("Reading the file…"), Text::tr("Cancel"), 0, 0, parent);
    dialog.setObjectName(QStringLiteral("importProgress"));
    dialog.setWindowTitle(Text::tr("Import visits"));
    dialog.setWindowModality(Qt::ApplicationModal);
    dialog.setMinimumDuration(showAfterMs);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    const QLocale locale;
    int shownPercent = -1;
    QElapsedTimer clock;
    clock.start();
    qint64 nextEventsAtMs = 0;
    return session.importDocument(json, path, [&](qsizetype written, qsizetype total) {
        // Events (drawing, the Cancel button) are processed every 20 ms,
        // not after every visit: a pass of the event loop for each of
        // thousands of visits a second would slow the import down.
        constexpr qint64 kEventsEveryMs = 20;
        if (written < total && clock.elapsed() < nextEventsAtMs)
            return !dialog.wasCanceled();
        nextEventsAtMs = clock.elapsed() + kEventsEveryMs;
        if (dialog.maximum() != int(total))
            dialog.setMaximum(int(total));
        // The label changes once a percent: relaying it out for every visit
        // would cost more than the visit.
        const int percent = total > 0 ? int(written * 100 / total) : 100;
        if (percent != shownPercent) {
            shownPercent = percent;
            dialog.setLabelText(
                written < total
                    ? Text::tr("Importing visit %1 of %2…")
                          .arg(locale.toString(written), locale.toString(total))
                    : Text::tr("Checking and saving %Ln visit(s)…", nullptr, int(total)));
        }
        dialog.setValue(int(written)); // processes events: the window stays drawn
        return !dialog.wasCanceled();
    });
}

} // namespace vt
