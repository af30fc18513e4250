// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The issuer key set a verifier redeems tokens against (docs/protocol.md §11.4): the issuer's
// name (which fixes the one TokenChallenge every Vigil token is issued for) and its epochs.
// Built only from the signed issuer-key document ("VGI", issuerdoc.h), so there is one decoder
// for the key list: devices (issuance), relays and the registry (redemption) all read it.

#include "issuerdoc.h"

#include <string>
#include <vector>

namespace vigil::tokens {

struct IssuerKeySet {
    std::string issuerName;
    ChallengeDigest challengeDigest{};   ///< SHA-256 of envelopeTokenChallenge(issuerName)
    std::vector<IssuerKeyEpoch> keys;    ///< checkIssuerKeySet holds
    std::uint64_t serial = 0;            ///< the document's serial (0: not from a document)
};

/// A set from its parts: computes the challenge digest and checks the key list.
[[nodiscard]] Result<IssuerKeySet> makeIssuerKeySet(std::string issuerName, std::vector<IssuerKeyEpoch> keys);

/// The set an issuer-key document lists (decoded and checked by decodeIssuerKeyDocument).
[[nodiscard]] Result<IssuerKeySet> issuerKeySetFrom(IssuerKeyDocument document);

/// A signed issuer-key document verified against the root key (no rollback below
/// `minSerial`) and turned into the set a verifier uses: the only way a node reads one.
[[nodiscard]] Result<IssuerKeySet> verifiedIssuerKeySet(ByteView signedDocument, const DocumentSigners& signers,
                                                        std::uint64_t minSerial = 0);

} // namespace vigil::tokens
