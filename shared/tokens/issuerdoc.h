// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The signed issuer-key document (magic "VGI", docs/protocol.md §11.4): the token issuer's
// name and its public keys, one per epoch, signed with the root key. A document of its own
// because the v1 directory cannot gain a field (devices, relays and consoles refuse unknown
// keys; docs/pdca-plan.md §0). Devices blind their token requests against the key that issues
// now; relays and the registry look a redeemed token's key up in it. Its `serial` only grows
// (a reader refuses one below what it holds); the keys carry their own validity windows.

#include "issuerkeys.h"

#include "shared/keys.h"
#include "shared/onlinesigned.h"
#include "shared/rootkeyset.h"

#include <cstdint>
#include <string>
#include <vector>

namespace vigil::tokens {

struct IssuerKeyDocument {
    std::uint64_t serial = 0;   ///< ≥ 1, one more with every publication
    std::uint64_t issued = 0;   ///< unix seconds
    std::string name;           ///< the TokenChallenge's issuer_name (1 … 128 bytes)
    std::vector<IssuerKeyEpoch> keys;   ///< checkIssuerKeySet holds; at most 64
};

/// {"v":1,"serial":…,"issued":…,"name":…,"keys":[{"epoch","not_before","issue_until",
/// "not_after","public_key"}]} with the SPKI in URL-safe base64 without padding.
std::string encodeIssuerKeyDocument(const IssuerKeyDocument& document);
/// Strict: unknown keys, a malformed SPKI, an empty key list or a list checkIssuerKeySet
/// refuses are Invalid, each with the field's path.
[[nodiscard]] Result<IssuerKeyDocument> decodeIssuerKeyDocument(std::string_view json);

Bytes signIssuerKeyDocument(const IssuerKeyDocument& document, const SigningKeyPair& rootKey);
/// Signed by `signers` (the key set, or the online key a directory of the set certifies,
/// docs/protocol.md §3.7) and `serial >= minSerial` (no rollback).
[[nodiscard]] Result<IssuerKeyDocument> verifyIssuerKeyDocument(ByteView signedDocument, const DocumentSigners& signers,
                                                                std::uint64_t minSerial = 0);

/// The issuer name a registry with this root key uses: "vigil:" and the root key's keyId, so
/// tokens of one organisation never pass as another's.
std::string issuerNameFor(const PublicKey& rootKey);

} // namespace vigil::tokens
