// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The clocks in the inspectorate's report: for the cases received in the period, per route
// (domain) and clock (acknowledge, first contact, feedback), how many were judged at the
// cut-off and how many of those were met in time, late or missed; and over all routes the share
// acknowledged within 7 days and the median days to feedback.
//
// Read from pdca_clocks, which the registry fills as each clock is met or runs out and which
// retention never touches, so a report made years after its period still has them; the cases
// are read only for the clocks of open cases that have run out at the cut-off (an open case is
// never deleted). Rows of pdca_clocks kept from before schema v16 for a month whose cases were
// no longer all held carry no route: then the routes' clocks are not reported ("complete":
// false) rather than reported from a part; the share and the median do not need the route.
// Figures per route are handling figures: a route's row is withheld when fewer than k cases
// were judged, the share and the median when they are over fewer than k cases.

#include "vmsinputs.h"

#include "registry/sqlcasestore.h"
#include "registry/stats/suppression.h"

#include <boost/json/object.hpp>

#include <optional>

namespace vigil::report {

enum class ClockOutcome { InTime, Late, Missed };

/// How one clock of one case stands at `cutoff`: met by `done` in time or late; missed when it
/// ran out without it (on an open case, or before the case closed); nullopt when it is still
/// running or the case closed before it ran out. The registry applies the same rule as it
/// records each clock in pdca_clocks.
std::optional<ClockOutcome> clockOutcome(std::int64_t due, std::optional<std::int64_t> done,
                                         std::optional<std::int64_t> closedAt, std::int64_t cutoff);

/// The clocks of the cases received in `period`, as they stand at `cutoff`.
[[nodiscard]] Result<VmsClocks> clocksOfPeriod(registry::SqlCaseStore& store, const VmsPeriod& period,
                                               std::int64_t cutoff);

/// The report's "clocks": {"complete", "rows": [{domain, clock, judged, in_time, late, missed,
/// share}], "acknowledged_within_7_days": {received, within, share}, "feedback_median_days":
/// {given, median}}; share is the percentage in time (one decimal), null when withheld.
boost::json::object clocksJson(const VmsClocks& clocks, const registry::SuppressionRule& rule);

} // namespace vigil::report
