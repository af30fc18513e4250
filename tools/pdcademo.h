// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The PDCA demo (`vigil-demo pdca`, docs/pdca.md "Demo"): two seeded years of near misses from
// the four battalions of 13 Bde, with a step in 42-bn's live-fire reports in the second year,
// run through a real registry whose clock the demo moves month by month.
//
// Every report is sealed as a device seals it and handed to the registry's relay-facing
// intake (POST /v1/envelopes, the request a relay's forwarder makes) while the registry's clock
// stands in the report's month, so each case is received in its month. After each month the
// registry's PDCA sweep settles what has settled and raises alerts; two members act over the
// advisor API as people would: on the alert one proposes a measure, the other (measures role)
// approves it, implements it (dated back) and, once the after-window has settled, has the
// registry check its effect. Every figure the demo prints is read back from the registry.
//
// The registry runs in this process, on loopback with a SQLite file in the work folder: the
// demo must own the registry's clock to live through two years in seconds, which a registry
// started as its own process (scripts/demo's) does not allow.

#include "pdcademoseries.h"

#include "shared/result.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace vigil::tools {

/// The two indicators the demo's operator defines: 42-bn's live-fire near misses (the series
/// with the step) and 45-bn's vehicle near misses (a flat series, the control).
inline constexpr const char* kDemoStepIndicator = "nm-lf-42bn";
inline constexpr const char* kDemoFlatIndicator = "nm-veh-45bn";

struct PdcaDemoOptions {
    std::filesystem::path work;  ///< the registry's data folder and log go here (an empty folder)
    std::uint64_t seed = 15;
    /// Receives each line of the story as it happens (without a prefix); may be empty.
    std::function<void(const std::string&)> say;
};

/// A measure as the registry holds it at the end.
struct PdcaMeasureOutcome {
    std::int64_t id = 0;
    std::string indicator;  ///< its primary indicator
    std::string state;
    std::string verdict;    ///< effective, not_effective, inconclusive or none
};

struct PdcaDemoOutcome {
    std::string stepMonth;                  ///< YYYY-MM: the world's step begins here
    std::vector<std::string> stepAlerts;    ///< the month of each alert raised on the step indicator
    std::vector<std::string> flatAlerts;    ///< the same for the flat indicator (none expected)
    std::int64_t alerts = 0;                ///< alert objects at the registry
    std::vector<PdcaMeasureOutcome> measures;
    std::int64_t reports = 0;               ///< reports the registry took in
    std::int64_t effective() const;
    std::int64_t notEffective() const;
    std::int64_t inconclusive() const;
    /// Whether the first alert on the step indicator names the step's month or the month after.
    bool alertInTime() const;
    /// "pdca: alerts A, measures M, effective E, inconclusive I" (issue 15 §6).
    std::string line() const;
};

/// Runs the whole story; an error when a step the story needs is refused or a figure is missing.
Result<PdcaDemoOutcome> runPdcaDemo(const PdcaDemoOptions& options);

} // namespace vigil::tools
