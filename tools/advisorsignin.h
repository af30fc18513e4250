// SPDX-License-Identifier: EUPL-1.2
#pragma once

// How the demo's simulated advisors sign in to the registry's advisor API (docs/advisor-api.md,
// "Signing in"): a challenge, its nonce signed with the advisor's key under the registry's root
// key, a bearer token for the requests that follow.

#include "tests/support/blockingclient.h"

#include "shared/keys.h"

namespace vigil::tools {

/// Signs in as the advisor holding `key`; returns the Authorization header to send.
Result<HeaderList> signIn(BlockingClient& registry, const PublicKey& root, const SigningKeyPair& key);

} // namespace vigil::tools
