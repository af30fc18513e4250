// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The routing header (DESIGN.md §2): everything the registry learns about a report, and all
// that statistics and routing use. It is sealed to the registry's routing key inside the
// envelope. Location, narrative, names and the filing time are never in it.

#include "envelope.h"
#include "keys.h"
#include "reportenums.h"

#include <optional>
#include <string>
#include <vector>

namespace vigil {

inline constexpr int kRoutingHeaderVersion = 1;
/// The most groups a header names, and the most recipients: every wrap an envelope can carry
/// but the decoys' (the header's sealed size usually binds first, see sealEnvelope).
inline constexpr std::size_t kMaxHeaderGroups = 256;
inline constexpr std::size_t kMaxHeaderRecipients = envelope::kMaxWraps - envelope::kWrapMultiple;
inline constexpr std::size_t kMaxHeaderIdBytes = 64;

/// What a reporter's follow-up says beside its sealed text (issue 16 §2, §3): the only thing
/// the registry learns from it. Only on a follow-up (`thread` set); never identifying.
enum class FollowUpSignal { None, Retaliation, MoreContact, DeclineContact };

struct RoutingHeader {
    ReportId reportId{};
    std::optional<ReportId> thread;        ///< set on a reporter's follow-up: the original report id
    Kind kind = Kind::NearMiss;
    Category category = Category::OtherPhysical;
    std::vector<std::string> groups;       ///< recipient groups the body key was wrapped for
    std::vector<std::string> recipients;   ///< member ids holding a key wrap (exclusions are absent)
    Severity severity = Severity::None;    ///< worst credible outcome
    Likelihood likelihood = Likelihood::None;
    ImpactLevel impact = ImpactLevel::None;
    bool immediateDanger = false;
    std::string unit;                      ///< unit id at the granularity the reporter chose; may be empty
    std::string month;                     ///< "YYYY-MM" of the event
    std::string language;                  ///< "nl" or "en": the language of the narrative
    ReportingMode mode = ReportingMode::Anonymous;
    bool consentCommander = false;
    PublicKey replyKey{};                  ///< X25519 key replies to the reporter are sealed to
    Hash32 contentHash{};                  ///< contentHash() of the envelope (binding)
    std::uint32_t directoryVersion = 0;    ///< directory the device sealed against
    FollowUpSignal signal = FollowUpSignal::None; ///< a follow-up's flag (§2.6 `signal`)
    bool operator==(const RoutingHeader&) const = default;
};

/// Canonical JSON (fixed key order, defaults omitted).
std::string encodeRoutingHeader(const RoutingHeader& header);
/// Strict decoder; rejects other versions, unknown fields and malformed values.
Result<RoutingHeader> decodeRoutingHeader(std::string_view json);

} // namespace vigil

namespace vigil {
template <> struct EnumTable<FollowUpSignal> {
    static constexpr std::array<EnumName<FollowUpSignal>, 4> names{{
        {FollowUpSignal::None, "none"}, {FollowUpSignal::Retaliation, "retaliation"},
        {FollowUpSignal::MoreContact, "more_contact"}, {FollowUpSignal::DeclineContact, "decline_contact"},
    }};
};
} // namespace vigil
