// SPDX-License-Identifier: EUPL-1.2
#include "idleconnections.h"

#include <boost/asio/post.hpp>

namespace vigil {

struct IdleConnections::Entry {
    net::any_io_executor executor;
    std::function<void()> close;
    std::chrono::steady_clock::time_point since;
    std::list<std::shared_ptr<Entry>>::iterator position;
    bool listed = false;   // guarded by the registry's mutex
    bool alive = true;     // touched only on the connection's strand
};

IdleConnections::Guard::Guard(IdleConnections& registry, net::any_io_executor executor, std::function<void()> close)
    : m_registry(registry), m_entry(std::make_shared<Entry>())
{
    m_entry->executor = std::move(executor);
    m_entry->close = std::move(close);
    m_entry->since = std::chrono::steady_clock::now();
    std::lock_guard lock(registry.m_mutex);
    registry.m_entries.push_back(m_entry);
    m_entry->position = std::prev(registry.m_entries.end());
    m_entry->listed = true;
}

IdleConnections::Guard::~Guard()
{
    // Runs on the connection's strand, like the posted close below: once this is done, a
    // close already on its way finds `alive` false and leaves the (soon gone) socket alone.
    m_entry->alive = false;
    std::lock_guard lock(m_registry.m_mutex);
    if (m_entry->listed) {
        m_registry.m_entries.erase(m_entry->position);
        m_entry->listed = false;
    }
}

bool IdleConnections::closeOldest(std::chrono::steady_clock::duration minIdle)
{
    std::shared_ptr<Entry> oldest;
    {
        std::lock_guard lock(m_mutex);
        if (m_entries.empty() || std::chrono::steady_clock::now() - m_entries.front()->since < minIdle)
            return false;
        oldest = std::move(m_entries.front());
        m_entries.pop_front();
        oldest->listed = false;
    }
    net::post(oldest->executor, [oldest] {
        if (oldest->alive)
            oldest->close();
    });
    return true;
}

std::size_t IdleConnections::size() const
{
    std::lock_guard lock(m_mutex);
    return m_entries.size();
}

} // namespace vigil
