// SPDX-License-Identifier: EUPL-1.2
#include "suppression.h"

#include "protection.h"

#include <algorithm>
#include <cassert>
#include <functional>
#include <optional>
#include <tuple>

namespace vigil::registry {

std::int64_t threshold(const SuppressionRule& rule)
{
    return std::max<std::int64_t>(rule.k, 3);
}

std::string primaryLabel(const SuppressionRule& rule)
{
    return "<" + std::to_string(threshold(rule));
}

SuppressedTable withMargins(const CountTable& table)
{
    assert(table.cells.size() == table.rows * table.columns);
    SuppressedTable out;
    out.rows = table.rows;
    out.columns = table.columns;
    out.counts.assign((table.rows + 1) * (table.columns + 1), 0);
    out.status.assign(out.counts.size(), CellStatus::Published);
    for (std::size_t r = 0; r < table.rows; ++r) {
        for (std::size_t c = 0; c < table.columns; ++c) {
            const std::int64_t v = table.cells[r * table.columns + c];
            assert(v >= 0);
            out.counts[out.index(r, c)] = v;
            out.counts[out.index(r, table.columns)] += v;
            out.counts[out.index(table.rows, c)] += v;
            out.counts[out.index(table.rows, table.columns)] += v;
        }
    }
    return out;
}

std::size_t hiddenInRow(const SuppressedTable& table, std::size_t r)
{
    std::size_t n = 0;
    for (std::size_t c = 0; c <= table.columns; ++c)
        n += table.hidden(r, c) ? 1U : 0U;
    return n;
}

std::size_t hiddenInColumn(const SuppressedTable& table, std::size_t c)
{
    std::size_t n = 0;
    for (std::size_t r = 0; r <= table.rows; ++r)
        n += table.hidden(r, c) ? 1U : 0U;
    return n;
}

namespace {

// One line of the grid: row `at` (0..rows) or column `at` (0..columns); its last entry is
// the line's total.
struct Line {
    bool isRow;
    std::size_t at;
};

class Suppressor {
public:
    Suppressor(SuppressedTable& table, std::int64_t k, std::function<void(std::size_t)> onHide)
        : m_table(table), m_k(k), m_onHide(std::move(onHide)), m_rowHidden(table.rows + 1, 0),
          m_columnHidden(table.columns + 1, 0)
    {
        for (std::size_t r = 0; r <= table.rows; ++r)
            for (std::size_t c = 0; c <= table.columns; ++c)
                if (table.hidden(r, c)) {
                    ++m_rowHidden[r];
                    ++m_columnHidden[c];
                }
    }

    // Hides a published entry as a complement ("x"); its count is ≥ k because every smaller
    // non-zero count is already primary.
    void hide(std::size_t entry)
    {
        assert(m_table.status[entry] == CellStatus::Published && m_table.counts[entry] >= m_k);
        m_table.status[entry] = CellStatus::Secondary;
        ++m_rowHidden[entry / m_table.width()];
        ++m_columnHidden[entry % m_table.width()];
        m_onHide(entry);
    }

    // Repeats the line rule until every line holds: a line that hides anything hides at least
    // two entries, and when its total is published the hidden entries add up to at least k
    // (else, e.g., two hidden cells summing to 2 would both be 1, and any pair below k is
    // itself a small group).
    void enforceLines()
    {
        for (bool changed = true; changed;) {
            changed = false;
            for (std::size_t r = 0; r <= m_table.rows; ++r)
                changed = settle(Line{true, r}) || changed;
            for (std::size_t c = 0; c <= m_table.columns; ++c)
                changed = settle(Line{false, c}) || changed;
        }
    }

    // Hides the smallest published non-zero entry near `entry` (its row, else its column, else
    // anywhere, interior cells first); false when nothing is left to hide.
    bool hideNear(std::size_t entry)
    {
        const std::size_t r = entry / m_table.width();
        const std::size_t c = entry % m_table.width();
        for (const Line line : {Line{true, r}, Line{false, c}}) {
            if (auto pick = smallest(entriesOf(line))) {
                hide(*pick);
                return true;
            }
        }
        std::vector<std::size_t> all(m_table.counts.size());
        for (std::size_t i = 0; i < all.size(); ++i)
            all[i] = i;
        if (auto pick = smallest(all)) {
            hide(*pick);
            return true;
        }
        return false;
    }

private:
    std::vector<std::size_t> entriesOf(Line line) const
    {
        std::vector<std::size_t> out;
        const std::size_t n = line.isRow ? m_table.columns : m_table.rows;
        for (std::size_t i = 0; i <= n; ++i)
            out.push_back(line.isRow ? m_table.index(line.at, i) : m_table.index(i, line.at));
        return out;
    }

    bool violated(Line line) const
    {
        const auto entries = entriesOf(line);
        std::size_t hidden = 0;
        std::int64_t hiddenSum = 0;
        for (std::size_t e : entries) {
            if (m_table.status[e] != CellStatus::Published) {
                ++hidden;
                hiddenSum += m_table.counts[e];
            }
        }
        const bool totalPublished = m_table.status[entries.back()] == CellStatus::Published;
        // A published total of 0 says every entry is 0: there is nothing to protect.
        if (hidden == 0 || (totalPublished && m_table.counts[entries.back()] == 0))
            return false;
        if (hidden < 2)
            return true;
        return totalPublished && hiddenSum < m_k;
    }

    bool settle(Line line)
    {
        bool changed = false;
        while (violated(line)) {
            auto pick = complementIn(line);
            assert(pick.has_value()); // a violated line always has a published non-zero entry
            if (!pick)
                break;
            hide(*pick);
            changed = true;
        }
        return changed;
    }

    // The complement for a line: interior cells before totals, then a cell whose crossing line
    // already hides something (it closes a cycle instead of opening a new line), then the
    // smallest count. Any published non-zero count is ≥ k, so one complement always brings the
    // hidden sum to k.
    std::optional<std::size_t> complementIn(Line line) const
    {
        std::optional<std::size_t> best;
        std::tuple<bool, bool, std::int64_t, std::size_t> bestKey{};
        for (std::size_t e : entriesOf(line)) {
            if (m_table.status[e] != CellStatus::Published || m_table.counts[e] == 0)
                continue;
            const std::size_t r = e / m_table.width();
            const std::size_t c = e % m_table.width();
            const bool crossingHides = line.isRow ? m_columnHidden[c] > 0 : m_rowHidden[r] > 0;
            const auto key = std::tuple(m_table.isMargin(r, c), !crossingHides, m_table.counts[e], e);
            if (!best || key < bestKey) {
                best = e;
                bestKey = key;
            }
        }
        return best;
    }

    std::optional<std::size_t> smallest(const std::vector<std::size_t>& entries) const
    {
        std::optional<std::size_t> best;
        auto key = [&](std::size_t e) {
            return std::tuple(m_table.isMargin(e / m_table.width(), e % m_table.width()), m_table.counts[e], e);
        };
        for (std::size_t e : entries)
            if (m_table.status[e] == CellStatus::Published && m_table.counts[e] > 0 && (!best || key(e) < key(*best)))
                best = e;
        return best;
    }

    SuppressedTable& m_table;
    std::int64_t m_k;
    std::function<void(std::size_t)> m_onHide;
    std::vector<std::size_t> m_rowHidden;
    std::vector<std::size_t> m_columnHidden;
};

// A line whose total is "<k" hides all its entries, zeros included (each is below k). Hiding a
// zero total can make another line small, hence the loop.
void hideSmallLines(SuppressedTable& t)
{
    for (bool changed = true; changed;) {
        changed = false;
        auto hideLine = [&](bool isRow, std::size_t at) {
            const std::size_t n = isRow ? t.columns : t.rows;
            if (t.status[isRow ? t.index(at, n) : t.index(n, at)] != CellStatus::Primary)
                return;
            for (std::size_t i = 0; i < n; ++i) {
                const std::size_t e = isRow ? t.index(at, i) : t.index(i, at);
                if (t.status[e] == CellStatus::Published) {
                    t.status[e] = CellStatus::Primary;
                    changed = true;
                }
            }
        };
        for (std::size_t r = 0; r <= t.rows; ++r)
            hideLine(true, r);
        for (std::size_t c = 0; c <= t.columns; ++c)
            hideLine(false, c);
    }
}

} // namespace

SuppressedTable suppressTable(const CountTable& table, const SuppressionRule& rule, std::span<const std::uint8_t> forced)
{
    const std::int64_t k = threshold(rule);
    SuppressedTable out = withMargins(table);
    assert(forced.empty() || forced.size() == out.counts.size());
    for (std::size_t i = 0; i < out.counts.size(); ++i) {
        const std::int64_t v = out.counts[i];
        const bool isForced = !forced.empty() && forced[i];
        if ((v > 0 && v < k) || (isForced && v < k))
            out.status[i] = CellStatus::Primary;
        else if (isForced)
            out.status[i] = CellStatus::Secondary;
    }
    hideSmallLines(out);

    PinAudit audit(out, rule);
    Suppressor suppressor(out, k, [&](std::size_t e) { audit.noteHidden(e); });
    // An entry found unpinned stays unpinned as more entries are hidden (hiding only adds
    // cycles), so each is audited until it first passes.
    std::vector<char> safe(out.counts.size(), 0);
    for (;;) {
        suppressor.enforceLines();
        std::optional<std::size_t> pinned;
        for (std::size_t i = 0; i < out.counts.size() && !pinned; ++i) {
            if (out.status[i] == CellStatus::Published || safe[i] || knownZero(out, i))
                continue;
            const auto cycle = audit.shiftableCycle(i);
            if (cycle.empty())
                pinned = i;
            for (std::size_t e : cycle)
                safe[e] = 1;
        }
        if (!pinned)
            break;
        if (auto complement = audit.closingComplement(*pinned))
            suppressor.hide(*complement);
        else if (!suppressor.hideNear(*pinned))
            safe[*pinned] = 1; // everything non-zero is hidden: nothing more can be done
    }
    return out;
}

} // namespace vigil::registry
