// SPDX-License-Identifier: EUPL-1.2
#include "protection.h"

#include <cassert>
#include <limits>
#include <tuple>

namespace vigil::registry {

// Rows are nodes 0..rows, columns rows+1..rows+1+columns; each hidden entry is an edge.
// Scaling each entry by sigma (-1 on a margin row or column, so -1 on a total and +1 on the
// grand total) turns every line into "the edges at this node sum to zero", so a change that
// keeps every line consistent alternates +d, -d around a cycle of hidden entries.

PinAudit::PinAudit(const SuppressedTable& table, const SuppressionRule& rule)
    : m_table(table), m_k(threshold(rule)), m_adjacent(table.rows + table.columns + 2),
      m_seen(table.rows + table.columns + 2, 0), m_via(table.rows + table.columns + 2, 0)
{
    for (std::size_t i = 0; i < table.counts.size(); ++i)
        if (table.status[i] != CellStatus::Published)
            noteHidden(i);
}

void PinAudit::noteHidden(std::size_t entry)
{
    m_adjacent[rowNode(entry)].push_back(entry);
    m_adjacent[columnNode(entry)].push_back(entry);
}

// What the labels tell an attacker: "<k" is below k, and at least 1 unless it sits in a line
// whose total is "<k" (there zeros are hidden too) or is in fact 0 (a zero hidden because a
// linked table hides the same figure); "x" is hidden only because it protects another entry,
// so it is not small: at least k.
PinAudit::Bounds PinAudit::boundsOf(std::size_t entry, CellStatus status) const
{
    if (status != CellStatus::Primary)
        return {m_k, std::numeric_limits<std::int64_t>::max()};
    const std::size_t r = entry / m_table.width();
    const std::size_t c = entry % m_table.width();
    const bool inSmallLine = (c != m_table.columns && m_table.statusAt(r, m_table.columns) == CellStatus::Primary)
                             || (r != m_table.rows && m_table.statusAt(m_table.rows, c) == CellStatus::Primary);
    return {(inSmallLine || m_table.counts[entry] == 0) ? 0 : 1, m_k - 1};
}

int PinAudit::sigma(std::size_t entry) const
{
    const bool marginRow = rowNode(entry) == m_table.rows;
    const bool marginColumn = entry % m_table.width() == m_table.columns;
    return (marginRow != marginColumn) ? -1 : 1;
}

// The change an entry gets when a cycle oriented by `turn` crosses it leaving `from`: edges
// alternate, and the side of `from` fixes the parity of the position.
bool PinAudit::canShift(std::size_t entry, std::size_t from, int turn, Bounds bounds) const
{
    const int y = isColumnNode(from) ? -turn : turn;
    return bounds.holds(m_table.counts[entry] + sigma(entry) * y);
}

// A cycle through `entry` leaves it at its column node and comes back at its row node. The
// turn is the scaled change on `entry` itself; 0 when `entry` cannot move in `direction`.
int PinAudit::turnFor(std::size_t entry, int direction) const
{
    if (!boundsOf(entry, m_table.status[entry]).holds(m_table.counts[entry] + direction))
        return 0;
    return sigma(entry) * direction;
}

std::size_t PinAudit::other(std::size_t entry, std::size_t node) const
{
    return node == rowNode(entry) ? columnNode(entry) : rowNode(entry);
}

bool PinAudit::reach(std::size_t start, std::size_t skip, int turn, bool backward, std::vector<char>& seen,
                     std::size_t stopAt)
{
    seen.assign(m_adjacent.size(), 0);
    m_queue.assign(1, start);
    seen[start] = 1;
    for (std::size_t q = 0; q < m_queue.size(); ++q) {
        const std::size_t node = m_queue[q];
        for (std::size_t entry : m_adjacent[node]) {
            const std::size_t next = other(entry, node);
            if (entry == skip || seen[next])
                continue;
            if (!canShift(entry, backward ? next : node, turn, boundsOf(entry, m_table.status[entry])))
                continue;
            m_via[next] = entry;
            if (next == stopAt)
                return true;
            seen[next] = 1;
            m_queue.push_back(next);
        }
    }
    return false;
}

bool PinAudit::isPinned(std::size_t entry)
{
    return shiftableCycle(entry).empty();
}

// Most hidden entries sit in a dense block: try the rectangles through `entry` before a search.
std::vector<std::size_t> PinAudit::rectangle(std::size_t entry, int turn) const
{
    const std::size_t row = rowNode(entry);
    const std::size_t column = columnNode(entry);
    for (std::size_t down : m_adjacent[column]) {  // (r', c): leaves the column node
        if (down == entry || !canShift(down, column, turn, boundsOf(down, m_table.status[down])))
            continue;
        const std::size_t otherRow = rowNode(down);
        for (std::size_t across : m_adjacent[row]) {  // (r, c'): arrives at the row node from c'
            if (across == entry)
                continue;
            const std::size_t corner = otherRow * m_table.width() + across % m_table.width();  // (r', c')
            if (m_table.status[corner] == CellStatus::Published)
                continue;
            if (canShift(corner, otherRow, turn, boundsOf(corner, m_table.status[corner]))
                && canShift(across, columnNode(across), turn, boundsOf(across, m_table.status[across])))
                return {entry, across, corner, down};
        }
    }
    return {};
}

std::vector<std::size_t> PinAudit::shiftableCycle(std::size_t entry)
{
    assert(m_table.status[entry] != CellStatus::Published);
    for (int direction : {1, -1}) {
        const int turn = turnFor(entry, direction);
        if (turn == 0)
            continue;
        if (auto cycle = rectangle(entry, turn); !cycle.empty())
            return cycle;
        if (!reach(columnNode(entry), entry, turn, false, m_seen, rowNode(entry)))
            continue;
        std::vector<std::size_t> cycle{entry};
        for (std::size_t node = rowNode(entry); node != columnNode(entry); node = other(m_via[node], node))
            cycle.push_back(m_via[node]);
        return cycle;
    }
    return {};
}

std::optional<std::size_t> PinAudit::closingComplement(std::size_t entry)
{
    const Bounds hiddenAsX = boundsOf(entry, CellStatus::Secondary);
    constexpr std::size_t none = std::numeric_limits<std::size_t>::max();
    std::optional<std::size_t> best;
    auto key = [&](std::size_t i) {
        return std::tuple(m_table.isMargin(i / m_table.width(), i % m_table.width()), m_table.counts[i], i);
    };
    std::vector<char> from, to;
    for (int direction : {1, -1}) {
        const int turn = turnFor(entry, direction);
        if (turn == 0)
            continue;
        // A new edge from the part reachable from the column node to the part that reaches the
        // row node closes a shiftable cycle through `entry`.
        reach(columnNode(entry), entry, turn, false, from, none);
        reach(rowNode(entry), entry, turn, true, to, none);
        for (std::size_t i = 0; i < m_table.counts.size(); ++i) {
            if (m_table.status[i] != CellStatus::Published || m_table.counts[i] == 0)
                continue;
            const std::size_t row = rowNode(i);
            const std::size_t column = columnNode(i);
            const bool closes = (from[column] && to[row] && canShift(i, column, turn, hiddenAsX))
                                || (from[row] && to[column] && canShift(i, row, turn, hiddenAsX));
            if (closes && (!best || key(i) < key(*best)))
                best = i;
        }
    }
    return best;
}

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
    return PinAudit(table, rule).isPinned(entry);
}

std::vector<std::size_t> pinnedEntries(const SuppressedTable& table, const SuppressionRule& rule)
{
    PinAudit audit(table, rule);
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < table.counts.size(); ++i)
        if (table.status[i] != CellStatus::Published && !knownZero(table, i) && audit.isPinned(i))
            out.push_back(i);
    return out;
}

std::optional<std::size_t> closingComplement(const SuppressedTable& table, std::size_t entry,
                                             const SuppressionRule& rule)
{
    return PinAudit(table, rule).closingComplement(entry);
}

} // namespace vigil::registry
