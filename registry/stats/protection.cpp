// SPDX-License-Identifier: EUPL-1.2
#include "protection.h"

#include <cassert>
#include <deque>
#include <limits>
#include <tuple>

namespace vigil::registry {

namespace {

struct Bounds {
    std::int64_t low;
    std::int64_t high;
    bool holds(std::int64_t value) const { return value >= low && value <= high; }
};

// What the labels tell an attacker: "<k" is below k, and at least 1 unless it sits in a line
// whose total is "<k" (there zeros are hidden too) or is in fact 0 (a zero hidden because a
// linked table hides the same figure); "x" is hidden only because it protects another entry,
// so it is not small: at least k.
Bounds boundsOf(const SuppressedTable& table, std::size_t entry, CellStatus status, std::int64_t k)
{
    if (status != CellStatus::Primary)
        return {k, std::numeric_limits<std::int64_t>::max()};
    const std::size_t r = entry / table.width();
    const std::size_t c = entry % table.width();
    const bool inSmallLine = (c != table.columns && table.statusAt(r, table.columns) == CellStatus::Primary)
                             || (r != table.rows && table.statusAt(table.rows, c) == CellStatus::Primary);
    return {(inSmallLine || table.counts[entry] == 0) ? 0 : 1, k - 1};
}

// Rows are nodes 0..rows, columns rows+1..rows+1+columns; each hidden entry is an edge.
// Scaling each entry by sigma (-1 on a margin row or column, so -1 on a total and +1 on the
// grand total) turns every line into "the edges at this node sum to zero", so a change that
// keeps every line consistent alternates +d, -d around a cycle of hidden entries.
class HiddenGraph {
public:
    HiddenGraph(const SuppressedTable& table, std::int64_t k)
        : m_table(table), m_k(k), m_adjacent(table.rows + table.columns + 2)
    {
        for (std::size_t i = 0; i < table.counts.size(); ++i) {
            if (table.status[i] == CellStatus::Published)
                continue;
            m_adjacent[rowNode(i)].push_back(i);
            m_adjacent[columnNode(i)].push_back(i);
        }
    }

    std::size_t nodeCount() const { return m_adjacent.size(); }
    std::size_t rowNode(std::size_t entry) const { return entry / m_table.width(); }
    std::size_t columnNode(std::size_t entry) const { return m_table.rows + 1 + entry % m_table.width(); }
    bool isColumnNode(std::size_t node) const { return node > m_table.rows; }

    int sigma(std::size_t entry) const
    {
        const bool marginRow = rowNode(entry) == m_table.rows;
        const bool marginColumn = entry % m_table.width() == m_table.columns;
        return (marginRow != marginColumn) ? -1 : 1;
    }

    // The change in count an entry gets when a cycle oriented by `turn` crosses it leaving
    // `from`: edges alternate, and the side of `from` fixes the parity of the position.
    std::int64_t delta(std::size_t entry, std::size_t from, int turn) const
    {
        const int y = isColumnNode(from) ? -turn : turn;
        return sigma(entry) * y;
    }

    bool canShift(std::size_t entry, std::size_t from, int turn, Bounds bounds) const
    {
        return bounds.holds(m_table.counts[entry] + delta(entry, from, turn));
    }

    bool canShift(std::size_t entry, std::size_t from, int turn) const
    {
        return canShift(entry, from, turn, boundsOf(m_table, entry, m_table.status[entry], m_k));
    }

    std::size_t other(std::size_t entry, std::size_t node) const
    {
        return node == rowNode(entry) ? columnNode(entry) : rowNode(entry);
    }

    // Nodes reachable from `start` (forward) or that reach `start` (backward) over shiftable
    // arcs, never using `skip`.
    std::vector<char> reach(std::size_t start, std::size_t skip, int turn, bool backward) const
    {
        std::vector<char> seen(nodeCount(), 0);
        std::deque<std::size_t> queue{start};
        seen[start] = 1;
        while (!queue.empty()) {
            const std::size_t node = queue.front();
            queue.pop_front();
            for (std::size_t entry : m_adjacent[node]) {
                const std::size_t next = other(entry, node);
                if (entry == skip || seen[next])
                    continue;
                if (!canShift(entry, backward ? next : node, turn))
                    continue;
                seen[next] = 1;
                queue.push_back(next);
            }
        }
        return seen;
    }

private:
    const SuppressedTable& m_table;
    std::int64_t m_k;
    std::vector<std::vector<std::size_t>> m_adjacent;
};

// A cycle through `entry` leaves it at its column node and must come back at its row node.
// `turn` is the scaled change on `entry` itself; returns 0 when `entry` cannot move that way.
int turnFor(const HiddenGraph& graph, const SuppressedTable& table, std::size_t entry, int direction,
            std::int64_t k)
{
    if (!boundsOf(table, entry, table.status[entry], k).holds(table.counts[entry] + direction))
        return 0;
    return graph.sigma(entry) * direction;
}

} // namespace

bool knownZero(const SuppressedTable& table, std::size_t entry)
{
    const std::size_t r = entry / table.width();
    const std::size_t c = entry % table.width();
    auto publishedZero = [&](std::size_t tr, std::size_t tc) {
        return !table.hidden(tr, tc) && table.count(tr, tc) == 0;
    };
    return table.counts[entry] == 0 && (publishedZero(r, table.columns) || publishedZero(table.rows, c));
}

bool isPinned(const SuppressedTable& table, std::size_t entry, const SuppressionRule& rule)
{
    assert(table.status[entry] != CellStatus::Published);
    const std::int64_t k = threshold(rule);
    const HiddenGraph graph(table, k);
    for (int direction : {1, -1}) {
        const int turn = turnFor(graph, table, entry, direction, k);
        if (turn == 0)
            continue;
        if (graph.reach(graph.columnNode(entry), entry, turn, false)[graph.rowNode(entry)])
            return false;
    }
    return true;
}

std::vector<std::size_t> pinnedEntries(const SuppressedTable& table, const SuppressionRule& rule)
{
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < table.counts.size(); ++i)
        if (table.status[i] != CellStatus::Published && !knownZero(table, i) && isPinned(table, i, rule))
            out.push_back(i);
    return out;
}

std::optional<std::size_t> closingComplement(const SuppressedTable& table, std::size_t entry,
                                             const SuppressionRule& rule)
{
    const std::int64_t k = threshold(rule);
    const HiddenGraph graph(table, k);
    const Bounds hiddenAsX = boundsOf(table, entry, CellStatus::Secondary, k);
    std::optional<std::size_t> best;
    auto key = [&](std::size_t i) {
        return std::tuple(table.isMargin(i / table.width(), i % table.width()), table.counts[i], i);
    };
    for (int direction : {1, -1}) {
        const int turn = turnFor(graph, table, entry, direction, k);
        if (turn == 0)
            continue;
        // A new edge from the part reachable from the column node to the part that reaches the
        // row node closes a shiftable cycle through `entry`.
        const auto from = graph.reach(graph.columnNode(entry), entry, turn, false);
        const auto to = graph.reach(graph.rowNode(entry), entry, turn, true);
        for (std::size_t i = 0; i < table.counts.size(); ++i) {
            if (table.status[i] != CellStatus::Published || table.counts[i] == 0)
                continue;
            const std::size_t row = graph.rowNode(i);
            const std::size_t column = graph.columnNode(i);
            const bool closes = (from[column] && to[row] && graph.canShift(i, column, turn, hiddenAsX))
                                || (from[row] && to[column] && graph.canShift(i, row, turn, hiddenAsX));
            if (closes && (!best || key(i) < key(*best)))
                best = i;
        }
    }
    return best;
}

} // namespace vigil::registry
