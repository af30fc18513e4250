// SPDX-License-Identifier: EUPL-1.2
#pragma once

// What this device trusts: the registry root key pinned at enrolment, the relay to talk to,
// and the last signed directory that verified against that key. Nothing is trusted that does
// not chain to the pinned root key; a directory older than the one held is refused.

#include "fieldstore.h"

#include "shared/directory.h"
#include "shared/supportcontacts.h"
#include "shared/tokens/issuerdoc.h"

#include <optional>
#include <string>

namespace vigil::field {

namespace setting {
inline constexpr std::string_view kRootKey = "trust.root_key";
inline constexpr std::string_view kRelayUrl = "trust.relay_url";
inline constexpr std::string_view kOrganisation = "trust.organisation";
inline constexpr std::string_view kDirectory = "trust.directory";
inline constexpr std::string_view kSupport = "trust.support";
/// The single-use enrolment code of the provisioning payload, until the credential is registered.
inline constexpr std::string_view kEnrolCode = "trust.enrol_code";
inline constexpr std::string_view kTokenIssuer = "trust.token_issuer";
} // namespace setting

class Trust {
public:
    explicit Trust(FieldStore& store) : m_store(store) {}

    bool enrolled();
    /// Decodes and checks a provisioning payload (vigil-admin enroll) and pins its root key.
    /// Refuses to re-enrol a device that is already enrolled (wipe first).
    Status enrol(std::string_view provisioningJson, std::uint64_t now);

    std::optional<PublicKey> rootKey();
    std::string relayUrl();
    std::string organisation();

    /// The held directory, verified again at `now` (it may have expired since).
    Result<Directory> directory(std::uint64_t now);
    /// Version of the held directory (0 when none), also when it has expired.
    std::uint32_t directoryVersion();
    /// Verifies a signed directory from the network and keeps it, unless it is older than
    /// the one held (rollback) or does not verify. Returns true when it replaced the held one.
    Result<bool> acceptDirectory(ByteView signedDirectory, std::uint64_t now);

    /// The held support contacts (docs/protocol.md §3.4), verified again; nullopt when none
    /// was ever received or it no longer verifies. Readable while the app is locked: it is the
    /// same for every device and holds nothing of the reporter's.
    std::optional<SupportContacts> supportContacts();
    /// Verifies signed support contacts from the network and keeps them, unless their serial is
    /// below the held one or they do not verify. True when they replaced the held ones.
    Result<bool> acceptSupportContacts(ByteView signedDocument);

    /// The held token issuer keys (docs/protocol.md §11.4), verified again; nullopt when none.
    std::optional<tokens::IssuerKeyDocument> issuerKeys();
    /// Verifies signed issuer keys from the network and keeps them unless their serial is below
    /// the held one. True when they replaced the held ones.
    Result<bool> acceptIssuerKeys(ByteView signedDocument);

private:
    FieldStore& m_store;
};

} // namespace vigil::field
