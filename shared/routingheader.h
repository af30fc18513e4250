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

/// "Would you report again?" (issue 16 §4); None: the reporter skipped the question.
enum class ReportAgain { None, Yes, Unsure, No };

/// The reporter's answers to "how did it go" once their case closed (issue 16 §4, docs/protocol.md
/// §8 "Survey"): each question may be skipped, but not all three. Only on a follow-up; counted by
/// the registry in groups of at least k, never shown per case.
struct SurveyAnswers {
    int heard = 0;                      ///< felt heard, 1 (not at all) … 5 (fully); 0: skipped
    ReportAgain again = ReportAgain::None;
    int fear = 0;                       ///< fear of consequences, 1 (none) … 5 (great); 0: skipped
    bool empty() const { return heard == 0 && again == ReportAgain::None && fear == 0; }
    bool operator==(const SurveyAnswers&) const = default;
};

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
    std::optional<SurveyAnswers> survey;   ///< a follow-up's answers (§2.6 `survey`); never empty
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
template <> struct EnumTable<ReportAgain> {
    static constexpr std::array<EnumName<ReportAgain>, 4> names{{
        {ReportAgain::None, "none"}, {ReportAgain::Yes, "yes"}, {ReportAgain::Unsure, "unsure"}, {ReportAgain::No, "no"},
    }};
};
} // namespace vigil
