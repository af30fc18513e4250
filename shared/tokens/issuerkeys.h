// SPDX-License-Identifier: EUPL-1.2
#pragma once
// DRAFT, not yet on the wire (docs/protocol.md §11.4): the token issuer's public keys as the
// signed directory will list them — one key per epoch, epochs overlapping so devices holding
// last epoch's tokens can still file while new ones are issued — and how a verifier picks the
// key a token names.

#include "privacypass.h"

#include <cstdint>
#include <string>
#include <vector>

namespace vigil::tokens {

/// One epoch's issuer key. Tokens are issued from `notBefore` until `issueUntil` and accepted
/// until `notAfter` (issueUntil ≤ notAfter: the gap is the overlap with the next epoch, in
/// which a device spends the stock it already holds).
struct IssuerKeyEpoch {
    std::uint32_t epoch = 0;       ///< 1, 2, … strictly increasing
    std::int64_t notBefore = 0;    ///< unix seconds
    std::int64_t issueUntil = 0;   ///< unix seconds
    std::int64_t notAfter = 0;     ///< unix seconds
    RsaPublicKey key;              ///< from the directory's SPKI (RFC 9578 §6.5)
    TokenKeyId keyId{};            ///< SHA-256 of that SPKI
};

/// An epoch from its directory fields; fails on a malformed key or an inverted window.
[[nodiscard]] Result<IssuerKeyEpoch> makeIssuerKeyEpoch(std::uint32_t epoch, std::int64_t notBefore,
                                                        std::int64_t issueUntil, std::int64_t notAfter,
                                                        ByteView publicKeySpki);

/// A directory's list: epochs strictly increasing, each window starting before the next
/// epoch's and within the previous one's acceptance (no gap), truncated key ids unique
/// (RFC 9578 §6.5, so an issuer never picks the wrong key for a request).
[[nodiscard]] Status checkIssuerKeySet(const std::vector<IssuerKeyEpoch>& keys);

/// The key a redeemed token names, if it is accepted at `now`: NotFound for a key id the
/// directory does not list, Refused for an epoch not yet or no longer accepted.
[[nodiscard]] Result<const IssuerKeyEpoch*> keyForRedemption(const std::vector<IssuerKeyEpoch>& keys,
                                                            const TokenKeyId& keyId, std::int64_t now);

/// The key to issue under at `now` (the newest epoch in its issuing window), for the device to
/// blind against and the issuer to sign with; NotFound when none issues now.
[[nodiscard]] Result<const IssuerKeyEpoch*> keyForIssuance(const std::vector<IssuerKeyEpoch>& keys,
                                                          std::int64_t now);

} // namespace vigil::tokens
