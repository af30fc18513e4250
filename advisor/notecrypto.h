// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Internal notes on a case (docs/advisor.md, "Notes"): readable by every member who holds the
// case's key, never by the registry. A note is signed by its author (context "vigil note v1",
// so a note can never pass for a reply to the reporter) and encrypted once under a random key
// that is wrapped with crypto_box_seal for each recipient's box key:
//   "VGN1" || u16 n || n × wrap(80) || nonce(24) || XChaCha20-Poly1305(plain, ad)
//   plain = u32 len || message JSON (shared/message.h) || signer pk(32) || signature(64)
//   ad    = everything before the ciphertext, so wraps cannot be added or swapped.

#include "shared/keys.h"
#include "shared/message.h"

#include <span>

namespace vigil::advisor {

/// Seals `note` (thread = the case's report id, author = the member id) for `recipients`.
Result<Bytes> sealNote(const Message& note, const SigningKeyPair& author, std::span<const PublicKey> recipients);

struct OpenedNote {
    Message message;
    PublicKey signer{};   ///< check against the directory's sign key for message.author
};

/// Opens a note with one recipient's box key and verifies its signature.
Result<OpenedNote> openNote(ByteView sealed, const BoxKeyPair& recipient);

} // namespace vigil::advisor
