// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Redeeming an envelope's token (docs/protocol.md §11.3), as a relay and the registry do it:
// pure — the envelope's bytes, the issuer key set and the time in, a decision out. The spent
// set is the caller's (it is state); this only says which nonce of which epoch to spend.

#include "tokenpolicy.h"

#include "shared/envelope.h"

#include <optional>

namespace vigil::tokens {

/// A token that holds for its envelope: what goes into the spent set.
struct AcceptedToken {
    std::uint32_t epoch = 0;
    TokenNonce nonce{};
    std::int64_t notAfter = 0;   ///< the spent-set entry may be dropped from then on
};

/// What the token binds to: the content hash of §2.3 computed as if the token field were
/// empty (token_len 0). It covers report id, wraps and body; the header is bound to the token
/// in turn by the content hash it carries, which covers the token field.
Hash32 tokenBindingHash(const EnvelopeView& envelope);

/// §11.3's checks in its order, cheapest first: the field is an envelope token of type 2
/// (Invalid), issued for the set's challenge, its nonce commits to the binding key, the binding
/// key signed this envelope (Refused), its key id names an epoch of the set (NotFound) accepted
/// at `now` (Refused), the authenticator verifies under that key (Refused). An envelope without
/// a token is Refused.
[[nodiscard]] Result<AcceptedToken> verifyEnvelopeTokenField(const EnvelopeView& envelope, const IssuerKeySet& keys,
                                                             std::int64_t now);

/// What the policy decided for one envelope that passes.
struct Admission {
    std::optional<AcceptedToken> token;   ///< verified: its nonce goes into the spent set
    /// Passed without a token while this node held a key set (Auto in its grace, or Never):
    /// counted, so an operator sees devices still filing without tokens (no identifiers).
    bool tokenless = false;
};

/// The policy applied to one envelope at `now`: no token and none required (tokensRequired)
/// passes; a token is verified whenever this node holds a key set, and passes unchecked
/// (nothing to spend) when it holds none; an error (verifyEnvelopeTokenField's, or
/// Unavailable when tokens are required but no key set is known) when it is refused.
[[nodiscard]] Result<Admission> admitEnvelopeToken(const TokenPolicy& policy, const EnvelopeView& envelope,
                                                   std::int64_t now);

} // namespace vigil::tokens
