// SPDX-License-Identifier: EUPL-1.2
#include "secret.h"

#include "sodiuminit.h"

#include <sodium.h>

#include <cstring>
#include <new>

namespace vigil {

template <std::size_t N>
Secret<N>::Secret()
{
    ensureSodium();
    m_ptr = static_cast<std::uint8_t*>(sodium_malloc(N));
    if (m_ptr == nullptr)
        throw std::bad_alloc();
    sodium_memzero(m_ptr, N);
}

template <std::size_t N>
Secret<N>::~Secret()
{
    release();
}

template <std::size_t N>
void Secret<N>::release()
{
    if (m_ptr != nullptr)
        sodium_free(m_ptr); // sodium_free wipes before unmapping
    m_ptr = nullptr;
}

template <std::size_t N>
Result<Secret<N>> Secret<N>::fromBytes(ByteView bytes)
{
    if (bytes.size() != N)
        return Error{"key material must be " + std::to_string(N) + " bytes, got " + std::to_string(bytes.size())};
    Secret s;
    std::memcpy(s.m_ptr, bytes.data(), N);
    return s;
}

template <std::size_t N>
Secret<N> Secret<N>::clone() const
{
    Secret s;
    std::memcpy(s.m_ptr, m_ptr, N);
    return s;
}

// The sizes we hold: 32 (X25519, symmetric keys, seeds) and 64 (Ed25519 secret keys).
template class Secret<32>;
template class Secret<64>;

void wipe(std::span<std::uint8_t> buffer)
{
    if (!buffer.empty())
        sodium_memzero(buffer.data(), buffer.size());
}

void wipe(std::string& text)
{
    if (!text.empty())
        sodium_memzero(text.data(), text.size());
}

} // namespace vigil
