// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The issuer key set a verifier redeems tokens against (docs/protocol.md §11.4): the issuer's
// name (which fixes the one TokenChallenge every Vigil token is issued for) and its epochs.
// Its JSON form is the `token_issuer` object of §11.4, so a relay or registry can read it
// from the signed issuer-key document or, until that is wired, from a file.

#include "issuerkeys.h"

#include <string>
#include <string_view>
#include <vector>

namespace vigil::tokens {

struct IssuerKeySet {
    std::string issuerName;
    ChallengeDigest challengeDigest{};   ///< SHA-256 of envelopeTokenChallenge(issuerName)
    std::vector<IssuerKeyEpoch> keys;    ///< checkIssuerKeySet holds
};

/// A set from its parts: computes the challenge digest and checks the key list.
[[nodiscard]] Result<IssuerKeySet> makeIssuerKeySet(std::string issuerName, std::vector<IssuerKeyEpoch> keys);

/// {"name":"…","keys":[{"epoch":1,"not_before":…,"issue_until":…,"not_after":…,"public_key":"<base64url SPKI>"}]}
std::string encodeIssuerKeySet(const IssuerKeySet& set);
[[nodiscard]] Result<IssuerKeySet> decodeIssuerKeySet(std::string_view json);

} // namespace vigil::tokens
