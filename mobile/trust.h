// SPDX-License-Identifier: EUPL-1.2
#pragma once

// What this device trusts: the registry root key and the key holders' set pinned at enrolment
// (docs/protocol.md §3.5; an old enrolment's set is the root key alone), the rotations that
// moved the set on since (§3.6), the relay to talk to, and the last signed directory that
// verified. Nothing is trusted that does not chain to what was pinned; a directory older than
// the one held is refused.

#include "fieldstore.h"

#include "shared/bulletin.h"
#include "shared/directory.h"
#include "shared/supportcontacts.h"
#include "shared/tokens/issuerdoc.h"

#include <optional>
#include <string>
#include <vector>

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
/// The key holders' set of the provisioning payload (JSON); absent for old enrolments.
inline constexpr std::string_view kKeySet = "trust.key_set";
/// The key-set rotations this device followed (GET /v1/keyset's body).
inline constexpr std::string_view kKeySetRotations = "trust.key_set_rotations";
} // namespace setting

class Trust {
public:
    explicit Trust(FieldStore& store) : m_store(store) {}

    bool enrolled();
    /// Decodes and checks a provisioning payload (vigil-admin enroll) and pins its root key.
    /// Refuses to re-enrol a device that is already enrolled (wipe first).
    Status enrol(std::string_view provisioningJson, std::uint64_t now);

    std::optional<PublicKey> rootKey();
    /// Every set from the pinned one through the rotations followed, oldest first; empty when
    /// not enrolled. Its last is the set new directories and bulletins must be signed by.
    std::vector<RootKeySet> keySetHistory();
    /// Follows the rotations of GET /v1/keyset from the pinned set and keeps them; refuses a
    /// chain that does not verify or reaches a set older than the one followed. True when the
    /// set changed.
    Result<bool> acceptKeySetRotations(ByteView chain);
    /// A bulletin as this device trusts it: signed by the current set, or by an earlier one
    /// (a bulletin published before a rotation).
    Result<Bulletin> verifyBulletin(ByteView signedBulletin);
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
    /// Who may sign token issuer keys: the set in force, and the online key the held directory
    /// certifies (docs/protocol.md §3.7).
    DocumentSigners documentSigners();
    /// Verifies signed issuer keys from the network and keeps them unless their serial is below
    /// the held one. True when they replaced the held ones.
    Result<bool> acceptIssuerKeys(ByteView signedDocument);

private:
    FieldStore& m_store;
};

} // namespace vigil::field
