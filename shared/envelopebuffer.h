// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Building an envelope around a body already in place (seal.cpp): a sealed photo's body is
// encrypted straight into the envelope's buffer, behind room for the prefix, so no multi-MiB
// buffer is allocated and filled only to be copied (docs/benchmarks.md, attachment sealing).

#include "envelope.h"

namespace vigil {

/// The most bytes that can come before the body of an envelope with `wraps` key wraps: magic,
/// report id, the largest sealed header and token, the wraps, and the body's length.
constexpr std::size_t maxPrefixBytes(std::size_t wraps)
{
    return sizeof envelope::kMagic + 16 + 2 + envelope::kMaxHeaderBytes + 2 + envelope::kMaxTokenBytes + 2
           + wraps * envelope::kWrapBytes + 4;
}

/// Serialises an envelope whose body (of `bodyBytes`) already sits at the end of `buffer`,
/// from `bodyAt` (≥ the prefix's size) on, with `parts.body` left empty: the prefix is
/// written just before the body and the room before it dropped, so a multi-MiB body is never
/// copied into a fresh buffer (docs/benchmarks.md, attachment sealing).
Bytes serializeEnvelopeAround(const EnvelopeParts& parts, Bytes buffer, std::size_t bodyAt);

} // namespace vigil
