// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "result.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace vigil {

using Bytes = std::vector<std::uint8_t>;
using ByteView = std::span<const std::uint8_t>;
template <std::size_t N>
using FixedBytes = std::array<std::uint8_t, N>;

/// Views the characters of a string as bytes (no copy).
ByteView asBytes(std::string_view s);
/// Copies bytes into a std::string (for JSON text and file contents).
std::string toString(ByteView b);
Bytes toBytes(std::string_view s);

/// Lower-case hexadecimal.
std::string toHex(ByteView b);
/// Parses hexadecimal (either case); fails on odd length or a non-hex character.
Result<Bytes> fromHex(std::string_view hex);
/// Parses exactly N bytes of hexadecimal.
template <std::size_t N>
Result<FixedBytes<N>> fixedFromHex(std::string_view hex)
{
    if (hex.size() != 2 * N)
        return Error{"expected " + std::to_string(2 * N) + " hex digits, got " + std::to_string(hex.size())};
    auto bytes = fromHex(hex);
    if (!bytes)
        return bytes.error();
    FixedBytes<N> out{};
    std::copy(bytes->begin(), bytes->end(), out.begin());
    return out;
}

/// URL-safe base64 without padding (libsodium's variant), for compact text forms.
std::string toBase64Url(ByteView b);
Result<Bytes> fromBase64Url(std::string_view text);

/// Appends big-endian integers and raw bytes; the writer of every binary wire format.
class ByteWriter {
public:
    void u8(std::uint8_t v) { m_out.push_back(v); }
    void u16(std::uint16_t v);
    void u32(std::uint32_t v);
    void u64(std::uint64_t v);
    void bytes(ByteView b) { m_out.insert(m_out.end(), b.begin(), b.end()); }
    void text(std::string_view s) { bytes(asBytes(s)); }

    const Bytes& data() const { return m_out; }
    Bytes take() { return std::move(m_out); }
    std::size_t size() const { return m_out.size(); }

private:
    Bytes m_out;
};

/// Reads big-endian integers and byte runs with bounds checks; every failure names the
/// field being read and the offset, so a parse error says where the input went wrong.
class ByteReader {
public:
    ByteReader(ByteView in, std::string what) : m_in(in), m_what(std::move(what)) {}

    Result<std::uint8_t> u8(std::string_view field);
    Result<std::uint16_t> u16(std::string_view field);
    Result<std::uint32_t> u32(std::string_view field);
    Result<std::uint64_t> u64(std::string_view field);
    /// A view of the next `n` bytes (valid as long as the input is).
    Result<ByteView> bytes(std::size_t n, std::string_view field);
    template <std::size_t N>
    Result<FixedBytes<N>> fixed(std::string_view field)
    {
        auto v = bytes(N, field);
        if (!v)
            return v.error();
        FixedBytes<N> out{};
        std::copy(v->begin(), v->end(), out.begin());
        return out;
    }
    /// Fails unless every byte was consumed (no trailing data is ever accepted).
    Status expectEnd() const;

    std::size_t offset() const { return m_pos; }
    std::size_t remaining() const { return m_in.size() - m_pos; }
    Error error(std::string_view field, std::string_view problem) const;

private:
    Result<std::uint64_t> readInt(std::size_t width, std::string_view field);

    ByteView m_in;
    std::string m_what;
    std::size_t m_pos = 0;
};

} // namespace vigil
