// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The signed directory (docs/protocol.md §3): who may receive reports, which relays may sign
// receipts, how reports are routed. Devices seal against the last directory they verified.

#include "keys.h"
#include "rootkeyset.h"
#include "reportenums.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vigil {

inline constexpr int kDirectoryFormat = 1;

enum class GroupKind { SafetyOfficer, ConfidentialAdvisor, IntegrityDesk, Inspectorate, Commander };
template <> struct EnumTable<GroupKind> {
    static constexpr std::array<EnumName<GroupKind>, 5> names{{
        {GroupKind::SafetyOfficer, "safety_officer"}, {GroupKind::ConfidentialAdvisor, "confidential_advisor"},
        {GroupKind::IntegrityDesk, "integrity_desk"}, {GroupKind::Inspectorate, "inspectorate"},
        {GroupKind::Commander, "commander"},
    }};
};

struct Member {
    std::string id;
    std::string name;              ///< shown to reporters, who may exclude a member
    PublicKey boxKey{};            ///< X25519: the body key is wrapped to it
    PublicKey signKey{};           ///< Ed25519: the advisor signs in with it
    bool operator==(const Member&) const = default;
};

struct Group {
    std::string id;
    GroupKind kind = GroupKind::SafetyOfficer;
    std::string unit;              ///< empty: organisation-wide
    std::string nameNl;
    std::string nameEn;
    std::vector<Member> members;
    bool operator==(const Group&) const = default;
};

struct Unit {
    std::string id;
    std::string name;              ///< English, and the name in any other language without its own
    std::string parent;            ///< empty for the top of the tree
    std::string nameNl = {};       ///< Dutch; empty: `name` serves Dutch readers too
    bool operator==(const Unit&) const = default;

    /// The name a reader of `language` ("nl", "en") sees.
    const std::string& nameIn(std::string_view language) const
    {
        return language == "nl" && !nameNl.empty() ? nameNl : name;
    }
};

struct RelayInfo {
    std::string id;
    PublicKey receiptKey{};
    bool operator==(const RelayInfo&) const = default;
};

/// A routing rule: reports of `domain` at or above the thresholds go to the group of kind
/// `target` nearest to the report's unit. `consentRequired` rules apply only when the
/// reporter consented (the commander rule for social safety).
struct RouteRule {
    Domain domain = Domain::Physical;
    Severity minSeverity = Severity::None;   ///< None: any; II: severity I or II
    ImpactLevel minImpact = ImpactLevel::None;
    GroupKind target = GroupKind::SafetyOfficer;
    bool consentRequired = false;
    bool operator==(const RouteRule&) const = default;
};

struct Directory {
    std::uint32_t version = 0;     ///< increases with every publication; devices refuse a rollback
    std::uint64_t issued = 0;      ///< unix seconds
    std::uint64_t expires = 0;     ///< unix seconds; devices stop trusting it after this
    PublicKey routingKey{};        ///< registry X25519 key the routing header is sealed to
    /// The registry's online Ed25519 key (docs/protocol.md §3.7), certified by whoever signs the
    /// directory (the key holders): it signs what must be signed online and often — token issuer
    /// keys, the inspectorate's report. Absent before `keyset init`, and then not written.
    std::optional<PublicKey> onlineKey;
    std::vector<RelayInfo> relays; ///< nodes (relays and the registry) whose receipts count
    std::vector<Unit> units;
    std::vector<Group> groups;
    std::vector<RouteRule> routes;
    bool operator==(const Directory&) const = default;

    const Group* group(std::string_view id) const;
    const Unit* unit(std::string_view id) const;
    std::vector<PublicKey> receiptKeys() const;
};

std::string encodeDirectory(const Directory& directory);
Result<Directory> decodeDirectory(std::string_view json);

/// Signs the directory with the registry root key.
Bytes signDirectory(const Directory& directory, const SigningKeyPair& rootKey);

/// Verifies a signed directory against the pinned root key and checks that it has not
/// expired at `now` and is not older than `minVersion` (rollback protection).
Result<Directory> verifyDirectory(ByteView signedDirectory, const RootKeySet& rootKey, std::uint64_t now,
                                  std::uint32_t minVersion = 0);

} // namespace vigil
