#pragma once

// The whole order of the follow-up list (FollowUpCatalogue::orderedIds), read
// on a thread of its own with its own read-only connection while the list
// shows its first pages. Reading it takes 0.3–0.6 s at 100,000 visits: begun
// when the list is sorted or filtered, it is usually ready by the time the
// user drags the scroll bar deep into the list, and the window's thread waits
// only for what is left of it otherwise. The destructor cancels the reading
// and waits for its thread.

#include "storage/FollowUpCatalogue.h"

#include <QList>

#include <future>
#include <memory>
#include <optional>

namespace vt {

class Interruption;

class FollowUpOrderReading final
{
    Q_DISABLE_COPY_MOVE(FollowUpOrderReading)

public:
    // Starts reading from the file `catalogue` reads; the catalogue's
    // connection is not used on the other thread.
    FollowUpOrderReading(const FollowUpCatalogue &catalogue, const FollowUpFilter &filter,
                         FollowUpSortKey key, Qt::SortOrder order);
    ~FollowUpOrderReading();

    // Waits for the order; nullopt when it could not be read apart (the file
    // could not be opened read-only, or the reading failed, or was
    // cancelled), so the caller reads it on its own connection. Once only.
    std::optional<QList<qint64>> take();
    // Asks the reading to stop without waiting for it. SQLite notices
    // between rows, not while it sorts them: a reading dropped at that point
    // runs on for up to a second, which the window need not wait for.
    void cancel();
    bool isFinished() const;

private:
    std::shared_ptr<Interruption> m_interruption;
    std::future<std::optional<QList<qint64>>> m_order;
};

} // namespace vt
