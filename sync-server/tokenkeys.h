// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Where the relay gets the token issuer's keys (docs/protocol.md §11.4). The one seam to
// switch when the signed issuer-key document (GET /v1/token-issuer, "VGI") is served: today
// the key set comes from the file `[tokens] issuer_keys` names, read once at start.

#include "config.h"

#include "shared/net/log.h"
#include "shared/tokens/tokenverifier.h"

namespace vigil::relay {

/// The relay's token rule from its configuration: the key set from the file (checked by
/// decodeIssuerKeySet), `require` as configured. Fails when the file cannot be read or holds
/// no valid set.
Result<tokens::TokenPolicy> loadTokenPolicy(const TokenSettings& settings, Logger& log);

} // namespace vigil::relay
