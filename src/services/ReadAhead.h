#pragma once

// Runs a producer on a thread of its own and hands what it makes to the
// consumer through a short queue. An import reads (parses, checks) the next
// visits on the second core while the first writes the current one, so the
// import takes about as long as the writing alone.

#include <QtGlobal>

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>

namespace vt {

template <typename Item> class ReadAhead final
{
    Q_DISABLE_COPY_MOVE(ReadAhead)

public:
    // Hands an item to the consumer, waiting while the queue is full; false
    // when the consumer has stopped: the producer should return.
    using Put = std::function<bool(Item &&)>;
    using Producer = std::function<void(const Put &put)>;

    // `produce` runs on the new thread until it returns; it must touch
    // nothing the consumer's thread touches meanwhile.
    ReadAhead(std::size_t capacity, Producer produce) : m_capacity(qMax<std::size_t>(1, capacity))
    {
        m_thread = std::thread([this, produce = std::move(produce)] {
            produce([this](Item &&item) { return put(std::move(item)); });
            std::deque<Item> spent; // destroyed on this thread, unlocked
            const std::lock_guard lock(m_mutex);
            spent.swap(m_spent);
            m_finished = true;
            m_itemReady.notify_one();
        });
    }

    ~ReadAhead() { stop(); }

    // The next item; std::nullopt once the producer has returned and every
    // item was taken. Waits for the producer while the queue is empty.
    std::optional<Item> take()
    {
        std::unique_lock lock(m_mutex);
        m_itemReady.wait(lock, [this] { return !m_queue.empty() || m_finished; });
        if (m_queue.empty())
            return std::nullopt;
        Item item = std::move(m_queue.front());
        m_queue.pop_front();
        // The producer, when the queue was full, waits until half of it is
        // taken: woken once per half a queue instead of once per item (each
        // wake-up is a system call and a thread switch; see put()).
        if (m_queue.size() == refillBelow())
            m_roomReady.notify_one();
        return item;
    }

    // Hands a taken item back, to be destroyed on the producer's thread the
    // next time it puts one. glibc gives each thread an allocation arena of
    // its own, and memory freed on another thread goes back to its arena
    // under a lock the producer takes for each of its own allocations: freed
    // by the consumer, every visit of an import cost both threads waits on
    // that lock (5% of the writing thread's time, futex calls included).
    void giveBack(Item &&item)
    {
        const std::lock_guard lock(m_mutex);
        if (!m_finished)
            m_spent.push_back(std::move(item));
        // else: destroyed here, on return; nobody allocates any more
    }

    // Tells the producer to stop, waits for it to return and drops what it
    // made and nobody took. After this, what the producer wrote elsewhere may
    // be read (after take() returned std::nullopt, nothing is dropped).
    void stop()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_stopped = true;
            m_roomReady.notify_one();
        }
        if (m_thread.joinable())
            m_thread.join();
        m_queue.clear();
        m_spent.clear();
    }

private:
    bool put(Item &&item)
    {
        std::deque<Item> spent; // destroyed on return, on this thread, unlocked
        std::unique_lock lock(m_mutex);
        spent.swap(m_spent);
        if (m_queue.size() >= m_capacity)
            m_roomReady.wait(lock, [this] { return m_queue.size() <= refillBelow() || m_stopped; });
        if (m_stopped)
            return false;
        m_queue.push_back(std::move(item));
        if (m_queue.size() == 1) // the consumer waits only on an empty queue
            m_itemReady.notify_one();
        return true;
    }

    std::size_t refillBelow() const { return m_capacity / 2; }

    const std::size_t m_capacity;
    std::mutex m_mutex;
    std::condition_variable m_itemReady; // the consumer waits on it
    std::condition_variable m_roomReady; // the producer waits on it
    std::deque<Item> m_queue;
    std::deque<Item> m_spent; // given back, for the producer to destroy
    bool m_finished = false;
    bool m_stopped = false;
    std::thread m_thread; // last: started once the members above exist
};

} // namespace vt
