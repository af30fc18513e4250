// SPDX-License-Identifier: EUPL-1.2
#include "padding.h"

#include "sodiuminit.h"

#include <sodium.h>

#include <bit>
#include <cassert>

namespace vigil {

std::size_t paddedSize(std::size_t length)
{
    const std::size_t n = length + 1; // sodium_pad always adds at least the 0x80 marker
    constexpr std::size_t minimum = 1024;
    constexpr std::size_t powerOfTwoUpTo = 1024 * 1024;
    if (n <= minimum)
        return minimum;
    if (n <= powerOfTwoUpTo)
        return std::bit_ceil(n);
    // Padmé (Nikitin et al., "Reducing metadata leakage from encrypted files", PETS 2019).
    const auto e = static_cast<unsigned>(std::bit_width(n) - 1);
    const auto s = static_cast<unsigned>(std::bit_width(e));
    const std::size_t mask = (std::size_t{1} << (e - s)) - 1;
    return (n + mask) & ~mask;
}

void padToBucket(Bytes& data)
{
    ensureSodium();
    const std::size_t unpadded = data.size();
    const std::size_t target = paddedSize(unpadded);
    data.resize(target);
    std::size_t paddedLength = 0;
    // blocksize == target: the next multiple of `target` above `unpadded` is `target` itself.
    [[maybe_unused]] int rc = sodium_pad(&paddedLength, data.data(), unpadded, target, data.size());
    assert(rc == 0 && paddedLength == target);
}

Status unpad(Bytes& data)
{
    ensureSodium();
    std::size_t unpadded = 0;
    if (data.empty() || sodium_unpad(&unpadded, data.data(), data.size(), data.size()) != 0)
        return Error{"padding is malformed"};
    wipe(std::span(data).subspan(unpadded));
    data.resize(unpadded);
    return {};
}

} // namespace vigil
