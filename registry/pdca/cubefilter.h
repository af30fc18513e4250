// SPDX-License-Identifier: EUPL-1.2
#pragma once

// What an indicator counts (docs/pdca.md, "Indicators"): a filter over the indicator cube
// (registry/indicatorcube.h) — and how two filters' report sets relate, which decides how their
// series may be published together.
// Pure: the caller brings the cube rows and the unit tree.

#include "authority.h"

#include "registry/indicatorcube.h"

#include "shared/result.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace vigil::registry {

/// A set of reports: a unit subtree ('' = all) and, per dimension, the names counted (empty =
/// all). Sorted and without repeats, so equal filters are equal values and have equal text.
struct CubeFilter {
    std::string unit;
    std::vector<std::string> kinds;
    std::vector<std::string> categories;
    std::vector<std::string> modes;
    std::vector<std::string> levels;
    bool operator==(const CubeFilter&) const = default;
};

/// A filter from its parts: every name must be a known kind, category, mode or level (Invalid,
/// naming it, otherwise); lists are sorted and repeats dropped. Whether the unit exists is the
/// caller's to check (it has the units).
[[nodiscard]] Result<CubeFilter> makeFilter(std::string unit, std::vector<std::string> kinds,
                                            std::vector<std::string> categories, std::vector<std::string> modes,
                                            std::vector<std::string> levels);

/// The canonical text stored with an indicator: keys in this order, lists sorted,
/// {"unit":"13-bde","kinds":["near_miss"],"categories":[],"modes":[],"levels":["high"]}.
std::string canonicalJson(const CubeFilter& filter);
/// Reads canonicalJson's form back (every key required, nothing else); Invalid otherwise.
[[nodiscard]] Result<CubeFilter> parseFilter(std::string_view json);

/// Whether `row` is counted by `filter`.
bool matches(const CubeFilter& filter, const CubeRow& row, const UnitTree& tree);

/// How the report set of one filter relates to another's.
enum class Overlap {
    Disjoint,  ///< no report in both
    Same,      ///< the same reports
    Contains,  ///< the first holds every report of the second, and more
    Within,    ///< the second holds every report of the first, and more
    Partial,   ///< some reports in both, and each has reports the other lacks
};
Overlap overlapOf(const CubeFilter& a, const CubeFilter& b, const UnitTree& tree);

/// Calendar months as consecutive integers (year·12 + month − 1), so windows are arithmetic.
std::optional<int> monthIndex(std::string_view yyyyMm);
std::string monthText(int index);

} // namespace vigil::registry
