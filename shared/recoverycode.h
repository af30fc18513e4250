// SPDX-License-Identifier: EUPL-1.2
#pragma once

// A recovery code (docs/protocol.md §6.1): one report's conversation keys sealed under a
// passphrase the reporter chooses, as a vault item (Argon2id + XChaCha20-Poly1305) that travels
// alone, in a text form that survives copying, mail and line wrapping. With it another enrolled
// device reads the advisor's answers from the mailbox and can answer; nothing of it ever goes
// to a relay or the registry. What the payload holds is the field app's business
// (mobile/recovery.h); this is the container.

#include "result.h"
#include "secret.h"
#include "vault.h"

#include <string>
#include <string_view>

namespace vigil {

/// The prefix of the text form; a code without it is refused at once.
inline constexpr std::string_view kRecoveryCodePrefix = "vigil-recovery-1:";
/// A passphrase guards a code that may be copied anywhere, so it is longer than a PIN.
inline constexpr std::size_t kMinRecoveryPassphrase = 10;

/// Seals `payload` under `passphrase` (Argon2id with `params`: slow, off the GUI thread).
/// Kind Invalid when the passphrase is shorter than kMinRecoveryPassphrase characters.
[[nodiscard]] Result<std::string> makeRecoveryCode(std::string_view passphrase, ByteView payload,
                                                   VaultParams params = VaultParams::standard());

/// Opens a code made by makeRecoveryCode. Kind Invalid when the text is not a whole code
/// (cut off, mistyped: a checksum tells it apart before any key is derived), Refused when the
/// passphrase is wrong. Spaces and line breaks inside the code are ignored.
[[nodiscard]] Result<WipedBytes> openRecoveryCode(std::string_view code, std::string_view passphrase);

} // namespace vigil
