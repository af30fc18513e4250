// SPDX-License-Identifier: EUPL-1.2
#include "forwardqueue.h"

#include "uploadstore.h"

#include <algorithm>

namespace vigil::relay {

Result<std::vector<PendingEnvelope>> loadPending(SqliteDb& db, std::size_t limit)
{
    auto stmt = db.prepare("SELECT id, report_id, payload FROM envelopes WHERE state = 0 ORDER BY id LIMIT ?1");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, static_cast<std::int64_t>(limit));
    std::vector<PendingEnvelope> out;
    auto s = stmt->eachRow([&out](const SqliteStmt& row) {
        PendingEnvelope p;
        p.id = row.int64(0);
        const ByteView id = row.blob(1);
        if (id.size() == p.reportId.size())
            std::copy(id.begin(), id.end(), p.reportId.begin());
        const ByteView payload = row.blob(2);
        p.payload.assign(payload.begin(), payload.end());
        p.size = p.payload.size();
        out.push_back(std::move(p));
    });
    if (!s)
        return s.error();
    return out;
}

Result<std::vector<PendingEnvelope>> loadPendingSizes(SqliteDb& db, std::size_t limit, std::span<const std::int64_t> skip)
{
    auto stmt = db.prepare("SELECT id, report_id, length(payload) FROM envelopes WHERE state = 0 ORDER BY id LIMIT ?1");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, static_cast<std::int64_t>(limit + skip.size()));
    std::vector<PendingEnvelope> out;
    auto s = stmt->eachRow([&](const SqliteStmt& row) {
        PendingEnvelope p;
        p.id = row.int64(0);
        if (std::find(skip.begin(), skip.end(), p.id) != skip.end() || out.size() >= limit)
            return;
        const ByteView id = row.blob(1);
        if (id.size() == p.reportId.size())
            std::copy(id.begin(), id.end(), p.reportId.begin());
        p.size = static_cast<std::size_t>(row.int64(2));
        out.push_back(std::move(p));
    });
    if (!s)
        return s.error();
    return out;
}

Status loadPayloads(SqliteDb& db, std::vector<PendingEnvelope>& envelopes)
{
    auto stmt = db.prepare("SELECT payload FROM envelopes WHERE id = ?1 AND state = 0 AND payload IS NOT NULL");
    if (!stmt)
        return stmt.error();
    Status failure;
    std::erase_if(envelopes, [&stmt, &failure](PendingEnvelope& p) {
        stmt->bind(1, p.id);
        auto row = stmt->step();
        if (!row)
            failure = row.error();
        const bool found = row && *row;
        if (found) {
            const ByteView payload = stmt->blob(0);
            p.payload.assign(payload.begin(), payload.end());
            p.size = p.payload.size();
        }
        stmt->reset();
        return !found;
    });
    return failure;
}

Result<ForwardTally> recordForwardOutcomes(SqliteDb& db, std::span<const ForwardOutcome> outcomes, std::uint64_t now)
{
    auto ack = db.prepare("UPDATE envelopes SET state = 1, payload = NULL, forwarded_at = ?2, upstream_receipt = ?3 "
                          "WHERE id = ?1 AND state = 0");
    if (!ack)
        return ack.error();
    auto dead = db.prepare("UPDATE envelopes SET state = 2 WHERE id = ?1 AND state = 0");
    if (!dead)
        return dead.error();
    auto letter = db.prepare("INSERT OR REPLACE INTO dead_letters (envelope_id, status, reason, at) VALUES (?1, ?2, ?3, ?4)");
    if (!letter)
        return letter.error();
    ForwardTally tally;
    for (const auto& o : outcomes) {
        if (o.status == IngestStatus::Stored || o.status == IngestStatus::Duplicate) {
            ack->bind(1, o.id).bind(2, static_cast<std::int64_t>(now)).bind(3, o.upstreamReceipt);
            if (auto s = ack->run(); !s)
                return s.error();
            ack->reset();
            tally.acknowledged += static_cast<std::size_t>(db.changes());
        } else {
            dead->bind(1, o.id);
            if (auto s = dead->run(); !s)
                return s.error();
            dead->reset();
            const auto changed = db.changes();
            const std::string status(enumName(o.status));
            letter->bind(1, o.id).bindText(2, status).bindText(3, o.reason).bind(4, static_cast<std::int64_t>(now));
            if (auto s = letter->run(); !s)
                return s.error();
            letter->reset();
            tally.deadLettered += static_cast<std::size_t>(changed);
        }
    }
    return tally;
}

Result<std::int64_t> purgeTombstones(SqliteDb& db, std::uint64_t cutoff)
{
    auto stmt = db.prepare("DELETE FROM envelopes WHERE state = 1 AND forwarded_at < ?1");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, static_cast<std::int64_t>(cutoff));
    if (auto s = stmt->run(); !s)
        return s.error();
    return db.changes();
}

Result<MetricsSnapshot> readSnapshot(SqliteDb& db, std::uint64_t now)
{
    MetricsSnapshot snap;
    // The rowid grows with arrival, so the oldest pending row is the first in the partial index.
    auto oldest = db.prepare("SELECT received_at FROM envelopes WHERE state = 0 ORDER BY id LIMIT 1");
    if (!oldest)
        return oldest.error();
    auto oldestAt = firstInt(*oldest);
    if (!oldestAt)
        return oldestAt.error();
    if (*oldestAt) {
        const auto at = **oldestAt;
        const auto nowSigned = static_cast<std::int64_t>(now);
        snap.forwardLagSeconds = nowSigned > at ? static_cast<double>(nowSigned - at) : 0.0;
    }
    auto dead = db.queryInt("SELECT COUNT(*) FROM dead_letters");
    if (!dead)
        return dead.error();
    snap.deadLetters = *dead;
    auto uploads = uploadUsage(db);
    if (!uploads)
        return uploads.error();
    snap.uploadsOpen = uploads->open;
    snap.uploadBytes = uploads->bytes;
    return snap;
}

Result<std::vector<DeadLetter>> loadDeadLetters(SqliteDb& db, std::size_t limit)
{
    auto stmt = db.prepare("SELECT e.report_id, d.status, d.reason, d.at FROM dead_letters d "
                           "JOIN envelopes e ON e.id = d.envelope_id ORDER BY d.envelope_id LIMIT ?1");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, static_cast<std::int64_t>(limit));
    std::vector<DeadLetter> out;
    auto s = stmt->eachRow([&out](const SqliteStmt& row) {
        DeadLetter d;
        const ByteView id = row.blob(0);
        if (id.size() == d.reportId.size())
            std::copy(id.begin(), id.end(), d.reportId.begin());
        d.status = row.text(1);
        d.reason = row.text(2);
        d.at = static_cast<std::uint64_t>(row.int64(3));
        out.push_back(std::move(d));
    });
    if (!s)
        return s.error();
    return out;
}

} // namespace vigil::relay
