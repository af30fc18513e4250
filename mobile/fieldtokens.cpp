// SPDX-License-Identifier: EUPL-1.2
// The field store's stock of filing tokens (docs/field-app.md "Filing tokens"): added after a
// sync, one reserved per outbox row, durably and never twice.
#include "fieldstore.h"

namespace vigil::field {

Status FieldStore::addTokens(std::uint32_t epoch, std::int64_t notAfter, const std::vector<Bytes>& sealedItems)
{
    std::lock_guard lock(m_mutex);
    if (auto s = m_db.exec("BEGIN IMMEDIATE"); !s)
        return s;
    auto stmt = m_db.prepare("INSERT INTO tokens(epoch, not_after, item) VALUES (?, ?, ?)");
    if (!stmt) {
        (void)m_db.exec("ROLLBACK");
        return stmt.error();
    }
    for (const Bytes& item : sealedItems) {
        stmt->reset();
        stmt->bind(1, static_cast<std::int64_t>(epoch)).bind(2, notAfter).bind(3, ByteView(item));
        if (auto s = stmt->run(); !s) {
            (void)m_db.exec("ROLLBACK");
            return s;
        }
    }
    return m_db.exec("COMMIT");
}

std::size_t FieldStore::tokenStock(std::int64_t now)
{
    std::lock_guard lock(m_mutex);
    auto stmt = m_db.prepare("SELECT COUNT(*) FROM tokens WHERE outbox_id IS NULL AND not_after > ?");
    if (!stmt)
        return 0;
    stmt->bind(1, now);
    auto row = stmt->step();
    return row && *row ? static_cast<std::size_t>(stmt->int64(0)) : 0;
}

Result<std::optional<Bytes>> FieldStore::takeToken(std::int64_t outboxId, std::int64_t now)
{
    std::lock_guard lock(m_mutex);
    if (auto s = m_db.exec("BEGIN IMMEDIATE"); !s)
        return s.error();
    auto fail = [this](Error e) -> Result<std::optional<Bytes>> {
        (void)m_db.exec("ROLLBACK");
        return e;
    };
    auto held = m_db.prepare("SELECT item FROM tokens WHERE outbox_id = ?");
    if (!held)
        return fail(held.error());
    held->bind(1, outboxId);
    auto row = held->step();
    if (!row)
        return fail(row.error());
    if (*row) {
        const ByteView item = held->blob(0);
        Bytes out(item.begin(), item.end());
        held->reset();
        if (auto s = m_db.exec("COMMIT"); !s)
            return s.error();
        return std::optional<Bytes>(std::move(out));
    }
    auto next = m_db.prepare(
        "SELECT id, item FROM tokens WHERE outbox_id IS NULL AND not_after > ? ORDER BY not_after, id LIMIT 1");
    if (!next)
        return fail(next.error());
    next->bind(1, now);
    auto found = next->step();
    if (!found)
        return fail(found.error());
    if (!*found) {
        next->reset();
        if (auto s = m_db.exec("COMMIT"); !s)
            return s.error();
        return std::optional<Bytes>{};
    }
    const std::int64_t id = next->int64(0);
    const ByteView item = next->blob(1);
    Bytes out(item.begin(), item.end());
    next->reset();
    auto reserve = m_db.prepare("UPDATE tokens SET outbox_id = ? WHERE id = ? AND outbox_id IS NULL");
    if (!reserve)
        return fail(reserve.error());
    reserve->bind(1, outboxId).bind(2, id);
    if (auto s = reserve->run(); !s)
        return fail(s.error());
    if (m_db.changes() != 1)
        return fail(Error{"token store: the token was reserved meanwhile", ErrorKind::Conflict});
    if (auto s = m_db.exec("COMMIT"); !s)
        return s.error();
    return std::optional<Bytes>(std::move(out));
}

Status FieldStore::dropExpiredTokens(std::int64_t now)
{
    std::lock_guard lock(m_mutex);
    auto stmt = m_db.prepare("DELETE FROM tokens WHERE outbox_id IS NULL AND not_after <= ?");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, now);
    return stmt->run();
}

} // namespace vigil::field
