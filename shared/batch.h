// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The body of POST /v1/envelopes (docs/api.md): a batch of length-prefixed envelopes, and
// the per-envelope answer. Shared by the device, the relay, its forwarder and the registry.

#include "bytes.h"
#include "envelope.h"
#include "enumtable.h"

#include <optional>
#include <string>
#include <vector>

namespace vigil {

inline constexpr std::uint8_t kBatchMagic[4] = {'V', 'G', 'T', 0x01};
inline constexpr std::string_view kBatchContentType = "application/vnd.vigil.batch";

/// "VGT\x01" || u16 count || count × (u32 length || envelope bytes).
Bytes encodeBatch(std::span<const ByteView> envelopes);

/// Splits a batch into envelope views (into `batch`). Only the framing is checked here, each
/// envelope is judged on its own by the receiver, so one bad envelope never fails the rest.
Result<std::vector<ByteView>> decodeBatch(ByteView batch, std::size_t maxEnvelopes, std::size_t maxEnvelopeBytes);

enum class IngestStatus { Stored, Duplicate, Conflict, Invalid };
template <> struct EnumTable<IngestStatus> {
    static constexpr std::array<EnumName<IngestStatus>, 4> names{{
        {IngestStatus::Stored, "stored"}, {IngestStatus::Duplicate, "duplicate"},
        {IngestStatus::Conflict, "conflict"}, {IngestStatus::Invalid, "invalid"},
    }};
};

/// The answer for one envelope, in request order. Stored and duplicate carry the node's
/// receipt (encodeReceipt bytes); conflict and invalid carry a reason.
struct IngestResult {
    IngestStatus status = IngestStatus::Invalid;
    std::optional<ReportId> reportId;  ///< absent when the envelope was too broken to have one
    Bytes receipt;
    std::string reason;
    bool operator==(const IngestResult&) const = default;
};

/// {"results":[{"status":"stored","report_id":"<hex>","receipt":"<base64url>"}, …]}
std::string encodeIngestResults(std::span<const IngestResult> results);
Result<std::vector<IngestResult>> decodeIngestResults(std::string_view json, std::size_t maxResults);

} // namespace vigil
