// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The relay's Ed25519 receipt key: generated on first start into DATA/relay.key (the 32-byte
// seed as hex, mode 0600), loaded on every later start. Only its public half is ever shown;
// the operator registers it so vigil-admin can list it in the signed directory.

#include "shared/keys.h"

#include <filesystem>

namespace vigil::relay {

struct LoadedKey {
    SigningKeyPair key;
    bool created = false;        ///< true when this call generated it
    bool looseMode = false;      ///< the file is readable by group or others
};

/// Loads `path`, or creates it (exclusively, mode 0600, fsynced) when it does not exist.
Result<LoadedKey> loadOrCreateRelayKey(const std::filesystem::path& path);

} // namespace vigil::relay
