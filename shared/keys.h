// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "bytes.h"
#include "secret.h"

#include <string>

namespace vigil {

using PublicKey = FixedBytes<32>; ///< Ed25519 or X25519 public key
using Signature = FixedBytes<64>; ///< Ed25519 detached signature
using KeySeed = Secret<32>;

/// Ed25519 signing identity (registry root, relay receipts, advisor sign-in).
struct SigningKeyPair {
    PublicKey publicKey{};
    Secret<64> secretKey;

    static SigningKeyPair generate();
    /// Deterministic keypair from a 32-byte seed (test vectors, keys restored from a vault).
    static SigningKeyPair fromSeed(ByteView seed32);
    /// The 32-byte seed this keypair was derived from; store this, not the 64-byte key.
    KeySeed seed() const;

    Signature sign(ByteView message) const;
};

/// X25519 keypair for crypto_box_seal (routing key, advisor box key, reply key).
struct BoxKeyPair {
    PublicKey publicKey{};
    Secret<32> secretKey;

    static BoxKeyPair generate();
    static BoxKeyPair fromSeed(ByteView seed32);
    /// Rebuilds the pair from a stored secret key (the public key is recomputed).
    static Result<BoxKeyPair> fromSecretKey(ByteView secret32);
};

/// True when `signature` is a valid Ed25519 signature of `message` by `publicKey`.
[[nodiscard]] bool verifySignature(const PublicKey& publicKey, ByteView message, const Signature& signature);

/// Short stable identifier of a public key: hex of the first 8 bytes of BLAKE2b-256(key).
std::string keyId(const PublicKey& publicKey);

} // namespace vigil
