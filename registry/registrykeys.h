// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The registry's keys, each in its own seed file under DATA/keys/ (mode 0600): root.key
// (Ed25519: the key devices pin; signs everything until `keyset init` hands over to key
// holders, after which it may be deleted, leaving root.pub), routing.key (X25519: opens routing
// headers), receipt.key (Ed25519: signs the registry's own receipts) and, once key holders
// exist, online.key (Ed25519: token issuer keys and the inspectorate's report, certified by the
// holders in the directory; docs/operations.md, "What stays on the server").

#include "shared/keys.h"

#include <filesystem>
#include <optional>

namespace vigil::registry {

/// The root key: its public half is the registry's identity (devices pin it, advisors sign in
/// against it, token issuer names derive from it); its secret half is absent once root.key
/// was removed from a registry whose key holders sign instead.
struct RootKey {
    PublicKey publicKey{};
    std::optional<SigningKeyPair> pair;

    /// The pair, or Refused naming the missing root.key.
    [[nodiscard]] Result<const SigningKeyPair*> signer() const;
};

struct RegistryKeys {
    RootKey root;
    BoxKeyPair routing;
    SigningKeyPair receipt;
    std::optional<SigningKeyPair> online;   ///< keys/online.key; made with the first key set
};

/// Creates the three keys (and root.pub); fails if any exists (never overwrite a registry's identity).
Result<RegistryKeys> createRegistryKeys(const std::filesystem::path& dataDir);
/// Loads the keys; fails with a hint to run `vigil-admin init` when they are missing. root.key
/// may be missing when root.pub holds its public key.
Result<RegistryKeys> loadRegistryKeys(const std::filesystem::path& dataDir);
/// Writes keys/root.pub (the root public key in hex) unless it exists, so the registry keeps
/// its identity after root.key is deleted.
[[nodiscard]] Status writeRootPublicKey(const std::filesystem::path& dataDir, const PublicKey& root);
/// Creates keys/online.key (with `next`, keys/online-next.key: the replacement a directory
/// ceremony certifies) unless it exists, and loads it.
[[nodiscard]] Result<SigningKeyPair> ensureOnlineKey(const std::filesystem::path& dataDir, bool next = false);
/// The replacement online key, when `directory prepare --new-online-key` made one.
[[nodiscard]] Result<std::optional<SigningKeyPair>> nextOnlineKey(const std::filesystem::path& dataDir);
/// Makes keys/online-next.key the online key (renaming over online.key): once the directory
/// that certifies it is published.
[[nodiscard]] Status promoteNextOnlineKey(const std::filesystem::path& dataDir);

std::filesystem::path registryDatabasePath(const std::filesystem::path& dataDir);

} // namespace vigil::registry
