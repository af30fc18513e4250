// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Rotating the root key set (docs/protocol.md §3.6): a "VGK" document whose payload is the next
// set, prepared for and signed by a threshold of the CURRENT set. Whoever pinned the current set
// (device, relay, registry) accepts it and pins the next; a serial never goes back, so an old
// rotation can never be replayed to bring back a set that was retired.

#include "rootkeyset.h"
#include "signeddoc.h"

#include <vector>

namespace vigil {

/// {"v":1,"serial":…,"threshold":…,"holders":[…]}.
std::string encodeKeySetRotation(const RootKeySet& next);

/// The unsigned rotation from `current` to `next` for the current holders to sign; refuses a
/// `next` that is not a valid set or whose serial is not above the current one.
[[nodiscard]] Result<Bytes> prepareKeySetRotation(const RootKeySet& current, const RootKeySet& next);

/// The next set, when `document` is a rotation signed by a threshold of `current` to a set with
/// a higher serial.
[[nodiscard]] Result<RootKeySet> verifyKeySetRotation(ByteView document, const RootKeySet& current);

/// Follows a chain of rotations (oldest first, as the registry serves them) from `current`:
/// documents prepared for sets older than the one reached so far are passed over, every other
/// one must verify. Returns the newest set reached (`current` when the chain holds nothing newer).
[[nodiscard]] Result<RootKeySet> followKeySetRotations(const RootKeySet& current, const std::vector<Bytes>& chain);

/// The body of GET /v1/keyset (docs/api.md): u8 count || count × (u32 len || rotation), oldest
/// first; at most kMaxKeySetRotations documents of at most 8 KiB each.
inline constexpr std::size_t kMaxKeySetRotations = 255;
Bytes encodeRotationChain(const std::vector<Bytes>& chain);
[[nodiscard]] Result<std::vector<Bytes>> decodeRotationChain(ByteView body);

/// Every set from `pinned` through the chain, oldest first (`pinned` alone when the chain holds
/// nothing newer): a document stored before a rotation verifies against the set of its day.
[[nodiscard]] Result<std::vector<RootKeySet>> keySetHistory(const RootKeySet& pinned, const std::vector<Bytes>& chain);

} // namespace vigil
