// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The attacker's view of a suppressed table: can a hidden entry be pinned to one value?
//
// Every row and column of a published grid (margins included) is a linear relation. Hidden
// entries are the unknowns; an alternative table consistent with everything published differs
// from the true one by a circulation on the bipartite graph whose nodes are the grid's rows and
// columns and whose edges are the hidden entries. So a hidden entry can take another value if
// and only if some cycle through it can be shifted by one (alternately up and down) without
// leaving the bounds the labels imply: 1..k-1 for "<k" (0..k-1 inside a line whose total is
// "<k", where zeros are hidden too), at least k for "x". That is a path search, exact for
// integers (circulations decompose into conformal cycles). Pure.

#include "suppression.h"

#include <optional>

namespace vigil::registry {

/// Whether hidden entry `entry` is a zero everybody can see is zero: a line through it has a
/// published total of 0. Such entries need (and can get) no protection.
bool knownZero(const SuppressedTable& table, std::size_t entry);

/// Whether hidden entry `entry` (an index into table.counts) can be recomputed exactly by an
/// attacker who knows every published entry, every zero and the labels' bounds.
bool isPinned(const SuppressedTable& table, std::size_t entry, const SuppressionRule& rule);

/// Indices of all hidden entries that are pinned; empty when the table is safe.
std::vector<std::size_t> pinnedEntries(const SuppressedTable& table, const SuppressionRule& rule);

/// A published non-zero entry whose hiding (as "x") would unpin `entry`: the smallest such,
/// interior cells before totals; std::nullopt when no single entry does.
std::optional<std::size_t> closingComplement(const SuppressedTable& table, std::size_t entry,
                                             const SuppressionRule& rule);

} // namespace vigil::registry
