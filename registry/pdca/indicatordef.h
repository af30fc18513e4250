// SPDX-License-Identifier: EUPL-1.2
#pragma once

// A safety performance indicator (docs/pdca-plan.md §5): what it counts, how its alert levels
// are set, and the rules that keep it honest — and how indicators whose report sets overlap are
// grouped so that publishing all of them never reveals a hidden month (families).
//
// This slice builds count indicators: reports per month of any kinds × categories × modes × risk
// levels × unit subtree. Ratios, shares and the handling indicators (clocks, measures on time)
// join when they are built; until then a definition cannot ask for them.

#include "alertlevels.h"
#include "cubefilter.h"

#include "shared/enumtable.h"
#include "shared/result.h"

#include <optional>
#include <string>
#include <vector>

namespace vigil::registry {

enum class IndicatorMeasure { Count };

struct IndicatorDef {
    std::string id;  ///< 1…64 of a–z, 0–9 and '-'; never reused, so a figure's name stays its own
    std::string nameNl;
    std::string nameEn;
    IndicatorMeasure measure = IndicatorMeasure::Count;
    CubeFilter filter;
    LevelsPolicy levels;                      ///< baseline 6…36 months; period 1, 3, 6 or 12
    std::vector<AlertRule> rules = defaultAlertRules();
    bool alerts = true;                       ///< false: levels drawn, no alert raised
    int followUpDays = 30;                    ///< an alert not followed up within this is overdue
    /// A target level. Never on a count of reports: a target on reporting discourages reporting
    /// (so for the count indicators of this slice, always none).
    std::optional<double> target;
};

/// Whether `def` is well formed; Invalid naming the field otherwise.
Status validate(const IndicatorDef& def);

/// Indicators whose report sets intersect, published as one table so that no relation between
/// their figures crosses tables: one union and parts inside it that share no report.
struct IndicatorFamily {
    std::size_t whole = 0;            ///< index of the union (for a lone indicator: itself)
    std::vector<std::size_t> parts;   ///< indices of the parts, pairwise disjoint, inside the union
};

/// The families of `defs`. Refused (Invalid, naming both indicators) when two indicators count
/// the same reports, overlap only partly, or when overlapping indicators do not form one union
/// with disjoint parts: each of those would let differences of published months reveal a
/// hidden one, or cannot be laid out as one table.
[[nodiscard]] Result<std::vector<IndicatorFamily>> familiesOf(const std::vector<IndicatorDef>& defs,
                                                              const UnitTree& tree);

} // namespace vigil::registry

namespace vigil {
template <> struct EnumTable<registry::IndicatorMeasure> {
    static constexpr std::array<EnumName<registry::IndicatorMeasure>, 1> names{{
        {registry::IndicatorMeasure::Count, "count"},
    }};
};
} // namespace vigil
