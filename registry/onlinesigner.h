// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Which key signs the registry's online documents (token issuer keys, the inspectorate's
// report; docs/protocol.md §3.7) and how the registry checks them as any reader does: before
// `keyset init` the root key does both; after it the online key, and only once a directory the
// holders signed names it — so a registry never publishes what devices would refuse.
// Each function runs on the caller's connection, of either engine, inside the caller's transaction.

#include "registrykeys.h"

#include "shared/onlinesigned.h"
#include "shared/storage/db.h"

namespace vigil::registry {

/// The pinned key set with the online key the newest published directory certifies.
[[nodiscard]] Result<DocumentSigners> registrySigners(Db db, const PublicKey& rootKey);

/// The key to sign an online document with now: root.key while the set is the single root key;
/// afterwards online.key, refused (with what to do) when it is missing or the newest directory
/// does not certify it.
[[nodiscard]] Result<const SigningKeyPair*> onlineSigner(Db db, const RegistryKeys& keys);
/// The same choice from signers already read (registrySigners, OrgStore::documentSigners).
[[nodiscard]] Result<const SigningKeyPair*> chooseOnlineSigner(const DocumentSigners& signers, const RegistryKeys& keys);

} // namespace vigil::registry
