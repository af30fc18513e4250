// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The advisor's vault file (docs/advisor.md, "Keys"): the X25519 box key and the Ed25519
// signing key, sealed under a key derived from the advisor's passphrase (shared/vault.h), plus
// the registry settings from the provisioning file, sealed too so nobody can swap the pinned
// root key on disk. Only the passphrase opens it; the file alone reveals nothing.

#include "shared/identity.h"
#include "shared/keys.h"
#include "shared/vault.h"

#include <filesystem>
#include <memory>
#include <optional>
#include <string>

namespace vigil::advisor {

/// Where this console talks to and whom it trusts; from `vigil-admin enroll --out`.
struct RegistrySettings {
    std::string url;            ///< e.g. "https://registry.example:8443"
    PublicKey rootKey{};        ///< pinned registry root key
    std::string organisation;
    bool operator==(const RegistrySettings&) const = default;
};

/// Reads a provisioning file's JSON (shared/provisioning.h) into settings; the embedded
/// directory, when present, must verify against the embedded root key at `now`.
Result<RegistrySettings> settingsFromProvisioning(std::string_view json, std::uint64_t now);

class KeyVault {
public:
    /// True when a vault file exists at `path`.
    static bool exists(const std::filesystem::path& path);
    /// Generates both keypairs and writes a new vault file (mode 0600); fails if one exists or
    /// the passphrase is shorter than kMinPassphrase characters.
    static Result<std::unique_ptr<KeyVault>> create(const std::filesystem::path& path, std::string_view passphrase,
                                                    VaultParams params = VaultParams::standard());
    /// Opens the vault with the passphrase; a wrong passphrase and a damaged file both fail.
    static Result<std::unique_ptr<KeyVault>> unlock(const std::filesystem::path& path, std::string_view passphrase);

    static constexpr std::size_t kMinPassphrase = 8;
    /// The errors a person meets when opening the vault (the console says them in its language).
    static constexpr const char* kWrongPassphrase = "wrong passphrase (or the vault file was changed)";
    static constexpr const char* kDamaged = "the vault file is damaged";

    const BoxKeyPair& boxKey() const { return m_box; }
    const SigningKeyPair& signKey() const { return m_sign; }
    /// The string the operator passes to `vigil-admin advisor add --public-key`.
    std::string identity() const;
    /// The derived key, for sealing local data (the case cache) under the same passphrase.
    const VaultKey& vaultKey() const { return m_key; }

    const std::optional<RegistrySettings>& settings() const { return m_settings; }
    /// Stores the registry settings in the vault file (sealed) and keeps them.
    Status setSettings(const RegistrySettings& settings);

private:
    KeyVault(std::filesystem::path path, VaultKey key, BoxKeyPair box, SigningKeyPair sign);
    Status save() const;

    std::filesystem::path m_path;
    VaultKey m_key;
    BoxKeyPair m_box;
    SigningKeyPair m_sign;
    Bytes m_check;
    std::optional<RegistrySettings> m_settings;
};

} // namespace vigil::advisor
