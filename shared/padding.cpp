// SPDX-License-Identifier: EUPL-1.2
#include "padding.h"

#include <bit>
#include <cstdint>
#include <cstring>

namespace vigil {

std::size_t paddedSize(std::size_t length)
{
    const std::size_t n = length + 1; // sodium_pad always adds at least the 0x80 marker
    // Text reports stay in the four classes 1, 2, 4 and 8 KiB, whatever they say (their cost is
    // at most 4 KiB, half a second at 64 kbit/s); above that Padmé bounds the overhead at 12 %
    // instead of doubling a photo report that is just over a power of two (issue 20 §1).
    constexpr std::size_t minimum = 1024;
    constexpr std::size_t powerOfTwoUpTo = 8 * 1024;
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

// The same bytes as sodium_pad / sodium_unpad (ISO/IEC 7816-4: 0x80, then zeros), without
// their constant-time pass over the whole bucket, which cost a photo's seal 12 % of its time
// (docs/benchmarks.md). Constant time buys nothing here: the padding is inside the AEAD, and
// only the holder of the key unpads — it learns the length from the plaintext anyway.
void padToBucket(Bytes& data)
{
    const std::size_t unpadded = data.size();
    data.resize(paddedSize(unpadded)); // zero-filled
    data[unpadded] = 0x80;
}

Status unpad(Bytes& data)
{
    // Back over the zeros, a word at a time, to the marker.
    std::size_t end = data.size();
    while (end >= sizeof(std::uint64_t)) {
        std::uint64_t word = 0;
        std::memcpy(&word, data.data() + end - sizeof word, sizeof word);
        if (word != 0)
            break;
        end -= sizeof word;
    }
    while (end > 0 && data[end - 1] == 0)
        --end;
    if (end == 0 || data[end - 1] != 0x80)
        return Error{"padding is malformed"};
    data.resize(end - 1);
    return {};
}

} // namespace vigil
