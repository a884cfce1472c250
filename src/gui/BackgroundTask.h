#pragma once

// Runs a step that takes seconds at national scale (restoring a backup) on a
// thread of its own while a window-modal progress dialog turns, so the window
// keeps painting instead of freezing; returns what the step returned. For
// steps that cannot stop half-way: the dialog has no Cancel button. The step
// must not use the window's database connection (Qt's connections belong to
// the thread that made them): it opens its own.

#include <QEventLoop>
#include <QProgressDialog>
#include <QWidget>

#include <functional>
#include <thread>

namespace vt {

template <typename Result>
Result runInBackground(QWidget *parent, const QString &title, const QString &label,
                       const std::function<Result()> &step)
{
    // A step that ends quickly shows no dialog at all.
    constexpr int kShowAfterMs = 300;
    QProgressDialog progress(label, QString(), 0, 0, parent);
    progress.setWindowTitle(title);
    progress.setWindowModality(Qt::WindowModal);
    progress.setCancelButton(nullptr);
    progress.setMinimumDuration(kShowAfterMs);
    Result result{};
    QEventLoop waiting;
    std::thread worker([&] {
        result = step();
        // Queued: delivered once the loop runs, even if that is after now.
        QMetaObject::invokeMethod(&waiting, &QEventLoop::quit, Qt::QueuedConnection);
    });
    waiting.exec();
    worker.join();
    return result;
}

} // namespace vt
