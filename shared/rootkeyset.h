// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The root key set (docs/protocol.md §3.5): the Ed25519 public keys of N key holders and the
// threshold t of them whose signatures a signed document needs. Devices, relays and the
// registry pin one at enrolment; one key with t = 1 is the single root key of old enrolments,
// which is why a PublicKey converts to a set.

#include "jsonreader.h"
#include "keys.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace vigil {

inline constexpr std::size_t kMaxKeyHolders = 16;

struct RootKeySet {
    std::uint32_t serial = 0;             ///< grows with every rotation (§3.6); never goes back
    std::uint8_t threshold = 1;           ///< signatures a document needs, 1 … holders.size()
    std::vector<PublicKey> holders;       ///< index in this list = holder index in a signature

    RootKeySet() = default;
    /// Today's single root key: one holder, threshold 1, serial 0. Implicit on purpose, so
    /// every verifier that took the pinned key takes the pinned set.
    RootKeySet(const PublicKey& singleKey) : holders{singleKey} {} // NOLINT(google-explicit-constructor)

    /// One holder and threshold 1: the only set that accepts a single-signed (version 1) document.
    bool isSingleKey() const { return holders.size() == 1 && threshold == 1; }
    /// The holder index of `key`, or -1 when it is not in the set.
    int indexOf(const PublicKey& key) const;
    bool operator==(const RootKeySet&) const = default;
};

/// 1 ≤ threshold ≤ holders ≤ 16 and no key twice.
[[nodiscard]] Status checkKeySet(const RootKeySet& set);

/// The set as bytes, as it is embedded in (and signed with) every multi-signed document:
/// u32 serial || u8 threshold || u8 n || n × key(32).
void writeKeySet(ByteWriter& w, const RootKeySet& set);
[[nodiscard]] Result<RootKeySet> readKeySet(ByteReader& r);

/// {"serial":…,"threshold":…,"holders":["hex32",…]}: how the set is written in provisioning
/// payloads, rotation documents and the registry's settings.
std::string encodeKeySet(const RootKeySet& set);
[[nodiscard]] Result<RootKeySet> decodeKeySet(std::string_view json);
/// The same object inside a larger document (provisioning's "root_keys", a rotation payload).
boost::json::object keySetObject(const RootKeySet& set);
/// Reads serial, threshold and holders from `r` (recording problems in it) and checks the set;
/// `r` is not closed, so a caller may read more fields from the same object.
RootKeySet readKeySetFields(JsonReader& r);

/// Short name of a set for people comparing it during a ceremony: hex of the first 8 bytes of
/// BLAKE2b-256 over writeKeySet's bytes.
std::string keySetId(const RootKeySet& set);

} // namespace vigil
