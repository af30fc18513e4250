// SPDX-License-Identifier: EUPL-1.2
#include "syntheticenvelope.h"

#include "shared/sodiuminit.h"

#include <sodium.h>

#include <cassert>

namespace vigil::relay::test {

namespace {

constexpr std::size_t kHeaderBytes = 100;
constexpr std::size_t kWraps = 4;
// magic + id + u16 header length + header + u16 token length + u16 wrap count + wraps + u32 body length
constexpr std::size_t kFixedBytes = 4 + 16 + 2 + kHeaderBytes + 2 + 2 + kWraps * envelope::kWrapBytes + 4;

const FixedBytes<8>& processPrefix()
{
    static const FixedBytes<8> prefix = [] {
        ensureSodium();
        FixedBytes<8> p{};
        randombytes_buf(p.data(), p.size());
        return p;
    }();
    return prefix;
}

Bytes randomBytes(std::size_t n)
{
    Bytes b(n);
    randombytes_buf(b.data(), b.size());
    return b;
}

} // namespace

void setSyntheticId(Bytes& envelope, std::uint64_t n)
{
    const auto& prefix = processPrefix();
    std::copy(prefix.begin(), prefix.end(), envelope.begin() + 4);
    for (std::size_t i = 0; i < 8; ++i)
        envelope[12 + i] = static_cast<std::uint8_t>(n >> (56 - 8 * i));
}

Bytes syntheticEnvelope(std::uint64_t n, std::size_t totalBytes)
{
    assert(totalBytes >= 512);
    ensureSodium();
    EnvelopeParts parts;
    parts.sealedHeader = randomBytes(kHeaderBytes);
    for (std::size_t i = 0; i < kWraps; ++i)
        parts.wraps.push_back(randomBytes(envelope::kWrapBytes));
    parts.body = randomBytes(totalBytes - kFixedBytes);
    Bytes out = serializeEnvelope(parts);
    setSyntheticId(out, n);
    return out;
}

} // namespace vigil::relay::test
