// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Internal to vigil_tokens: the few DER encodings an issuer key needs (RFC 9578 §6.5), written
// out so the encoded bytes — and so token_key_id — never depend on an OpenSSL version's choices.

#include "shared/bytes.h"

#include <initializer_list>

namespace vigil::tokens::der {

/// An INTEGER holding the unsigned big-endian `value` (leading zeros dropped, one 0x00 added
/// when the top bit is set, so it stays positive).
Bytes integer(ByteView value);
/// A SEQUENCE of already encoded elements.
Bytes sequence(std::initializer_list<Bytes> elements);
/// A BIT STRING with no unused bits.
Bytes bitString(ByteView content);

} // namespace vigil::tokens::der
