// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The published tables of the steering report, built from the period's case counts and
// suppressed together (docs/statistics.md, "Tables"). Pure.
//
// "kind × month" and "category × month" both reveal, summed per domain, the domain × month
// counts (every kind and every category belongs to one domain). So suppression works on
// blocks that make those shared figures explicit: domain × month; per domain, its kinds ×
// month and its categories × month, whose column totals are that domain's row of domain ×
// month; unit × month; kind × unit; reporting mode. Blocks are linked by the figures they
// share (linkedtables.h), and the tables readers see are assembled from the blocks.

#include "registry/stats/statsreport.h"

#include <string>
#include <vector>

namespace vigil::registry {

/// The period's case counts projected onto the tables' dimensions (row-major).
struct Projections {
    std::vector<std::string> months;          ///< the columns of the month tables
    std::vector<std::string> units;           ///< unit row ids (roll-up rows)
    std::vector<std::int64_t> kindMonth;      ///< kinds (enum order) × months
    std::vector<std::int64_t> categoryMonth;  ///< categories (enum order) × months
    std::vector<std::int64_t> unitMonth;      ///< units × months
    std::vector<std::int64_t> kindUnit;       ///< kinds × units
    std::vector<std::int64_t> modes;          ///< per reporting mode (enum order)

    /// All zero, shaped for `months` and `units`.
    static Projections zero(std::vector<std::string> months, std::vector<std::string> units);
};

/// The published tables, in order: domain_by_month, kind_by_month, category_by_month,
/// unit_by_month, kind_by_unit, mode. A figure that appears in several is hidden in all or none.
std::vector<StatsTable> buildTables(const Projections& counts, const SuppressionRule& rule);

} // namespace vigil::registry
