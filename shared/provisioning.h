// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The enrolment payload `vigil-admin enroll` writes (as a file or a QR code) and the field
// app reads on first start (docs/protocol.md §9). It pins the registry's root key: everything
// the device later trusts (directory, bulletins, relay receipt keys) chains to this key.

#include "directory.h"
#include "keys.h"

#include <optional>
#include <string>

namespace vigil {

struct Provisioning {
    PublicKey rootKey{};
    std::string relayUrl;        ///< e.g. "https://relay.13bde.example:8443"
    std::string organisation;    ///< display name, e.g. "Defensie"
    std::string enrolCode;       ///< single-use code the device registers its token credential with
                                 ///< (POST /v1/devices, docs/protocol.md §9.1); empty in old payloads
    Bytes signedDirectory;       ///< signDirectory() output; empty in the compact form a QR code
                                 ///< carries, then the device fetches it from the relay
    bool operator==(const Provisioning&) const = default;
};

/// Canonical JSON: {"v":1,"root_key":hex,"relay_url":…,"organisation":…,"enrol_code":…,
/// "directory":base64url}; "enrol_code" and "directory" are omitted when empty.
std::string encodeProvisioning(const Provisioning& p);

/// Decodes and checks a provisioning payload: relay URL is http(s), and the embedded directory
/// (when present) verifies against the embedded root key at `now`.
struct VerifiedProvisioning {
    Provisioning provisioning;
    std::optional<Directory> directory;
};
Result<VerifiedProvisioning> decodeProvisioning(std::string_view json, std::uint64_t now);

} // namespace vigil
