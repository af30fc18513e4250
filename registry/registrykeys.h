// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The registry's three keys, each in its own seed file under DATA/keys/ (mode 0600):
// root.key (Ed25519: signs directories and bulletins; the key devices pin), routing.key
// (X25519: opens routing headers), receipt.key (Ed25519: signs the registry's own receipts).

#include "shared/keys.h"

#include <filesystem>

namespace vigil::registry {

struct RegistryKeys {
    SigningKeyPair root;
    BoxKeyPair routing;
    SigningKeyPair receipt;
};

/// Creates the three keys; fails if any exists (never overwrite a registry's identity).
Result<RegistryKeys> createRegistryKeys(const std::filesystem::path& dataDir);
/// Loads the keys; fails with a hint to run `vigil-admin init` when they are missing.
Result<RegistryKeys> loadRegistryKeys(const std::filesystem::path& dataDir);

std::filesystem::path registryDatabasePath(const std::filesystem::path& dataDir);

} // namespace vigil::registry
