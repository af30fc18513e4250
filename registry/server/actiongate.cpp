// SPDX-License-Identifier: EUPL-1.2
#include "actiongate.h"

#include "shared/hash.h"

#include <cstring>

namespace vigil::registry {

namespace {

// As many connections as requests hold passes at once are opened (at most the server's
// threads); this many stay open for the next requests once they are done.
constexpr std::size_t kIdleConnections = 4;

/// The advisory lock's key for member + action id: 64 bits of a hash, so two different ids
/// share a key only by a chance that costs nothing but a wait. The prefix keeps the keys apart
/// from the registry's constant ones (audittrail.cpp, joblock.cpp) but by the same chance.
std::int64_t lockKey(const std::string& memberId, const std::string& actionId)
{
    const Hash32 h = Hasher().add("vigil action gate\n").add(memberId).add("\n").add(actionId).finish();
    std::int64_t key = 0;
    std::memcpy(&key, h.data(), sizeof key);
    return key;
}

/// Opens a transaction on `db` and waits in it for the advisory lock `key`; released at the
/// transaction's end (or when the connection closes).
Status lockInTransaction(Db db, std::int64_t key)
{
    if (auto s = db.exec("BEGIN"); !s)
        return s;
    auto stmt = db.prepare("SELECT pg_advisory_xact_lock(?)");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, key);
    return stmt->run();
}

} // namespace

Result<std::unique_ptr<Connection>> ActionGate::borrow()
{
    {
        std::lock_guard guard(m_mutex);
        if (!m_idle.empty()) {
            auto db = std::move(m_idle.back());
            m_idle.pop_back();
            return db;
        }
    }
    auto opened = m_connect();
    if (!opened)
        return opened.error();
    return std::make_unique<Connection>(std::move(*opened));
}

void ActionGate::giveBack(std::unique_ptr<Connection> db)
{
    std::lock_guard guard(m_mutex);
    if (m_idle.size() < kIdleConnections)
        m_idle.push_back(std::move(db));
}

ActionGate::Pass::Pass(ActionGate& gate, const std::string& memberId, const std::string& actionId) : m_gate(gate)
{
    if (actionId.empty())
        return;
    m_key = memberId + '\n' + actionId;
    {
        std::lock_guard guard(m_gate.m_mutex);
        auto& entry = m_gate.m_locks[m_key];
        if (!entry.first)
            entry.first = std::make_shared<std::mutex>();
        ++entry.second;
        m_lock = entry.first;
    }
    // This process's requests queue on the mutex first, so a resend to this process waits
    // here without holding a connection of its own.
    m_lock->lock();
    if (!m_gate.m_connect)
        return;
    auto db = m_gate.borrow();
    if (!db) {
        m_held = false;
        return;
    }
    if (auto s = lockInTransaction((*db)->db(), lockKey(memberId, actionId)); !s) {
        // A connection that failed here is not lent again: a fresh one is opened next time.
        (*db)->db().rollback();
        m_held = false;
        return;
    }
    m_db = std::move(*db);
}

ActionGate::Pass::~Pass()
{
    if (!m_lock)
        return;
    if (m_db) {
        // The transaction wrote nothing: its end releases the lock. A connection whose ROLLBACK
        // fails is dropped (closing it releases the lock as well).
        if (m_db->db().exec("ROLLBACK"))
            m_gate.giveBack(std::move(m_db));
        m_db.reset();
    }
    m_lock->unlock();
    std::lock_guard guard(m_gate.m_mutex);
    auto it = m_gate.m_locks.find(m_key);
    if (it != m_gate.m_locks.end() && --it->second.second == 0)
        m_gate.m_locks.erase(it);
}

} // namespace vigil::registry
