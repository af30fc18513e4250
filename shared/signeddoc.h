// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The container of every document the registry signs with its root key (directory,
// bulletins, the inspectorate's report): magic, length, canonical JSON payload, Ed25519
// signature over all before it.
// The magic differs per document type, so a signature on one kind never verifies as another.

#include "keys.h"

#include <string_view>

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
inline constexpr std::size_t kMaxSignedPayload = 4 * 1024 * 1024;

/// magic || u32 len || payload || Ed25519 signature of (magic || len || payload).
Bytes signDocument(const DocMagic& magic, std::string_view payload, const SigningKeyPair& rootKey);

/// Checks the layout and the signature against the pinned root key; returns the payload.
/// `what` names the document in errors.
Result<std::string_view> openSignedDocument(ByteView document, const DocMagic& magic, const PublicKey& rootKey,
                                            std::string_view what);

} // namespace vigil
