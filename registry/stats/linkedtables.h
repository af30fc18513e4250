// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Suppression across tables published together. Tables that share a figure (the month totals
// of "kind × month" and "unit × month", a unit's total in "unit × month" and "kind × unit")
// must hide it alike: a total one table hides to protect its cells is otherwise read off the
// other. Pure.

#include "suppression.h"

#include <span>
#include <string>
#include <vector>

namespace vigil::registry {

/// A table and the global name of each entry of its grid (margins included, row-major over
/// (rows+1) × (columns+1)); equal names in different tables denote the same figure. An empty
/// name is a figure no other table shows.
struct LinkedTable {
    CountTable table;
    std::vector<std::string> keys;
};

/// Suppresses every table (suppressTable) so that a figure hidden in one table is hidden in
/// every table that shows it, repeating until no table hides anything new.
std::vector<SuppressedTable> suppressLinked(std::span<const LinkedTable> tables, const SuppressionRule& rule);

} // namespace vigil::registry
