// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "bytes.h"
#include "secret.h"

#include <cstddef>

namespace vigil {

/// The padded size for `length` bytes of plaintext (including one byte of padding marker):
/// at least 1 KiB, the next power of two up to 8 KiB, and Padmé above that (at most 12 %
/// overhead, leaking O(log log n) bits). Text-only reports fall in four classes.
std::size_t paddedSize(std::size_t length);

/// ISO/IEC 7816-4 padding (the bytes of libsodium's sodium_pad) of `data` in place to
/// paddedSize(size).
void padToBucket(Bytes& data);
/// Removes the padding; fails when it is malformed.
Status unpad(Bytes& data);

} // namespace vigil
