// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The risk register's JSON shapes in the advisor API (docs/advisor-api.md, "Risks").

#include "registry/pdca/pdcaclocks.h"
#include "registry/pdca/riskstore.h"
#include "registry/stats/statsreport.h"

#include <boost/json/object.hpp>

namespace vigil::registry {

/// A risk as its caller may see it (RiskDesk::findFor cut its cases and measures), with its
/// review clock at the time of the answer and its next states.
boost::json::object riskToJson(const RiskRecord& r, std::optional<ClockStatus> review);

/// The heat maps of a risk list: {"k", "labels", "initial", "residual"}, each map in the table
/// shape of the statistics, hidden entries as their labels.
boost::json::object heatMapsToJson(const StatsTable& initial, const StatsTable& residual, std::int64_t k);

} // namespace vigil::registry
