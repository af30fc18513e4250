// SPDX-License-Identifier: EUPL-1.2
#include "der.h"

namespace vigil::tokens::der {

namespace {

/// Tag, definite length (short form below 128, else the fewest length bytes), content.
Bytes tagged(std::uint8_t tag, ByteView content)
{
    ByteWriter w;
    w.u8(tag);
    const std::size_t length = content.size();
    if (length < 0x80) {
        w.u8(static_cast<std::uint8_t>(length));
    } else {
        Bytes digits;
        for (std::size_t rest = length; rest != 0; rest >>= 8)
            digits.insert(digits.begin(), static_cast<std::uint8_t>(rest & 0xff));
        w.u8(static_cast<std::uint8_t>(0x80 | digits.size()));
        w.bytes(digits);
    }
    w.bytes(content);
    return w.take();
}

} // namespace

Bytes integer(ByteView value)
{
    std::size_t first = 0;
    while (first + 1 < value.size() && value[first] == 0)
        ++first;
    Bytes content;
    if (value.empty() || (value[first] & 0x80) != 0)
        content.push_back(0);
    content.insert(content.end(), value.begin() + static_cast<std::ptrdiff_t>(first), value.end());
    return tagged(0x02, content);
}

Bytes sequence(std::initializer_list<Bytes> elements)
{
    Bytes content;
    for (const Bytes& e : elements)
        content.insert(content.end(), e.begin(), e.end());
    return tagged(0x30, content);
}

Bytes bitString(ByteView content)
{
    Bytes withUnused{0};
    withUnused.insert(withUnused.end(), content.begin(), content.end());
    return tagged(0x03, withUnused);
}

} // namespace vigil::tokens::der
