// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The append-only audit trail: every entry carries the hash of the one before it, so editing,
// removing or reordering any entry breaks the chain from that point on (`vigil-admin audit
// verify`). Entries name actors and cases by id and never hold report content.

#include "shared/hash.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>

namespace vigil::registry {

struct AuditEntry {
    std::int64_t seq = 0;      ///< 1, 2, 3, … without gaps
    std::int64_t at = 0;       ///< unix seconds
    std::string actor;         ///< "registry", "admin", or a member id
    std::string action;        ///< "case.created", "case.transition", "directory.published", …
    std::string subject;       ///< case number, member id, directory version, …
    std::string detail;        ///< short, content-free ("acknowledged -> assigned")
    Hash32 prev{};             ///< hash of entry seq-1 (zeros for the first)
    Hash32 hash{};             ///< auditHash(this entry)
};

/// H("vigil audit v1" || u64 seq || u64 at || each text field as u32 length || bytes || prev).
Hash32 auditHash(const AuditEntry& entry);

/// Fills seq, prev and hash of `entry` so it follows `previous` (nullopt for the first entry).
void chainAuditEntry(AuditEntry& entry, const AuditEntry* previous);

/// Walks the chain; nullopt when intact, otherwise the seq where it first breaks and why.
struct AuditBreak {
    std::int64_t seq = 0;
    std::string reason;
};
std::optional<AuditBreak> verifyAuditChain(std::span<const AuditEntry> entries);

} // namespace vigil::registry
