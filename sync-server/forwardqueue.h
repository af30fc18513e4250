// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The forward queue's SQL: which envelopes still wait for the upstream, what the upstream
// answered, dead letters, tombstone retention, and the figures /metrics shows. The forwarder
// reads through the store's read connection and writes through its writer.

#include "metrics.h"

#include "shared/batch.h"
#include "shared/storage/sqlite.h"

#include <optional>
#include <span>
#include <vector>

namespace vigil::relay {

struct PendingEnvelope {
    std::int64_t id = 0;
    ReportId reportId{};
    std::size_t size = 0;   ///< payload bytes (also when the payload is not loaded)
    Bytes payload;
};

/// Up to `limit` envelopes waiting to be forwarded, oldest first.
Result<std::vector<PendingEnvelope>> loadPending(SqliteDb& db, std::size_t limit);

/// Like loadPending() without the payloads (only their sizes), skipping the ids in `skip`:
/// the forwarder plans a round on sizes and loads only the payloads it sends, so a queue of
/// large envelopes never sits in memory at once.
Result<std::vector<PendingEnvelope>> loadPendingSizes(SqliteDb& db, std::size_t limit, std::span<const std::int64_t> skip);

/// Fills in the payloads of `envelopes` (those still waiting; the others are removed).
Status loadPayloads(SqliteDb& db, std::vector<PendingEnvelope>& envelopes);

/// What the upstream answered for one envelope we sent.
struct ForwardOutcome {
    std::int64_t id = 0;
    IngestStatus status = IngestStatus::Invalid;
    Bytes upstreamReceipt;
    std::string reason;
};

struct ForwardTally {
    std::size_t acknowledged = 0;
    std::size_t deadLettered = 0;
};

/// Stored and duplicate both mean the upstream holds it: the payload is deleted and the
/// row stays as a tombstone (with the upstream's receipt). Conflict and invalid go to the
/// dead-letter table with the reason; their payload is kept.
Result<ForwardTally> recordForwardOutcomes(SqliteDb& db, std::span<const ForwardOutcome> outcomes, std::uint64_t now);

/// Deletes tombstones acknowledged before `cutoff` (unix seconds); returns how many.
Result<std::int64_t> purgeTombstones(SqliteDb& db, std::uint64_t cutoff);

/// Forward lag and dead-letter count, computed when /metrics is scraped.
Result<MetricsSnapshot> readSnapshot(SqliteDb& db, std::uint64_t now);

/// One dead letter, for the operator (docs/relay.md).
struct DeadLetter {
    ReportId reportId{};
    std::string status;
    std::string reason;
    std::uint64_t at = 0;
};
Result<std::vector<DeadLetter>> loadDeadLetters(SqliteDb& db, std::size_t limit);

} // namespace vigil::relay
