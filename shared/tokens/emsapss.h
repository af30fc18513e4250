// SPDX-License-Identifier: EUPL-1.2
#pragma once
// EMSA-PSS-ENCODE with SHA-384 and MGF1-SHA-384 (RFC 8017 §9.1.1, §B.2.1), step 1 of RFC 9474's
// Blind. Written out because OpenSSL 3 offers PSS encoding only inside its signing operation
// (or through the deprecated RSA_padding_add_PKCS1_PSS_mgf1), and Blind must encode without
// signing, with a salt it chose (RFC 9474's vectors fix the salt).

#include "shared/bytes.h"

namespace vigil::tokens {

inline constexpr std::size_t kSha384Length = 48;

/// EM for `message` under a modulus of `modulusBits` bits (emBits = modulusBits - 1), with
/// `salt` (0 or 48 bytes for the RFC 9474 variants). Fails when the modulus is too small.
[[nodiscard]] Result<Bytes> emsaPssEncodeSha384(ByteView message, ByteView salt, unsigned modulusBits);

/// MGF1 with SHA-384 (RFC 8017 §B.2.1): `length` bytes of mask from `seed`.
[[nodiscard]] Result<Bytes> mgf1Sha384(ByteView seed, std::size_t length);

} // namespace vigil::tokens
