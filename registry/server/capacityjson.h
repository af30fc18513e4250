// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The capacity figures (registry/capacity.h) as the advisor API gives them,
// GET /v1/advisor/capacity (docs/advisor-api.md): "vigil-capacity/1" JSON, and the period
// its query names.

#include "registry/capacity.h"

#include <string>
#include <string_view>

namespace vigil::registry {

/// The period [from, to) of the query's months: `from` "YYYY-MM" (first day, 00:00 UTC) to the
/// end of `to`'s month. An empty `to` is now's month; an empty `from` two months before `to`
/// (a quarter). Invalid for a malformed month or a `from` after `to`.
struct CapacityPeriod {
    UnixSeconds from = 0;
    UnixSeconds to = 0;
    std::string fromMonth;
    std::string toMonth;
};
Result<CapacityPeriod> capacityPeriod(std::string_view fromMonth, std::string_view toMonth, UnixSeconds now);

/// The report as "vigil-capacity/1" JSON; shares and ratios are computed here, once, so the
/// console shows what the registry said.
std::string capacityJson(const CapacityReport& report, const CapacityPeriod& period);

} // namespace vigil::registry
