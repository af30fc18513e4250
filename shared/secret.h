// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "bytes.h"

#include <cstddef>
#include <cstdint>
#include <span>

namespace vigil {

/// Owns N bytes of key material in libsodium's guarded heap: locked in RAM (no swap),
/// fenced by guard pages, and wiped when freed. Move-only, so a key is never silently copied.
/// Each Secret costs a few pages and memory mappings: hold long-lived keys in it, not
/// thousands at once (vm.max_map_count is 65530 by default).
template <std::size_t N>
class Secret {
public:
    Secret();
    ~Secret();
    Secret(Secret&& other) noexcept : m_ptr(other.m_ptr) { other.m_ptr = nullptr; }
    Secret& operator=(Secret&& other) noexcept
    {
        if (this != &other) {
            release();
            m_ptr = other.m_ptr;
            other.m_ptr = nullptr;
        }
        return *this;
    }
    Secret(const Secret&) = delete;
    Secret& operator=(const Secret&) = delete;

    /// Copies `bytes` (which must be exactly N long) into a new secret.
    static Result<Secret> fromBytes(ByteView bytes);
    /// An explicit deep copy, for the rare place that must keep two handles.
    Secret clone() const;

    std::uint8_t* data() { return m_ptr; }
    const std::uint8_t* data() const { return m_ptr; }
    static constexpr std::size_t size() { return N; }
    ByteView view() const { return {m_ptr, N}; }

private:
    void release();
    std::uint8_t* m_ptr = nullptr;
};

/// Overwrites a buffer that held plaintext or key material before it is released.
void wipe(std::span<std::uint8_t> buffer);
void wipe(std::string& text);

/// A byte buffer that is wiped when it goes out of scope, for plaintexts of variable size
/// (report bodies, decrypted notes) that cannot sensibly live in guarded pages.
class WipedBytes {
public:
    WipedBytes() = default;
    explicit WipedBytes(Bytes b) : m_bytes(std::move(b)) {}
    ~WipedBytes() { wipe(m_bytes); }
    WipedBytes(WipedBytes&& o) noexcept : m_bytes(std::move(o.m_bytes)) { o.m_bytes.clear(); }
    WipedBytes& operator=(WipedBytes&& o) noexcept
    {
        if (this != &o) {
            wipe(m_bytes);
            m_bytes = std::move(o.m_bytes);
            o.m_bytes.clear();
        }
        return *this;
    }
    WipedBytes(const WipedBytes&) = delete;
    WipedBytes& operator=(const WipedBytes&) = delete;

    Bytes& bytes() { return m_bytes; }
    const Bytes& bytes() const { return m_bytes; }
    ByteView view() const { return m_bytes; }

private:
    Bytes m_bytes;
};

} // namespace vigil
