// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The steering statistics of DESIGN.md §7 from the registry's database: one pass over the
// `stats_rows` view plus the `units` tree, roll-up of small units, linked small-cell
// suppression, and indicators derived only from what is published (docs/statistics.md).

#include "registry/stats/statsreport.h"
#include "shared/result.h"
#include "shared/storage/db.h"

namespace vigil::registry {

/// Computes the report for `options`' period. Reads `stats_rows` and `units` only; fails on a
/// malformed month in `options` or a row the report model does not know.
Result<StatsReport> computeStatistics(Db db, const StatsOptions& options);

} // namespace vigil::registry
