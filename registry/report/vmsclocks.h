// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The clocks met per route in the inspectorate's report: for the cases received in the period,
// per route (domain) and clock (acknowledge, first contact, feedback), how many were judged at
// the cut-off and how many of those were met in time, late or missed.
//
// Read from the cases the registry still holds: a case is deleted a year after it closes
// (retention), and the statistics' archive keeps closed clocks without their route. Whether
// every case received in the period is still held is checked against the intake cube
// (`pdca_counts`, which retention never touches); when some are gone the clocks are not
// reported ("complete": false) rather than reported from a part. Figures per route are
// handling figures: a route's row is withheld when fewer than k cases were judged.

#include "vmsinputs.h"

#include "registry/sqlitecasestore.h"
#include "registry/stats/suppression.h"

#include <boost/json/object.hpp>

#include <optional>

namespace vigil::report {

enum class ClockOutcome { InTime, Late, Missed };

/// How one clock of one case stands at `cutoff`: met by `done` in time or late; missed when it
/// ran out without it (on an open case, or before the case closed); nullopt when it is still
/// running or the case closed before it ran out.
std::optional<ClockOutcome> clockOutcome(std::int64_t due, std::optional<std::int64_t> done,
                                         std::optional<std::int64_t> closedAt, std::int64_t cutoff);

/// The clocks of the cases received in `period`, as they stand at `cutoff`.
[[nodiscard]] Result<VmsClocks> clocksOfPeriod(registry::SqliteCaseStore& store, const VmsPeriod& period,
                                               std::int64_t cutoff);

/// The report's "clocks": {"complete", "rows": [{domain, clock, judged, in_time, late, missed,
/// share}]}; share is the percentage in time (one decimal), null when withheld.
boost::json::object clocksJson(const VmsClocks& clocks, const registry::SuppressionRule& rule);

} // namespace vigil::report
