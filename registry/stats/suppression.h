// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Small-cell suppression of a two-way table of counts with its margins (DESIGN.md §7,
// docs/statistics.md). Pure: no I/O, no clock.
//
// A table is published with its row totals, column totals and grand total. Seen together,
// that is a (rows+1) × (columns+1) grid whose every row and every column is one linear
// relation (the cells add up to the total), so margins are suppressed by the same rules as
// cells:
// - primary: every entry with 0 < count < k is hidden and shown as "<k";
// - zeros are published and never used to protect another entry, except inside a small line
//   (one whose total is "<k"): there every entry is hidden, zeros too, because zeros would
//   tell which few columns its cases fall in, and with the labels' bounds could pin them
//   ("0 <5 <5 <5 <5 | <5" says four ones);
// - secondary: every row and column of the grid that hides an entry hides at least two, and
//   when its total is published the hidden entries add up to at least k; beyond that no hidden
//   entry may be pinned to one value by an attacker who knows every published entry and what
//   the labels imply (a "<k" entry is below k, an "x" entry at least k) — protection.h.
//   Complements are the smallest published cells, interior cells before totals.

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace vigil::registry {

/// How one entry of a published table is shown.
enum class CellStatus : std::uint8_t {
    Published,  ///< the count itself
    Primary,    ///< count < k (0 only inside a small line): shown as "<k"
    Secondary,  ///< hidden to protect another entry (its count is ≥ k): shown as "x"
};

/// The threshold: counts 1..k-1 are small. k below 3 is raised to 3 (with k = 2, "<2" would
/// say "exactly 1").
struct SuppressionRule {
    std::int64_t k = 5;
};

/// The effective threshold of `rule` (at least 3).
std::int64_t threshold(const SuppressionRule& rule);
/// The label of a primary-suppressed entry: "<5" for k = 5.
std::string primaryLabel(const SuppressionRule& rule);
/// The label of a secondary-suppressed entry.
inline constexpr std::string_view kSecondaryLabel = "x";

/// Counts of a two-way table, row-major, without margins; every count ≥ 0.
struct CountTable {
    std::size_t rows = 0;
    std::size_t columns = 0;
    std::vector<std::int64_t> cells;
};

/// A table as published: (rows+1) × (columns+1) entries, row `rows` holding the column totals,
/// column `columns` the row totals and the corner the grand total.
struct SuppressedTable {
    std::size_t rows = 0;
    std::size_t columns = 0;
    std::vector<std::int64_t> counts;
    std::vector<CellStatus> status;

    std::size_t width() const { return columns + 1; }
    std::size_t index(std::size_t r, std::size_t c) const { return r * width() + c; }
    std::int64_t count(std::size_t r, std::size_t c) const { return counts[index(r, c)]; }
    CellStatus statusAt(std::size_t r, std::size_t c) const { return status[index(r, c)]; }
    bool hidden(std::size_t r, std::size_t c) const { return statusAt(r, c) != CellStatus::Published; }
    /// Whether (r, c) is a margin (a total), not an interior cell.
    bool isMargin(std::size_t r, std::size_t c) const { return r == rows || c == columns; }
};

/// `table` with its margins, nothing hidden yet.
SuppressedTable withMargins(const CountTable& table);

/// `table` with primary and secondary suppression applied. `forced` is empty or has one flag
/// per entry of the grid (margins included): entries a linked table hides, hidden here too
/// (as "<k" when below k, zeros included, else as "x").
SuppressedTable suppressTable(const CountTable& table, const SuppressionRule& rule,
                              std::span<const std::uint8_t> forced = {});

/// The number of hidden entries in row `r` (r ≤ rows) and in column `c` (c ≤ columns).
std::size_t hiddenInRow(const SuppressedTable& table, std::size_t r);
std::size_t hiddenInColumn(const SuppressedTable& table, std::size_t c);

} // namespace vigil::registry
