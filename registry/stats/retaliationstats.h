// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Retaliation signals (issue 16 §3, docs/statistics.md "Retaliation"): how many cases'
// reporters said "I am experiencing consequences", per quarter of the signal, by route and by
// unit row. A case counts once per quarter however often its reporter signals. The two tables
// share their quarter totals and are suppressed linked (k and secondary suppression), so a
// figure one hides is not read off the other. The counts (retaliation_counts) outlive the cases:
// retention deletes a case, never what it added here.

#include "registry/stats/statsreport.h"

#include "shared/result.h"
#include "shared/storage/db.h"

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace vigil::registry {

/// One cell of retaliation_counts: no case, no time but the quarter.
struct RetaliationRow {
    std::string quarter;  ///< "YYYY-Qn" of the signal
    std::string domain;   ///< the route: physical, social, integrity
    std::string unit;     ///< the case's unit as stored ("" for none)
    std::int64_t count = 0;
};

/// The retaliation tables over `quarters` (every quarter of the period, in order) from `rows`
/// (rows outside those quarters are ignored), rolled up over `units`, suppressed with `rule`. Pure.
RetaliationReport buildRetaliationReport(std::span<const RetaliationRow> rows, const std::vector<std::string>& quarters,
                                         std::span<const UnitNode> units, const SuppressionRule& rule);

/// Reads retaliation_counts for the quarters from `fromQuarter` to `toQuarter` (either empty:
/// the data's first or last) and builds the report.
Result<RetaliationReport> computeRetaliation(Db db, const std::string& fromQuarter, const std::string& toQuarter,
                                             std::span<const UnitNode> units, const SuppressionRule& rule);

} // namespace vigil::registry
