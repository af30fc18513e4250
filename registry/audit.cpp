// SPDX-License-Identifier: EUPL-1.2
#include "audit.h"

namespace vigil::registry {

Hash32 auditHash(const AuditEntry& e)
{
    ByteWriter w;
    w.text("vigil audit v1");
    w.u64(static_cast<std::uint64_t>(e.seq));
    w.u64(static_cast<std::uint64_t>(e.at));
    for (const std::string* field : {&e.actor, &e.action, &e.subject, &e.detail}) {
        w.u32(static_cast<std::uint32_t>(field->size()));
        w.text(*field);
    }
    w.bytes(e.prev);
    return blake2b256(w.data());
}

void chainAuditEntry(AuditEntry& entry, const AuditEntry* previous)
{
    entry.seq = previous != nullptr ? previous->seq + 1 : 1;
    entry.prev = previous != nullptr ? previous->hash : Hash32{};
    entry.hash = auditHash(entry);
}

std::optional<AuditBreak> verifyAuditChain(std::span<const AuditEntry> entries)
{
    Hash32 expectedPrev{};
    std::int64_t expectedSeq = 1;
    for (const auto& e : entries) {
        if (e.seq != expectedSeq)
            return AuditBreak{e.seq, "expected entry " + std::to_string(expectedSeq) + " here (removed or reordered)"};
        if (e.prev != expectedPrev)
            return AuditBreak{e.seq, "does not link to the entry before it (an earlier entry was changed or removed)"};
        if (auditHash(e) != e.hash)
            return AuditBreak{e.seq, "its content does not match its hash (the entry was edited)"};
        expectedPrev = e.hash;
        ++expectedSeq;
    }
    return std::nullopt;
}

} // namespace vigil::registry
