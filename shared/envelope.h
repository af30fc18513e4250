// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Envelope v1 wire format (docs/protocol.md §2). This file only knows the byte layout; the
// cryptography that fills and opens it lives in seal.h. A relay uses this file alone: it can
// check an envelope's shape and compute its dedup key without holding any key.

#include "bytes.h"
#include "hash.h"

#include <vector>

namespace vigil {

using ReportId = FixedBytes<16>;

namespace envelope {
inline constexpr std::uint8_t kMagic[4] = {'V', 'G', 'E', 0x01};
inline constexpr std::size_t kWrapBytes = 80;         ///< crypto_box_seal of a 32-byte key
inline constexpr std::size_t kSealOverhead = 48;      ///< crypto_box_SEALBYTES
inline constexpr std::size_t kMaxHeaderBytes = 16 * 1024;
inline constexpr std::size_t kMaxTokenBytes = 512;
inline constexpr std::size_t kMaxWraps = 1024;
inline constexpr std::size_t kWrapMultiple = 4;       ///< wrap count is padded with decoys to a multiple of this
inline constexpr std::size_t kStreamHeaderBytes = 24; ///< crypto_secretstream header
inline constexpr std::size_t kChunkBytes = 64 * 1024; ///< plaintext bytes per secretstream message
inline constexpr std::size_t kChunkOverhead = 17;     ///< crypto_secretstream ABYTES
} // namespace envelope

/// A parsed envelope: views into the caller's buffer, which must outlive it.
struct EnvelopeView {
    ReportId reportId{};
    ByteView sealedHeader;
    ByteView token;                  ///< empty in v1; reserved for anonymous abuse-control tokens
    std::vector<ByteView> wraps;     ///< each kWrapBytes long
    ByteView body;                   ///< secretstream header + chunks
};

/// The parts to serialise; the inverse of parseEnvelope.
struct EnvelopeParts {
    ReportId reportId{};
    Bytes sealedHeader;
    Bytes token;
    std::vector<Bytes> wraps;
    Bytes body;
};

/// Serialises `parts` (sizes must be within the v1 limits; checked with asserts).
Bytes serializeEnvelope(const EnvelopeParts& parts);

/// Checks the v1 layout (magic, every length within limits, body a whole number of chunks,
/// no trailing bytes) and returns views of the parts. `maxBytes` is the caller's size limit.
Result<EnvelopeView> parseEnvelope(ByteView envelope, std::size_t maxBytes = 64u * 1024 * 1024);

/// BLAKE2b-256 over everything but the sealed header: the value the routing header carries,
/// which binds header, key wraps, token and body together (docs/protocol.md §2.3).
Hash32 contentHash(const EnvelopeView& view);

/// BLAKE2b-256 of the whole envelope; with the report id, the dedup key (DESIGN.md §2).
Hash32 envelopeHash(ByteView envelope);

/// The ciphertext length of a body whose padded plaintext is `plaintextBytes` long.
std::size_t bodyCiphertextSize(std::size_t plaintextBytes);

} // namespace vigil
