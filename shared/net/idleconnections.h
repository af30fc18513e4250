// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The connections that have not sent a complete request header yet (new ones, TLS handshakes,
// and kept-alive ones between requests), oldest first. When the connection table is full, the
// listener closes the oldest of them that has been idle long enough instead of refusing a new
// client: idle sockets held open on purpose (half-open connections, slowloris) then cost the
// attacker a constant effort instead of locking honest devices out until the header timeout.

#include <boost/asio/any_io_executor.hpp>

#include <chrono>
#include <functional>
#include <list>
#include <memory>
#include <mutex>

namespace vigil {

namespace net = boost::asio;

class IdleConnections {
public:
    struct Entry;

    /// Marks a connection idle from now until the guard is destroyed. `close` runs on
    /// `executor` (the connection's strand), and only while the guard still lives.
    class Guard {
    public:
        Guard(IdleConnections& registry, net::any_io_executor executor, std::function<void()> close);
        ~Guard();
        Guard(const Guard&) = delete;
        Guard& operator=(const Guard&) = delete;

    private:
        IdleConnections& m_registry;
        std::shared_ptr<Entry> m_entry;
    };

    /// Closes the oldest connection idle for at least `minIdle`; false when there is none.
    /// Thread-safe.
    bool closeOldest(std::chrono::steady_clock::duration minIdle);

    /// How many connections are idle now (for tests).
    std::size_t size() const;

private:
    mutable std::mutex m_mutex;
    std::list<std::shared_ptr<Entry>> m_entries;   ///< oldest first
};

} // namespace vigil
