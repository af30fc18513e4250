// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Report model v1 (DESIGN.md §5) as plain value types. Everything here travels only inside
// the sealed body; the registry sees the routing header (routingheader.h), never this.

#include "reportenums.h"

#include <cstdint>
#include <string>
#include <vector>

namespace vigil {

struct When {
    std::string local;                         ///< "YYYY-MM-DD", "YYYY-MM-DDTHH:MM" or "YYYY-MM" by precision
    std::string zone;                          ///< IANA zone name, e.g. "Europe/Amsterdam"
    TimePrecision precision = TimePrecision::Exact;
    PeriodOfDay period = PeriodOfDay::Unknown;
    bool ongoing = false;
    bool operator==(const When&) const = default;
};

struct Where {
    LocationType type = LocationType::Other;
    std::string text;                          ///< free text, never routed
    std::string grid;                          ///< optional grid reference (MGRS), never routed
    bool operator==(const Where&) const = default;
};

/// One involved party or thing, by role — never by name. At least one field is set.
struct Involved {
    std::string role;
    std::string equipment;
    std::string substance;
    std::string unNumber;                      ///< "UN1203"
    std::string adrClass;                      ///< "3", "2.1"
    std::string quantity;
    bool operator==(const Involved&) const = default;
};

struct RiskCell {
    Severity severity = Severity::None;
    Likelihood likelihood = Likelihood::None;
    bool isSet() const { return severity != Severity::None; }
    bool operator==(const RiskCell&) const = default;
};

/// MIL-STD-882E style risk for physical safety: what happened and the worst credible outcome.
struct Risk {
    RiskCell actual;
    RiskCell worst;
    bool isSet() const { return actual.isSet() || worst.isSet(); }
    bool operator==(const Risk&) const = default;
};

/// Social-safety impact.
struct Impact {
    ImpactLevel level = ImpactLevel::None;
    bool ongoing = false;
    bool immediateDanger = false;
    bool isSet() const { return level != ImpactLevel::None || ongoing || immediateDanger; }
    bool operator==(const Impact&) const = default;
};

struct Outcome {
    InjuryLevel injury = InjuryLevel::None;
    DamageLevel damage = DamageLevel::None;
    bool release = false;                      ///< a substance was released
    bool isSet() const { return injury != InjuryLevel::None || damage != DamageLevel::None || release; }
    bool operator==(const Outcome&) const = default;
};

/// What the reporter wishes for; drives routing (commander only with consent) and aftercare.
struct Support {
    bool consentToContact = false;
    bool wantsConfidentialAdvisor = false;
    bool wantsAftercare = false;
    bool wantsSeparation = false;
    bool commanderOnlyWithConsent = false;
    bool consentCommander = false;
    bool operator==(const Support&) const = default;
};

/// Metadata of an attachment; its bytes follow the report inside the sealed body.
struct AttachmentInfo {
    std::string name;
    std::string mime;                          ///< image/jpeg, image/png, application/pdf
    std::uint64_t size = 0;
    bool operator==(const AttachmentInfo&) const = default;
};

struct Report {
    Kind kind = Kind::NearMiss;
    Category category = Category::OtherPhysical;
    std::vector<std::string> tags;             ///< topic tags within the category
    std::string headline;
    std::string narrative;                     ///< what happened
    When when;
    Where where;
    std::vector<Involved> involved;
    Outcome outcome;
    std::vector<std::string> factors;          ///< contributing factors
    std::vector<std::string> immediateActions;
    std::string couldHaveHappened;
    std::string suggestion;
    Risk risk;
    Impact impact;
    ReportingMode mode = ReportingMode::Anonymous;
    std::string identity;                      ///< name/contact; only for confidential and open reports
    Support support;
    RouteHint routeHint = RouteHint::Auto;
    std::vector<AttachmentInfo> attachments;
    bool operator==(const Report&) const = default;
};

/// Field limits of v1, in bytes of UTF-8 (and counts for lists). Shared by encoder checks,
/// decoder checks and the UI's character counters.
namespace limits {
inline constexpr std::size_t headline = 200;
inline constexpr std::size_t narrative = 16 * 1024;
inline constexpr std::size_t shortText = 500;
inline constexpr std::size_t longText = 4 * shortText;   ///< could_have_happened, suggestion
inline constexpr std::size_t localTime = 16;             ///< "YYYY-MM-DDTHH:MM"
inline constexpr std::size_t zone = 64;
inline constexpr std::size_t grid = 32;
inline constexpr std::size_t tag = 64;
inline constexpr std::size_t code = 16;                  ///< involved: un_number, adr_class
inline constexpr std::size_t quantity = 64;
inline constexpr std::size_t listEntries = 32;
inline constexpr std::size_t attachments = 16;
inline constexpr std::size_t attachmentName = 255;
inline constexpr std::size_t attachmentMime = 127;
inline constexpr std::uint64_t attachmentBytes = 32ull * 1024 * 1024;
inline constexpr std::size_t reportJson = 256 * 1024;
} // namespace limits

} // namespace vigil
