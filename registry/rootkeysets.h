// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The root key sets the registry has pinned (docs/protocol.md §3.5, §3.6), in the table
// root_key_sets (schema v18): one row per serial with the rotation document ("VGK") that
// introduced it, signed by the set before. The newest row is the set every directory and
// bulletin must be signed by; with no row, the registry's single root key signs as it always
// did and is the set {root key}, serial 0.

#include "shared/rootkeyset.h"
#include "shared/storage/db.h"

#include <optional>
#include <vector>

namespace vigil::registry {

/// The newest recorded set, or nullopt while the registry still signs with its single root key.
[[nodiscard]] Result<std::optional<RootKeySet>> recordedKeySet(Db db);

/// What every document is verified against: the newest recorded set, else {rootKey}.
[[nodiscard]] Result<RootKeySet> pinnedKeySet(Db db, const PublicKey& rootKey);

/// Records `rotation`, a VGK document, after checking it verifies against the pinned set and
/// moves the serial forward; returns the new set. Call inside the caller's transaction.
[[nodiscard]] Result<RootKeySet> recordKeySetRotation(Db db, const PublicKey& rootKey, ByteView rotation,
                                                      std::int64_t now);

/// Every set the registry has pinned, newest first, ending with {rootKey}: what a document
/// stored before a rotation may have been signed by.
[[nodiscard]] Result<std::vector<RootKeySet>> everyKeySet(Db db, const PublicKey& rootKey);

/// Every rotation document, oldest first: what a device or relay follows from the set it pinned.
[[nodiscard]] Result<std::vector<Bytes>> keySetRotations(Db db);

} // namespace vigil::registry
