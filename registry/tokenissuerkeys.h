// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The token issuer's private keys (issue 17; docs/protocol.md §11.4): one RSA-2048 key per
// epoch, each in its own file DATA/keys/issuer-<epoch>.pem (PKCS#8 PEM, mode 0600, created with
// O_EXCL and fsync'ed like the seed files of registrykeys.h), apart from root.key: a stolen
// issuer key mints tokens for its epoch, never a directory. Its own file rather than part of
// registrykeys.h, so the many files that include that header do not stand on vigil_tokens.
// Not yet called by vigil-admin or the server: rotation and issuance come in a later slice.

#include "shared/tokens/rsakeys.h"

#include <cstdint>
#include <filesystem>
#include <span>

namespace vigil::registry {

std::filesystem::path issuerKeyPath(const std::filesystem::path& dataDir, std::uint32_t epoch);

/// Generates the issuer key of `epoch` (1, 2, …) and writes its file; fails if the file exists
/// (an epoch's key is never replaced). Draws again while the key's truncated token_key_id is
/// one of `truncatedIdsInUse` (the keys still listed in the directory; RFC 9578 §6.5).
Result<tokens::RsaPrivateKey> createIssuerKey(const std::filesystem::path& dataDir, std::uint32_t epoch,
                                              std::span<const std::uint8_t> truncatedIdsInUse = {});

/// Reads the issuer key of `epoch`; fails when it is missing, unreadable or not an RSA-2048 key.
Result<tokens::RsaPrivateKey> loadIssuerKey(const std::filesystem::path& dataDir, std::uint32_t epoch);

} // namespace vigil::registry
