// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Documents the registry must sign online and often — the token issuer keys of every epoch
// (VGI), the inspectorate's report (VGV) — and who may sign them (docs/protocol.md §3.7):
// the root key set itself (the single root key before `keyset init`; t of N holders after), or
// the registry's online key, but only the one the newest directory signed by that set names
// (Directory::onlineKey). The holders replace the online key by publishing a directory that
// names another, and withdraw it by one that names none: verifiers follow at their next sync.
// Directories, bulletins, support contacts, authorities and key-set rotations never take the
// online key: they are opened with openSignedDocument and the set alone.

#include "signeddoc.h"

#include <optional>

namespace vigil {

/// Who a verifier accepts as the signer of an online document.
struct DocumentSigners {
    RootKeySet keys;                      ///< the current root key set (pinned, rotations followed)
    std::optional<PublicKey> onlineKey;   ///< certified by a directory `keys` signed; none: `keys` alone

    // Implicit on purpose: every verifier that took the pinned key or set takes the signers.
    DocumentSigners(const PublicKey& singleKey) : keys(singleKey) {} // NOLINT(google-explicit-constructor)
    DocumentSigners(const RootKeySet& set) : keys(set) {}             // NOLINT(google-explicit-constructor)
    DocumentSigners(const RootKeySet& set, std::optional<PublicKey> online) : keys(set), onlineKey(online) {}
    bool operator==(const DocumentSigners&) const = default;
};

/// The online key `signedDirectory` names when it verifies against `keys` (signature and form;
/// not its expiry, which bounds sealing, not this certificate); nullopt otherwise.
std::optional<PublicKey> certifiedOnlineKey(ByteView signedDirectory, const RootKeySet& keys);

/// `keys` with the online key of `signedDirectory` (empty: none) when it certifies one.
DocumentSigners signersFor(const RootKeySet& keys, ByteView signedDirectory);

/// Opens a document of type `magic` signed by `signers`: as openSignedDocument against the key
/// set, or a version 1 document whose signature verifies under the certified online key.
[[nodiscard]] Result<std::string_view> openOnlineSignedDocument(ByteView document, const DocMagic& magic,
                                                                const DocumentSigners& signers, std::string_view what);

} // namespace vigil
