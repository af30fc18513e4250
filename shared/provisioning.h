// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The enrolment payload `vigil-admin enroll` writes (as a file or a QR code) and the field
// app reads on first start (docs/protocol.md §9). It pins the registry's root key set (§3.5):
// everything the device later trusts (directory, bulletins, relay receipt keys) chains to it.
// Payloads from before key holders carry the single root key only; it is then the set.

#include "directory.h"
#include "keys.h"
#include "rootkeyset.h"

#include <optional>
#include <string>

namespace vigil {

struct Provisioning {
    /// The registry's own root key: advisors sign in against it, and until `keyset init` it signs
    /// every document (after it, the holders and the online key do: docs/operations.md).
    PublicKey rootKey{};
    std::string relayUrl;        ///< e.g. "https://relay.13bde.example:8443"
    std::string organisation;    ///< display name, e.g. "Defensie"
    std::string enrolCode;       ///< single-use code the device registers its token credential with
                                 ///< (POST /v1/devices, docs/protocol.md §9.1); empty in old payloads
    Bytes signedDirectory;       ///< signDirectory() output; empty in the compact form a QR code
                                 ///< carries, then the device fetches it from the relay
    std::optional<RootKeySet> keySet; ///< the key holders' set; absent: the root key alone
    bool operator==(const Provisioning&) const = default;

    /// The set directories and bulletins must be signed by: keySet, else {rootKey}.
    RootKeySet documentKeys() const { return keySet.value_or(RootKeySet(rootKey)); }
};

/// Canonical JSON: {"v":1,"root_key":hex,"root_keys":{…},"relay_url":…,"organisation":…,
/// "enrol_code":…,"directory":base64url}; "root_keys", "enrol_code" and "directory" are
/// omitted when empty.
std::string encodeProvisioning(const Provisioning& p);

/// Decodes and checks a provisioning payload: relay URL is http(s), and the embedded directory
/// (when present) verifies against the embedded root key at `now`.
struct VerifiedProvisioning {
    Provisioning provisioning;
    std::optional<Directory> directory;
};
Result<VerifiedProvisioning> decodeProvisioning(std::string_view json, std::uint64_t now);

} // namespace vigil
