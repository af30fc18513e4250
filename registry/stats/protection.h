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

#include <cstdint>
#include <optional>
#include <vector>

namespace vigil::registry {

/// Whether hidden entry `entry` is a zero everybody can see is zero: a line through it has a
/// published total of 0. Such entries need (and can get) no protection.
bool knownZero(const SuppressedTable& table, std::size_t entry);

/// Whether hidden entry `entry` (an index into table.counts) can be recomputed exactly by an
/// attacker who knows every published entry, every zero and the labels' bounds.
bool isPinned(const SuppressedTable& table, std::size_t entry, const SuppressionRule& rule);

/// Indices of all hidden entries that are pinned, known zeros aside; empty when the table is safe.
std::vector<std::size_t> pinnedEntries(const SuppressedTable& table, const SuppressionRule& rule);

/// A published non-zero entry whose hiding (as "x") would unpin `entry`: the smallest such,
/// interior cells before totals; std::nullopt when no single entry does.
std::optional<std::size_t> closingComplement(const SuppressedTable& table, std::size_t entry,
                                             const SuppressionRule& rule);

/// The same questions asked many times of one table while it is being suppressed: keeps the
/// graph of hidden entries and updates it as entries are hidden. `table` must outlive it.
class PinAudit {
public:
    PinAudit(const SuppressedTable& table, const SuppressionRule& rule);

    /// Records that `entry` of the table is now hidden.
    void noteHidden(std::size_t entry);
    bool isPinned(std::size_t entry);
    /// The hidden entries of a cycle along which `entry` can shift (each of them can shift too,
    /// so none is pinned); empty when `entry` is pinned.
    std::vector<std::size_t> shiftableCycle(std::size_t entry);
    std::optional<std::size_t> closingComplement(std::size_t entry);

private:
    struct Bounds {
        std::int64_t low;
        std::int64_t high;
        bool holds(std::int64_t value) const { return value >= low && value <= high; }
    };
    Bounds boundsOf(std::size_t entry, CellStatus status) const;
    std::size_t rowNode(std::size_t entry) const { return entry / m_table.width(); }
    std::size_t columnNode(std::size_t entry) const { return m_table.rows + 1 + entry % m_table.width(); }
    bool isColumnNode(std::size_t node) const { return node > m_table.rows; }
    int sigma(std::size_t entry) const;
    bool canShift(std::size_t entry, std::size_t from, int turn, Bounds bounds) const;
    int turnFor(std::size_t entry, int direction) const;
    std::size_t other(std::size_t entry, std::size_t node) const;
    std::vector<std::size_t> rectangle(std::size_t entry, int turn) const;
    /// Marks in `seen` the nodes reachable from `start` (or, backward, that reach it) over
    /// shiftable arcs without `skip`; stops early, returning true, once `stopAt` is reached.
    bool reach(std::size_t start, std::size_t skip, int turn, bool backward, std::vector<char>& seen,
               std::size_t stopAt);

    const SuppressedTable& m_table;
    std::int64_t m_k;
    std::vector<std::vector<std::size_t>> m_adjacent;
    std::vector<std::size_t> m_queue;
    std::vector<char> m_seen;
    std::vector<std::size_t> m_via;  ///< per node: the entry the last search reached it by
};

} // namespace vigil::registry
