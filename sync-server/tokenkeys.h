// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Where the relay gets the token issuer's keys (docs/protocol.md §11.4, docs/relay.md "Filing
// tokens"): only from a signed issuer-key document ("VGI") verified against the configured
// root key — the one the relay caches from upstream (GET /v1/token-issuer) and serves
// downstream, or one loaded from `[tokens] issuer_keys` for a relay without uplink. The cache
// is in the relay's database, so a restarted relay that is cut off (a ship) still checks
// tokens; a newer document the cache poller fetches replaces the key set at once.

#include "config.h"

#include "shared/onlinesigned.h"

#include "shared/net/log.h"
#include "shared/tokens/tokenverifier.h"

#include <optional>

namespace vigil::relay {

class EnvelopeStore;

/// The relay's token rule from its configuration, without a key set yet (loadTokenKeys adds it).
tokens::TokenPolicy tokenPolicyFor(const TokenSettings& settings);

/// At start: the key set from the cached document, and from the `issuer_keys` file when one is
/// configured (cached and served when it is newer than the cached one), each verified against
/// the newest key set reached from `keySet` and the online key the cached directory certifies
/// (documentsigners.h). Without a configured key nothing is verified, so no key set is taken.
/// Fails when the configured file cannot be read or does not verify.
[[nodiscard]] Status loadTokenKeys(EnvelopeStore& store, const TokenSettings& settings,
                                   const std::optional<RootKeySet>& keySet, Logger& log);

/// A document the cache poller has just cached (it verified it and its serial): its key set
/// replaces the store's. One that does not verify changes nothing.
void adoptTokenIssuer(EnvelopeStore& store, ByteView document, const std::optional<DocumentSigners>& signers,
                      Logger& log);

} // namespace vigil::relay
