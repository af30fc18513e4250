// SPDX-License-Identifier: EUPL-1.2
#include "hash.h"

#include "sodiuminit.h"

namespace vigil {

Hash32 blake2b256(ByteView data)
{
    return Hasher().add(data).finish();
}

Hasher::Hasher()
{
    ensureSodium();
    crypto_generichash_init(&m_state, nullptr, 0, 32);
}

Hasher& Hasher::add(ByteView data)
{
    crypto_generichash_update(&m_state, data.data(), data.size());
    return *this;
}

Hash32 Hasher::finish()
{
    Hash32 out{};
    crypto_generichash_final(&m_state, out.data(), out.size());
    return out;
}

bool equalConstantTime(ByteView a, ByteView b)
{
    return a.size() == b.size() && sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

} // namespace vigil
