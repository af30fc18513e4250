// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The published vectors of tests/data/tokens/ and the fixed keys the unit tests share.

#include "shared/bytes.h"
#include "shared/tokens/rsakeys.h"

#include <boost/json.hpp>

#include <string>

namespace vigil::tokens::testing {

/// The "vectors" array of tests/data/tokens/<file>.
boost::json::array loadVectors(const std::string& file);
/// The hex field `key` of a vector, decoded (the test fails on bad hex).
Bytes hexField(const boost::json::value& vector, const char* key);

/// RFC 9578's 2048-bit issuer key (vector 1's skS): a real key that costs no generation.
const RsaPrivateKey& rfc9578Key();
/// A second 2048-bit key, generated once per process, for "wrong key" cases.
const RsaPrivateKey& otherKey();

} // namespace vigil::tokens::testing
