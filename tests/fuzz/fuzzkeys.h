// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Fixed keys for the fuzz targets (the test-vector keys of docs/protocol.md §10), so inputs
// built from the seed corpus reach the deeper checks: a valid layout gets its header opened.

#include "shared/hash.h"
#include "shared/keys.h"

#include <string>

namespace vigil::fuzz {

inline Bytes seed(std::string_view label)
{
    auto h = blake2b256(asBytes(std::string("vigil test seed: ") + std::string(label)));
    return Bytes(h.begin(), h.end());
}

inline const BoxKeyPair& routingKey()
{
    static const BoxKeyPair k = BoxKeyPair::fromSeed(seed("routing"));
    return k;
}
inline const BoxKeyPair& memberKey()
{
    static const BoxKeyPair k = BoxKeyPair::fromSeed(seed("member box 1"));
    return k;
}
inline const PublicKey& rootKey()
{
    static const PublicKey k = SigningKeyPair::fromSeed(seed("root")).publicKey;
    return k;
}
inline const PublicKey& relayKey()
{
    static const PublicKey k = SigningKeyPair::fromSeed(seed("relay")).publicKey;
    return k;
}

} // namespace vigil::fuzz
