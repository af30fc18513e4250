// SPDX-License-Identifier: EUPL-1.2
#include "keys.h"

#include "hash.h"
#include "sodiuminit.h"

#include <sodium.h>

#include <cassert>
#include <cstring>

namespace vigil {

SigningKeyPair SigningKeyPair::generate()
{
    ensureSodium();
    SigningKeyPair kp;
    crypto_sign_keypair(kp.publicKey.data(), kp.secretKey.data());
    return kp;
}

SigningKeyPair SigningKeyPair::fromSeed(ByteView seed32)
{
    ensureSodium();
    assert(seed32.size() == crypto_sign_SEEDBYTES);
    SigningKeyPair kp;
    crypto_sign_seed_keypair(kp.publicKey.data(), kp.secretKey.data(), seed32.data());
    return kp;
}

KeySeed SigningKeyPair::seed() const
{
    KeySeed s;
    crypto_sign_ed25519_sk_to_seed(s.data(), secretKey.data());
    return s;
}

Signature SigningKeyPair::sign(ByteView message) const
{
    Signature sig{};
    crypto_sign_detached(sig.data(), nullptr, message.data(), message.size(), secretKey.data());
    return sig;
}

BoxKeyPair BoxKeyPair::generate()
{
    ensureSodium();
    BoxKeyPair kp;
    crypto_box_keypair(kp.publicKey.data(), kp.secretKey.data());
    return kp;
}

BoxKeyPair BoxKeyPair::fromSeed(ByteView seed32)
{
    ensureSodium();
    assert(seed32.size() == crypto_box_SEEDBYTES);
    BoxKeyPair kp;
    crypto_box_seed_keypair(kp.publicKey.data(), kp.secretKey.data(), seed32.data());
    return kp;
}

Result<BoxKeyPair> BoxKeyPair::fromSecretKey(ByteView secret32)
{
    ensureSodium();
    if (secret32.size() != crypto_box_SECRETKEYBYTES)
        return Error{"an X25519 secret key is 32 bytes, got " + std::to_string(secret32.size())};
    BoxKeyPair kp;
    std::memcpy(kp.secretKey.data(), secret32.data(), secret32.size());
    crypto_scalarmult_base(kp.publicKey.data(), kp.secretKey.data());
    return kp;
}

bool verifySignature(const PublicKey& publicKey, ByteView message, const Signature& signature)
{
    ensureSodium();
    return crypto_sign_verify_detached(signature.data(), message.data(), message.size(), publicKey.data()) == 0;
}

std::string keyId(const PublicKey& publicKey)
{
    auto h = blake2b256(publicKey);
    return toHex(ByteView(h).first(8));
}

} // namespace vigil
