// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "bytes.h"

#include <sodium.h>

namespace vigil {

using Hash32 = FixedBytes<32>;

/// BLAKE2b-256 of `data` (libsodium crypto_generichash, no key).
Hash32 blake2b256(ByteView data);

/// Incremental BLAKE2b-256, for hashing a message assembled from parts without copying.
class Hasher {
public:
    Hasher();
    Hasher& add(ByteView data);
    Hasher& add(std::string_view text) { return add(asBytes(text)); }
    Hash32 finish();

private:
    crypto_generichash_state m_state;
};

/// Constant-time comparison of two equal-length byte strings.
bool equalConstantTime(ByteView a, ByteView b);

} // namespace vigil
