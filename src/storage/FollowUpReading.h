#pragma once

// A reading of the follow-up list on a thread of its own, with its own
// read-only connection to the file a catalogue reads, so that the window's
// thread does not wait for it. At 100,000 visits some orders of the list take
// 0.2–0.6 s to read (sorting 466,412 recommendations): the list shows its
// rows as they arrive (RecommendationListModel) and reads the whole order
// ahead while the user looks at the first pages.
//
// What is read is the caller's: `read` runs on the other thread with a
// catalogue of the same date on the reading's connection and stores what it
// reads where the caller will look once succeeded() says it may. `finished`,
// when given, is called on the other thread once the reading is over, however
// it ended (to post a message to the window's thread). The destructor cancels
// the reading and waits for its thread.

#include "storage/FollowUpCatalogue.h"

#include <functional>
#include <future>
#include <memory>

namespace vt {

class Interruption;

class FollowUpReading final
{
    Q_DISABLE_COPY_MOVE(FollowUpReading)

public:
    // False with an error, or when cancelled.
    using Read = std::function<bool(const FollowUpCatalogue &catalogue, QString *error)>;

    FollowUpReading(const FollowUpCatalogue &catalogue, Read read,
                    std::function<void()> finished = {});
    ~FollowUpReading();

    // Waits for the reading; false when it could not be done apart (the file
    // could not be opened read-only, the reading failed, or was cancelled), so
    // the caller reads on its own connection. Once only.
    bool succeeded();
    // Asks the reading to stop without waiting for it. SQLite notices
    // between rows, not while it sorts them: a reading dropped at that point
    // runs on for up to a second, which the window need not wait for.
    void cancel();
    bool isFinished() const;

private:
    std::shared_ptr<Interruption> m_interruption;
    std::future<bool> m_done;
};

} // namespace vt
