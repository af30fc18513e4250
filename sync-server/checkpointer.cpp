// SPDX-License-Identifier: EUPL-1.2
#include "checkpointer.h"

#include "migrations.h"

#include "shared/net/log.h"

#include <sqlite3.h>

namespace vigil::relay {

WalCheckpointer::WalCheckpointer(SqliteDb db, Logger& log, int thresholdPages)
    : m_db(std::move(db)), m_log(log), m_threshold(thresholdPages)
{
}

Result<std::unique_ptr<WalCheckpointer>> WalCheckpointer::start(const std::filesystem::path& path, Logger& log,
                                                                int thresholdPages)
{
    auto db = openRelayDatabase(path, false);
    if (!db)
        return db.error();
    std::unique_ptr<WalCheckpointer> c(new WalCheckpointer(std::move(*db), log, thresholdPages));
    c->m_thread = std::thread([p = c.get()] { p->run(); });
    return c;
}

WalCheckpointer::~WalCheckpointer()
{
    stop();
}

void WalCheckpointer::attach(SqliteDb& writer)
{
    // The hook replaces the automatic checkpoint (which is itself a WAL hook).
    sqlite3_wal_hook(writer.handle(), &WalCheckpointer::onWalCommit, this);
}

int WalCheckpointer::onWalCommit(void* self, sqlite3*, const char*, int pages)
{
    auto* c = static_cast<WalCheckpointer*>(self);
    std::lock_guard lock(c->m_mutex);
    c->m_walPages = pages;
    if (pages >= c->m_threshold)
        c->m_wake.notify_one();
    return SQLITE_OK;
}

void WalCheckpointer::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
        m_wake.notify_one();
    }
    if (m_thread.joinable())
        m_thread.join();
}

void WalCheckpointer::run()
{
    for (;;) {
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || m_walPages >= m_threshold; });
            if (m_stopping)
                return;
            m_walPages = 0;
        }
        int walFrames = 0;
        int copied = 0;
        const int rc = sqlite3_wal_checkpoint_v2(m_db.handle(), nullptr, SQLITE_CHECKPOINT_PASSIVE, &walFrames, &copied);
        if (rc != SQLITE_OK && rc != SQLITE_BUSY)
            m_log.warn("wal checkpoint failed", {{"error", m_db.lastError()}});
    }
}

} // namespace vigil::relay
