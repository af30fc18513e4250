// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The container of every document the registry's root key set signs (directory, bulletins,
// authorities, support contacts, issuer keys, the inspectorate's report, key-set rotations):
// docs/protocol.md §3. Two versions share the magic's first three bytes:
//   version 1: magic || u32 len || payload || Ed25519 signature of all before it (one root key);
//   version 2: magic || key set || u32 len || payload || u8 count || count × (u8 holder || sig),
//              each signature by one holder over all bytes before `count`.
// The magic differs per document type, so a signature on one kind never verifies as another.
// openSignedDocument is the one verify function every part uses.

#include "keys.h"
#include "rootkeyset.h"

#include <string_view>
#include <vector>

namespace vigil {

using DocMagic = FixedBytes<4>;
inline constexpr DocMagic kDirectoryMagic{'V', 'G', 'D', 0x01};
inline constexpr DocMagic kBulletinMagic{'V', 'G', 'B', 0x01};
/// The inspectorate's report (registry/report): its JSON, signed once per period.
inline constexpr DocMagic kVmsReportMagic{'V', 'G', 'V', 0x01};
/// The authorities document (shared/authorities.h): PDCA roles and the risk acceptance policy.
inline constexpr DocMagic kAuthoritiesMagic{'V', 'G', 'O', 0x01};
/// The support contacts (shared/supportcontacts.h): where a reporter finds help, for every device.
inline constexpr DocMagic kSupportMagic{'V', 'G', 'S', 0x01};
/// The token issuer's keys (shared/tokens/issuerdoc.h): one RSA key per epoch, for every device and relay.
inline constexpr DocMagic kIssuerKeysMagic{'V', 'G', 'I', 0x01};
/// A new root key set (shared/keysetrotation.h), signed by the current one; only in version 2.
inline constexpr DocMagic kKeySetMagic{'V', 'G', 'K', 0x01};
inline constexpr std::size_t kMaxSignedPayload = 4 * 1024 * 1024;
inline constexpr std::uint8_t kSingleSignedVersion = 1;
inline constexpr std::uint8_t kMultiSignedVersion = 2;

/// The magic of `magic`'s document type with its version byte set to `version`.
DocMagic withVersion(const DocMagic& magic, std::uint8_t version);

/// Version 1: magic || u32 len || payload || Ed25519 signature of (magic || len || payload).
Bytes signDocument(const DocMagic& magic, std::string_view payload, const SigningKeyPair& rootKey);

/// One holder's signature in a version 2 document.
struct HolderSignature {
    std::uint8_t holder = 0;
    Signature signature{};
    bool operator==(const HolderSignature&) const = default;
};

/// A version 2 document taken apart, signatures not yet checked. Its views point into the
/// document it was read from, which must outlive it.
struct MultiSignedDocument {
    DocMagic magic{};                    ///< with version byte 2
    RootKeySet keySet;                   ///< the set it was prepared for
    std::string_view payload;            ///< points into the document
    ByteView signedBytes;                ///< magic || key set || len || payload: what each holder signs
    std::vector<HolderSignature> signatures; ///< strictly ascending holder indices
};

/// Version 2 without signatures: what `vigil-admin … prepare` writes for the key holders.
/// `magic` is the type's magic (any version byte); `set` must pass checkKeySet.
Bytes prepareDocument(const DocMagic& magic, std::string_view payload, const RootKeySet& set);

/// Takes a version 2 document apart; refuses a bad layout, a holder index outside the set, and
/// holder indices that repeat or are out of order. Checks no signature.
[[nodiscard]] Result<MultiSignedDocument> readMultiSigned(ByteView document, std::string_view what);

/// `document` with `holder`'s signature added in its place; refuses a document whose key set
/// does not contain the holder's key, or that it already signed, and verifies the signatures
/// already there first (a holder never adds to a document someone has tampered with).
[[nodiscard]] Result<Bytes> addHolderSignature(ByteView document, const SigningKeyPair& holder);

/// The document with its signatures: version 2 layout, signatures ascending by holder.
Bytes encodeMultiSigned(const MultiSignedDocument& document);

/// The one verify function: checks layout and signatures against the pinned key set and
/// returns the payload. A version 1 document verifies only against a single-key set (one key,
/// threshold 1); a version 2 document only when it was prepared for exactly the pinned set
/// and carries at least `threshold` signatures, every one of them valid. `magic` is the
/// type's version 1 magic; `what` names the document in errors.
[[nodiscard]] Result<std::string_view> openSignedDocument(ByteView document, const DocMagic& magic,
                                                          const RootKeySet& pinned, std::string_view what);

} // namespace vigil
