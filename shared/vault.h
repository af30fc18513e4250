// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The device vault (docs/protocol.md §6): a key derived from the user's PIN or passphrase
// with Argon2id, and data sealed under it with XChaCha20-Poly1305. Every sealed item carries
// its salt and cost parameters, so it can be opened with the PIN alone.

#include "secret.h"

#include <cstdint>
#include <string_view>

namespace vigil {

/// Argon2id cost. The default (3 passes, 64 MiB) takes ~0.3-1 s on a phone and makes each PIN
/// guess cost as much; tests use minimal() to stay fast.
struct VaultParams {
    std::uint32_t opsLimit = 3;
    std::uint32_t memLimitKiB = 64 * 1024;

    static VaultParams standard() { return {}; }
    static VaultParams minimal() { return {1, 8}; }
    bool operator==(const VaultParams&) const = default;
};

/// A derived vault key with the salt and parameters it came from; held in guarded memory.
class VaultKey {
public:
    /// A new vault: random salt, key from `pin` (at least 4 characters).
    static Result<VaultKey> create(std::string_view pin, VaultParams params = VaultParams::standard());
    /// The key for an existing vault: derives it with the salt and parameters in `checkItem`
    /// (made by makeCheckItem() when the vault was created) and proves the PIN by opening it.
    static Result<VaultKey> unlock(std::string_view pin, ByteView checkItem);
    /// The key an item that travels alone was sealed under, derived from `pin` with the salt and
    /// cost in the item's header; not proven (opening the item proves it). Kind Invalid when
    /// the header is malformed or claims a cost out of range.
    static Result<VaultKey> forItem(std::string_view pin, ByteView sealedItem);
    /// A small item to store beside the vault so unlock() can tell a wrong PIN at once.
    Bytes makeCheckItem() const;

    const VaultParams& params() const { return m_params; }
    const FixedBytes<16>& salt() const { return m_salt; }
    const Secret<32>& key() const { return m_key; }

private:
    VaultKey(Secret<32> key, FixedBytes<16> salt, VaultParams params)
        : m_key(std::move(key)), m_salt(salt), m_params(params)
    {
    }
    Secret<32> m_key;
    FixedBytes<16> m_salt{};
    VaultParams m_params;
};

/// Seals `plaintext` under the vault key; `context` (e.g. "draft:<id>") is authenticated, so an
/// item cannot be moved to another slot unnoticed.
Bytes vaultSeal(const VaultKey& key, ByteView plaintext, std::string_view context);

/// Opens an item sealed under this key; fails (without detail) on a wrong PIN or tampering.
Result<WipedBytes> vaultOpen(const VaultKey& key, ByteView sealed, std::string_view context);

/// Opens an item that travels alone (a recovery code): derives the key from `pin` with the salt
/// and cost the item carries (slow: Argon2id, off the GUI thread), then opens it. Kind Refused
/// on a wrong PIN or an altered item, Invalid when the item is malformed.
Result<WipedBytes> vaultOpenWithPin(std::string_view pin, ByteView sealed, std::string_view context);

} // namespace vigil
