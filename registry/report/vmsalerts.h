// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The alerts in the inspectorate's report: each alert raised in the period (`alerts`, schema
// v8, written by the alert desk) with how it was followed up — by a measure, or explained — and
// whether that was in time. Alerts are raised only on months the indicator board published, so
// their value is a published count and their level a published alert level. The explanation's
// text stays out of the report: it says "explained".

#include "vmsinputs.h"

#include "registry/sqlcasestore.h"

#include <boost/json/array.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace vigil::report {

/// The alerts raised in `period` (raised_at within its months, UTC), oldest first.
[[nodiscard]] Result<std::vector<VmsAlert>> alertsRaisedIn(registry::SqlCaseStore& store, const VmsPeriod& period);

/// The report's "alerts": [{id, indicator, month, rule, value, level, state, follow_up, on_time}];
/// follow_up is {"measure": id} and/or {"explained": true}, or null; on_time is null while the
/// follow-up is not yet due at `cutoff`.
boost::json::array alertsJson(const std::vector<VmsAlert>& alerts, std::int64_t cutoff);

} // namespace vigil::report
