// SPDX-License-Identifier: EUPL-1.2
#include "bytes.h"

#include "sodiuminit.h"

#include <sodium.h>

namespace vigil {

ByteView asBytes(std::string_view s)
{
    return {reinterpret_cast<const std::uint8_t*>(s.data()), s.size()};
}

std::string toString(ByteView b)
{
    return {reinterpret_cast<const char*>(b.data()), b.size()};
}

Bytes toBytes(std::string_view s)
{
    auto v = asBytes(s);
    return {v.begin(), v.end()};
}

std::string toHex(ByteView b)
{
    static constexpr char digits[] = "0123456789abcdef";
    std::string out;
    out.reserve(b.size() * 2);
    for (auto c : b) {
        out.push_back(digits[c >> 4]);
        out.push_back(digits[c & 0x0f]);
    }
    return out;
}

Result<Bytes> fromHex(std::string_view hex)
{
    if (hex.size() % 2 != 0)
        return Error{"hex text has an odd number of digits"};
    auto nibble = [](char c) -> int {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    };
    Bytes out;
    out.reserve(hex.size() / 2);
    for (std::size_t i = 0; i < hex.size(); i += 2) {
        int hi = nibble(hex[i]);
        int lo = nibble(hex[i + 1]);
        if (hi < 0 || lo < 0)
            return Error{"not a hex digit at position " + std::to_string(hi < 0 ? i : i + 1)};
        out.push_back(static_cast<std::uint8_t>((hi << 4) | lo));
    }
    return out;
}

std::string toBase64Url(ByteView b)
{
    ensureSodium();
    constexpr int variant = sodium_base64_VARIANT_URLSAFE_NO_PADDING;
    std::string out(sodium_base64_ENCODED_LEN(b.size(), variant), '\0');
    sodium_bin2base64(out.data(), out.size(), b.data(), b.size(), variant);
    out.resize(out.size() - 1); // drop the terminating NUL that libsodium writes
    return out;
}

Result<Bytes> fromBase64Url(std::string_view text)
{
    ensureSodium();
    Bytes out(text.size() * 3 / 4 + 3);
    std::size_t len = 0;
    const char* end = nullptr;
    if (sodium_base642bin(out.data(), out.size(), text.data(), text.size(), nullptr, &len, &end,
                          sodium_base64_VARIANT_URLSAFE_NO_PADDING)
            != 0
        || end != text.data() + text.size())
        return Error{"not valid URL-safe base64"};
    out.resize(len);
    return out;
}

void ByteWriter::u16(std::uint16_t v)
{
    u8(static_cast<std::uint8_t>(v >> 8));
    u8(static_cast<std::uint8_t>(v));
}

void ByteWriter::u32(std::uint32_t v)
{
    u16(static_cast<std::uint16_t>(v >> 16));
    u16(static_cast<std::uint16_t>(v));
}

void ByteWriter::u64(std::uint64_t v)
{
    u32(static_cast<std::uint32_t>(v >> 32));
    u32(static_cast<std::uint32_t>(v));
}

Error ByteReader::error(std::string_view field, std::string_view problem) const
{
    return Error{m_what + ": " + std::string(field) + " at byte " + std::to_string(m_pos) + ": "
                 + std::string(problem)};
}

Result<std::uint64_t> ByteReader::readInt(std::size_t width, std::string_view field)
{
    auto raw = bytes(width, field);
    if (!raw)
        return raw.error();
    std::uint64_t v = 0;
    for (auto c : *raw)
        v = (v << 8) | c;
    return v;
}

Result<std::uint8_t> ByteReader::u8(std::string_view field)
{
    auto v = readInt(1, field);
    if (!v)
        return v.error();
    return static_cast<std::uint8_t>(*v);
}

Result<std::uint16_t> ByteReader::u16(std::string_view field)
{
    auto v = readInt(2, field);
    if (!v)
        return v.error();
    return static_cast<std::uint16_t>(*v);
}

Result<std::uint32_t> ByteReader::u32(std::string_view field)
{
    auto v = readInt(4, field);
    if (!v)
        return v.error();
    return static_cast<std::uint32_t>(*v);
}

Result<std::uint64_t> ByteReader::u64(std::string_view field)
{
    return readInt(8, field);
}

Result<ByteView> ByteReader::bytes(std::size_t n, std::string_view field)
{
    if (n > remaining())
        return error(field, "input is truncated (need " + std::to_string(n) + " bytes, "
                                + std::to_string(remaining()) + " left)");
    ByteView v = m_in.subspan(m_pos, n);
    m_pos += n;
    return v;
}

Status ByteReader::expectEnd() const
{
    if (remaining() != 0)
        return Error{m_what + ": " + std::to_string(remaining()) + " unexpected trailing bytes at byte "
                     + std::to_string(m_pos)};
    return {};
}

} // namespace vigil
