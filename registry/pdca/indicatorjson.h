// SPDX-License-Identifier: EUPL-1.2
#pragma once

// One indicator as published, in JSON — the one writer both the advisor API
// (GET /v1/advisor/indicators) and the inspectorate's report use, so a figure reads the same
// wherever it appears: its measure and terms, months, values (a count, a ratio, share or median,
// null where undefined, "<k" or "x"), the target and the months off it, levels or null ("too few reports
// for alert levels"), and the months a rule fired — with the alert object's id and state where
// the registry raised one for that month (alertstore.h).

#include "alertstore.h"
#include "indicatorboard.h"
#include "indicatordef.h"

#include <boost/json/object.hpp>

#include <span>

namespace vigil::registry {

/// The months `from`…`to` (monthIndex, both included) of `series`, as far as the board has them.
/// A fired month covered by one of `alerts` (its month or one of its later months) names it.
boost::json::object indicatorJson(const IndicatorDef& def, const IndicatorSeries& series, int from, int to,
                                  const SuppressionRule& rule, std::span<const AlertRecord> alerts = {});

} // namespace vigil::registry
