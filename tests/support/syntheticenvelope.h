// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Structurally valid envelopes made without any key: random bytes in the right layout. A
// relay checks shape only, so these exercise it exactly like sealed ones, at a fraction of
// the cost (bench, load tests). Never valid for the registry.

#include "shared/envelope.h"

#include <cstdint>

namespace vigil::relay::test {

/// An envelope of exactly `totalBytes` (at least 512) whose report id encodes `n` after a
/// per-process random prefix, so every call with a new `n` is a new report.
Bytes syntheticEnvelope(std::uint64_t n, std::size_t totalBytes = 1024);

/// Overwrites the report id inside a synthetic (or any v1) envelope with one derived from `n`.
void setSyntheticId(Bytes& envelope, std::uint64_t n);

} // namespace vigil::relay::test
