// SPDX-License-Identifier: EUPL-1.2
#pragma once

// What the relay checks the registry's documents with, from what it pinned and what it cached:
// the key sets from the configured one through the cached rotations, and the online key the
// cached directory certifies (docs/protocol.md §3.5–3.7). Support contacts and token issuer keys
// are taken from the newest set only, so the registry's root key alone cannot change them once
// key holders exist.

#include "shared/onlinesigned.h"

#include <optional>
#include <vector>

namespace vigil::relay {

class EnvelopeStore;

/// Every set from `configured` through the cached rotations, oldest first; `configured` alone
/// when none are cached or they do not verify.
std::vector<RootKeySet> cachedKeySetHistory(EnvelopeStore& store, const RootKeySet& configured);

/// The newest set with the online key of the cached directory (when it verifies against that set).
DocumentSigners cachedDocumentSigners(EnvelopeStore& store, const RootKeySet& configured);

} // namespace vigil::relay
