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
    if (auto s = m_db.exec("COMMIT"); !s) {
        (void)m_db.exec("ROLLBACK");   // a failed COMMIT leaves the transaction open
        return s;
    }
    return {};
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
            return fail(s.error());
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
            return fail(s.error());
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
        return fail(s.error());
    return std::optional<Bytes>(std::move(out));
}

Status FieldStore::dropExpiredTokens(std::int64_t now)
{
    std::lock_guard lock(m_mutex);
    // Also a token left reserved to an envelope set aside: it will never be sent, and the
    // token beside it would only tie this phone to whatever a relay holds.
    auto stmt = m_db.prepare("DELETE FROM tokens WHERE (outbox_id IS NULL AND not_after <= ?) "
                             "OR outbox_id IN (SELECT id FROM outbox WHERE state = 5)");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, now);
    return stmt->run();
}

Status FieldStore::dropTokensOutside(const std::vector<std::uint32_t>& epochs)
{
    std::lock_guard lock(m_mutex);
    std::string list;
    for (const std::uint32_t e : epochs)
        list += (list.empty() ? "" : ",") + std::to_string(e);
    // Numbers only, so the list is safe inline; an empty list drops every token in stock.
    return m_db.exec("DELETE FROM tokens WHERE outbox_id IS NULL AND epoch NOT IN (" + list + ")");
}

Status FieldStore::dropReservedToken(std::int64_t id)
{
    auto stmt = m_db.prepare("DELETE FROM tokens WHERE outbox_id = ?");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, id);
    return stmt->run();
}

std::vector<OutboxRow> FieldStore::awaitingToken()
{
    return queryRows("state = 6 AND id > ?", 0, -1);
}

std::optional<Bytes> FieldStore::binding(std::int64_t id)
{
    std::lock_guard lock(m_mutex);
    auto stmt = m_db.prepare("SELECT binding FROM outbox WHERE id = ? AND binding IS NOT NULL");
    if (!stmt)
        return std::nullopt;
    stmt->bind(1, id);
    auto row = stmt->step();
    if (!row || !*row)
        return std::nullopt;
    const ByteView b = stmt->blob(0);
    return Bytes(b.begin(), b.end());
}

Status FieldStore::bindEnvelope(std::int64_t id, const SealedEnvelope& envelope)
{
    std::lock_guard lock(m_mutex);
    auto stmt = m_db.prepare(
        "UPDATE outbox SET envelope = ?, envelope_hash = ?, state = 0, reason = '' WHERE id = ? AND state = 6");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, ByteView(envelope.bytes)).bind(2, ByteView(envelope.envelopeHash)).bind(3, id);
    if (auto s = stmt->run(); !s)
        return s;
    if (m_db.changes() != 1)
        return Error{"outbox: row " + std::to_string(id) + " no longer waits for a token", ErrorKind::Conflict};
    return {};
}

Status FieldStore::releaseExpiredReservations(std::int64_t now)
{
    std::lock_guard lock(m_mutex);
    // One statement each, in one transaction: the row waits again exactly when its token goes.
    if (auto s = m_db.exec("BEGIN IMMEDIATE"); !s)
        return s;
    auto wait = m_db.prepare(
        "UPDATE outbox SET state = 6, reason = '' WHERE state = 0 AND attempts = 0 AND binding IS NOT NULL "
        "AND id IN (SELECT outbox_id FROM tokens WHERE outbox_id IS NOT NULL AND not_after <= ?)");
    auto drop = m_db.prepare(
        "DELETE FROM tokens WHERE not_after <= ? AND outbox_id IN (SELECT id FROM outbox WHERE state = 6)");
    if (!wait || !drop) {
        (void)m_db.exec("ROLLBACK");
        return !wait ? wait.error() : drop.error();
    }
    wait->bind(1, now);
    drop->bind(1, now);
    if (auto s = wait->run(); !s) {
        (void)m_db.exec("ROLLBACK");
        return s;
    }
    if (auto s = drop->run(); !s) {
        (void)m_db.exec("ROLLBACK");
        return s;
    }
    if (auto s = m_db.exec("COMMIT"); !s) {
        (void)m_db.exec("ROLLBACK");
        return s;
    }
    return {};
}

Result<OutboxState> FieldStore::refuseToken(std::int64_t id, std::string_view reason, int maxRefusals)
{
    std::lock_guard lock(m_mutex);
    if (auto s = m_db.exec("BEGIN IMMEDIATE"); !s)
        return s.error();
    auto fail = [this](Error e) -> Result<OutboxState> {
        (void)m_db.exec("ROLLBACK");
        return e;
    };
    auto read = m_db.prepare("SELECT token_refusals, binding IS NOT NULL FROM outbox WHERE id = ? AND state IN (0, 1, 2)");
    if (!read)
        return fail(read.error());
    read->bind(1, id);
    auto row = read->step();
    if (!row)
        return fail(row.error());
    if (!*row)
        return fail(Error{"outbox: row " + std::to_string(id) + " is not on its way", ErrorKind::NotFound});
    const std::int64_t refusals = read->int64(0) + 1;
    const bool canBind = read->int64(1) != 0;
    read->reset();
    // Without the header there is nothing to bind a token to (a row sealed before v3).
    const auto state = canBind && refusals < maxRefusals ? OutboxState::AwaitingToken : OutboxState::Quarantined;
    auto update = m_db.prepare("UPDATE outbox SET state = ?, token_refusals = ?, attempts = attempts + 1, reason = ? "
                               "WHERE id = ?");
    if (!update)
        return fail(update.error());
    const std::string text(reason);
    update->bind(1, static_cast<std::int64_t>(state)).bind(2, refusals).bindText(3, text).bind(4, id);
    if (auto s = update->run(); !s)
        return fail(s.error());
    if (auto s = dropReservedToken(id); !s)
        return fail(s.error());
    if (auto s = m_db.exec("COMMIT"); !s)
        return fail(s.error());
    return state;
}

} // namespace vigil::field
