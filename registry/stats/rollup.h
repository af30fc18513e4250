// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Roll-up through the unit tree (DESIGN.md §7 "small units roll up one echelon"). Pure.
//
// Every case is counted in exactly one published unit row, so rows never overlap and never
// allow differencing (a parent's inclusive total minus its children's would expose the
// parent's own small count). A unit whose count — its own cases plus those of subunits that
// rolled into it — is below k is not shown: its count moves one echelon up into its parent,
// which is then judged the same way. Top-level units that stay below k roll into a synthetic
// "(other units)" row; cases with no unit or a unit the tree does not know count under
// "(unspecified)", which is treated as a top-level unit.

#include <cstdint>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace vigil::registry {

/// One unit of the organisation tree (the `units` table); `parent` is empty at the top.
struct UnitNode {
    std::string id;
    std::string name;
    std::string parent;
    std::string nameNl = {};  ///< empty: `name` serves Dutch readers too
};

/// Row ids of the synthetic rows.
inline constexpr std::string_view kUnspecifiedUnit = "";
inline constexpr std::string_view kOtherUnits = "*";

/// One published unit row: the unit and every unit (shown or not) whose cases it counts.
struct RollupRow {
    std::string id;
    std::string name;
    std::vector<std::string> includes;  ///< rolled-up subunits (all of them, zero counts too), sorted
    std::int64_t count = 0;             ///< own cases + those of `includes`
    std::string nameNl = {};            ///< Dutch name; empty: `name` serves both languages
};

/// The published unit rows and where each unit's cases are counted.
struct Rollup {
    std::vector<RollupRow> rows;  ///< tree order (parents before children), "(other units)" last

    /// The index of the row that counts cases of `unit` (any string: unknown ones go to
    /// "(unspecified)"'s row). Only valid when rows is not empty.
    std::size_t rowFor(std::string_view unit) const;

    std::unordered_map<std::string, std::size_t> rowOf;  ///< every known unit id and "" → row
};

/// Rolls `counts` (cases per unit id as stored, "" for none) up `units` with threshold `k`.
/// Units form a forest; a parent that does not exist or a cycle makes a unit top-level.
Rollup rollUp(std::span<const UnitNode> units, const std::map<std::string, std::int64_t>& counts, std::int64_t k);

} // namespace vigil::registry
