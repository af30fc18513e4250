// SPDX-License-Identifier: EUPL-1.2
#pragma once

// An advisor's public identity as one copyable string: the advisor console generates the
// keypairs and exports only this; the operator passes it to `vigil-admin advisor add`.
// Format: "VGA1." + base64url(X25519 box public key || Ed25519 sign public key) + "." +
// the first 4 bytes of BLAKE2b-256 of those 64 bytes in hex, so a mistyped copy is caught
// (docs/protocol.md §9.2, with a test vector).

#include "keys.h"

#include <string>

namespace vigil {

struct AdvisorIdentity {
    PublicKey boxKey{};
    PublicKey signKey{};
    bool operator==(const AdvisorIdentity&) const = default;
};

std::string encodeAdvisorIdentity(const AdvisorIdentity& identity);
Result<AdvisorIdentity> decodeAdvisorIdentity(std::string_view text);

/// What an advisor signs to sign in: "vigil advisor sign-in v1" || registry root key || nonce.
/// Naming the registry means a signature made for one registry is useless at another.
Bytes signInStatement(const PublicKey& registryRoot, ByteView nonce);

} // namespace vigil
