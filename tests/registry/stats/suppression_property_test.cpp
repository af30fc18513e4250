// SPDX-License-Identifier: EUPL-1.2
#include "registry/stats/suppression.h"

#include "registry/stats/linkedtables.h"
#include "spanchecker.h"

#include <catch2/catch.hpp>

#include <array>
#include <functional>
#include <optional>
#include <random>

// Property tests on random tables. Every check here is independent of the library's own
// audit (protection.cpp): the attacker is modelled by plain linear algebra, and the bounds
// the labels imply by exhaustive search over cycle combinations.

using namespace vigil::registry;
using vigil::test::SpanChecker;

namespace {

std::int64_t pick(std::mt19937& rng, std::int64_t low, std::int64_t high)
{
    return std::uniform_int_distribution<std::int64_t>(low, high)(rng);
}

// A line whose total is "<k": all its entries are hidden, zeros too.
bool inSmallLine(const SuppressedTable& t, std::size_t e)
{
    const std::size_t r = e / t.width(), c = e % t.width();
    return (c != t.columns && t.statusAt(r, t.columns) == CellStatus::Primary)
           || (r != t.rows && t.statusAt(t.rows, c) == CellStatus::Primary);
}

// A hidden zero that a published zero total gives away (and nothing can protect).
bool knownZero(const SuppressedTable& t, std::size_t e)
{
    const std::size_t r = e / t.width(), c = e % t.width();
    return t.counts[e] == 0
           && ((!t.hidden(r, t.columns) && t.count(r, t.columns) == 0) || (!t.hidden(t.rows, c) && t.count(t.rows, c) == 0));
}

// Cells drawn from one of several shapes: mostly large, sparse and small, all small, or
// Poisson with a small or large mean.
std::int64_t randomCell(std::mt19937& rng, int shape, std::int64_t k)
{
    const std::int64_t roll = pick(rng, 0, 99);
    switch (shape) {
    case 0: return roll < 5 ? 0 : roll < 15 ? pick(rng, 1, k - 1) : pick(rng, k, 200);
    case 1: return roll < 50 ? 0 : roll < 80 ? pick(rng, 1, k - 1) : pick(rng, k, k + 30);
    case 2: return roll < 20 ? 0 : pick(rng, 1, k - 1);
    case 3: return std::poisson_distribution<std::int64_t>(1.5)(rng);
    default: return std::poisson_distribution<std::int64_t>(static_cast<double>(k))(rng);
    }
}

CountTable randomTable(std::mt19937& rng, std::int64_t k)
{
    CountTable t;
    t.rows = static_cast<std::size_t>(pick(rng, 1, 8));
    t.columns = static_cast<std::size_t>(pick(rng, 1, 12));
    const int shape = static_cast<int>(pick(rng, 0, 4));
    for (std::size_t i = 0; i < t.rows * t.columns; ++i)
        t.cells.push_back(randomCell(rng, shape, k));
    return t;
}

// Each line of the grid as an equation over its entries: the cells minus the total is zero.
std::vector<std::vector<std::int64_t>> lineEquations(const SuppressedTable& t)
{
    std::vector<std::vector<std::int64_t>> out;
    for (std::size_t r = 0; r <= t.rows; ++r) {
        std::vector<std::int64_t> row(t.counts.size(), 0);
        for (std::size_t c = 0; c <= t.columns; ++c)
            row[t.index(r, c)] = c == t.columns ? -1 : 1;
        out.push_back(std::move(row));
    }
    for (std::size_t c = 0; c <= t.columns; ++c) {
        std::vector<std::int64_t> column(t.counts.size(), 0);
        for (std::size_t r = 0; r <= t.rows; ++r)
            column[t.index(r, c)] = r == t.rows ? -1 : 1;
        out.push_back(std::move(column));
    }
    return out;
}

// Hidden entries an attacker computes exactly from the published entries and the lines.
std::vector<std::size_t> linearlyRecoverable(const SuppressedTable& t)
{
    SpanChecker attacker(t.counts.size());
    for (auto& equation : lineEquations(t))
        attacker.add(std::move(equation));
    for (std::size_t i = 0; i < t.counts.size(); ++i)
        if (t.status[i] == CellStatus::Published)
            attacker.addKnown(i);
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < t.counts.size(); ++i)
        if (t.status[i] != CellStatus::Published && !knownZero(t, i) && attacker.knows(i))
            out.push_back(i);
    return out;
}

struct HiddenCycles {
    std::vector<std::size_t> hidden;
    std::vector<std::vector<std::int64_t>> cycles;  ///< change in count per entry, one per non-tree edge
};

// A spanning forest of the graph of hidden entries (rows and columns as nodes) and the
// fundamental cycle of every edge outside it, as a change in counts: +1/-1 alternately around
// the cycle, with the sign flipped on totals (a total moves with its cells).
HiddenCycles fundamentalCycles(const SuppressedTable& t)
{
    const std::size_t nodes = t.rows + t.columns + 2;
    auto rowOf = [&](std::size_t e) { return e / t.width(); };
    auto columnOf = [&](std::size_t e) { return t.rows + 1 + e % t.width(); };
    auto otherEnd = [&](std::size_t e, std::size_t n) { return rowOf(e) == n ? columnOf(e) : rowOf(e); };
    auto sigma = [&](std::size_t e) { return (e / t.width() == t.rows) != (e % t.width() == t.columns) ? -1 : 1; };
    HiddenCycles out;
    std::vector<std::vector<std::size_t>> adjacent(nodes);
    for (std::size_t e = 0; e < t.counts.size(); ++e)
        if (t.status[e] != CellStatus::Published) {
            out.hidden.push_back(e);
            adjacent[rowOf(e)].push_back(e);
            adjacent[columnOf(e)].push_back(e);
        }
    constexpr std::size_t none = static_cast<std::size_t>(-1);
    std::vector<std::size_t> parentEdge(nodes, none), depth(nodes, 0);
    std::vector<char> seen(nodes, 0), treeEdge(t.counts.size(), 0);
    for (std::size_t root = 0; root < nodes; ++root) {
        if (seen[root])
            continue;
        seen[root] = 1;
        std::vector<std::size_t> queue{root};
        for (std::size_t q = 0; q < queue.size(); ++q)
            for (std::size_t e : adjacent[queue[q]])
                if (const std::size_t m = otherEnd(e, queue[q]); !seen[m]) {
                    seen[m] = 1;
                    parentEdge[m] = e;
                    depth[m] = depth[queue[q]] + 1;
                    treeEdge[e] = 1;
                    queue.push_back(m);
                }
    }
    for (std::size_t f : out.hidden) {
        if (treeEdge[f])
            continue;
        // The tree path from f's column node up and over to its row node.
        std::vector<std::size_t> fromV, fromU;
        std::size_t v = columnOf(f), u = rowOf(f);
        auto climb = [&](std::size_t& n, std::vector<std::size_t>& path) {
            path.push_back(parentEdge[n]);
            n = otherEnd(parentEdge[n], n);
        };
        while (depth[v] > depth[u])
            climb(v, fromV);
        while (depth[u] > depth[v])
            climb(u, fromU);
        while (u != v) {
            climb(v, fromV);
            climb(u, fromU);
        }
        fromV.insert(fromV.end(), fromU.rbegin(), fromU.rend());
        std::vector<std::int64_t> cycle(t.counts.size(), 0);
        cycle[f] = sigma(f);
        int y = -1;
        for (std::size_t e : fromV) {
            cycle[e] = sigma(e) * y;
            y = -y;
        }
        out.cycles.push_back(std::move(cycle));
    }
    return out;
}

// With the labels' bounds ("<k" is 1..k-1, or 0..k-1 in a small line; "x" is ≥ k): every
// hidden entry must take another value in some table consistent with everything published.
// Alternatives differ by integer circulations on the graph of hidden entries, and a unit move
// along one simple cycle is a {-1, 0, 1} combination of fundamental cycles, so enumerating
// those decides it exactly. Returns std::nullopt when there are too many cycles to enumerate.
std::optional<std::vector<std::size_t>> pinnedByBounds(const SuppressedTable& t, std::int64_t k)
{
    const HiddenCycles graph = fundamentalCycles(t);
    if (graph.cycles.size() > 8)
        return std::nullopt;
    std::vector<char> movable(t.counts.size(), 0);
    std::vector<std::int64_t> delta(t.counts.size(), 0);
    auto feasible = [&] {
        for (std::size_t e : graph.hidden) {
            const std::int64_t v = t.counts[e] + delta[e];
            const std::int64_t low = (inSmallLine(t, e) || t.counts[e] == 0) ? 0 : 1;
            if (t.status[e] == CellStatus::Primary ? (v < low || v > k - 1) : v < k)
                return false;
        }
        return true;
    };
    std::function<void(std::size_t)> walk = [&](std::size_t i) {
        if (i == graph.cycles.size()) {
            if (feasible())
                for (std::size_t e : graph.hidden)
                    movable[e] = movable[e] || delta[e] != 0;
            return;
        }
        for (int s : {0, 1, -1}) {
            for (std::size_t e : graph.hidden)
                delta[e] += s * graph.cycles[i][e];
            walk(i + 1);
            for (std::size_t e : graph.hidden)
                delta[e] -= s * graph.cycles[i][e];
        }
    };
    walk(0);
    std::vector<std::size_t> out;
    for (std::size_t e : graph.hidden)
        if (!movable[e] && !knownZero(t, e))
            out.push_back(e);
    return out;
}

// "3 <x> [7] ..." row by row: counts, hidden ones in <> (primary) or [] (secondary).
std::string describe(const SuppressedTable& t)
{
    std::string out;
    for (std::size_t r = 0; r <= t.rows; ++r) {
        for (std::size_t c = 0; c <= t.columns; ++c) {
            const std::string v = std::to_string(t.count(r, c));
            switch (t.statusAt(r, c)) {
            case CellStatus::Published: out += v; break;
            case CellStatus::Primary: out += "<" + v + ">"; break;
            case CellStatus::Secondary: out += "[" + v + "]"; break;
            }
            out += c == t.columns ? " | " : " ";
        }
    }
    return out;
}

struct Tally {
    int tables = 0;
    int withHidden = 0;
    int enumerated = 0;
};

void checkTable(const CountTable& input, const SuppressedTable& t, std::int64_t k,
                std::span<const std::uint8_t> forced, Tally& tally)
{
    ++tally.tables;
    bool anyHidden = false;
    for (std::size_t i = 0; i < t.counts.size(); ++i) {
        const std::int64_t v = t.counts[i];
        const CellStatus s = t.status[i];
        INFO("entry " << i << " count " << v);
        // Small counts are primary, and primary ones are small; nothing published is below k but
        // 0, and a zero is hidden only inside a small line or when a linked table hides it.
        const bool isForced = !forced.empty() && forced[i];
        if (v > 0 && v < k)
            CHECK(s == CellStatus::Primary);
        if (s == CellStatus::Primary)
            CHECK(v < k);
        if (s == CellStatus::Published)
            CHECK((v == 0 || v >= k));
        if (s == CellStatus::Secondary)
            CHECK(v >= k);
        if (v == 0 && s != CellStatus::Published)
            CHECK((inSmallLine(t, i) || isForced));
        if (v == 0 && inSmallLine(t, i))
            CHECK(s != CellStatus::Published);
        if (isForced)
            CHECK(s != CellStatus::Published);
        anyHidden = anyHidden || s != CellStatus::Published;
    }
    tally.withHidden += anyHidden ? 1 : 0;
    // Every line (row or column, totals included) that hides an entry hides two or more; when
    // its total is published, what it hides adds up to at least k.
    for (const auto& equation : lineEquations(t)) {
        std::size_t hidden = 0;
        std::int64_t sum = 0;
        bool totalHidden = false;
        bool zeroTotal = false;
        for (std::size_t i = 0; i < equation.size(); ++i) {
            if (equation[i] < 0 && t.status[i] == CellStatus::Published && t.counts[i] == 0)
                zeroTotal = true;
            if (equation[i] == 0 || t.status[i] == CellStatus::Published)
                continue;
            ++hidden;
            sum += t.counts[i];
            totalHidden = totalHidden || equation[i] < 0;
        }
        if (zeroTotal)
            continue; // all zeros, and everybody can see it
        CHECK(hidden != 1);
        if (hidden > 0 && !totalHidden)
            CHECK(sum >= k);
    }
    INFO("table " << input.rows << "x" << input.columns << ": " << describe(t));
    CHECK(linearlyRecoverable(t).empty());
    if (auto pinned = pinnedByBounds(t, k)) {
        ++tally.enumerated;
        CHECK(pinned->empty());
    }
}

} // namespace

TEST_CASE("random tables: nothing small is published and no hidden entry can be recovered", "[suppression][property]")
{
    std::mt19937 rng(20250601);
    Tally tally;
    for (int n = 0; n < 600; ++n) {
        const std::int64_t k = std::array<std::int64_t, 3>{3, 5, 10}[static_cast<std::size_t>(pick(rng, 0, 2))];
        const CountTable input = randomTable(rng, k);
        std::vector<std::uint8_t> forced;
        if (pick(rng, 0, 4) == 0) {
            forced.assign((input.rows + 1) * (input.columns + 1), 0);
            for (auto& f : forced)
                f = pick(rng, 0, 9) == 0 ? 1 : 0;
        }
        INFO("table #" << n << " k " << k);
        checkTable(input, suppressTable(input, SuppressionRule{k}, forced), k, forced, tally);
    }
    CHECK(tally.withHidden >= 400);
    CHECK(tally.enumerated >= 200);
}

TEST_CASE("random linked tables: a figure hidden in one is hidden in both, and both together reveal nothing",
          "[suppression][property][linked]")
{
    std::mt19937 rng(7);
    Tally tally;
    for (int n = 0; n < 150; ++n) {
        const std::int64_t k = 5;
        // A cube a × b × month; table A is a × month, table B is b × month: they share the
        // month totals and the grand total, and nothing else.
        const auto as = static_cast<std::size_t>(pick(rng, 1, 5));
        const auto bs = static_cast<std::size_t>(pick(rng, 1, 5));
        const auto months = static_cast<std::size_t>(pick(rng, 1, 6));
        const int shape = static_cast<int>(pick(rng, 1, 3));
        std::vector<std::int64_t> cube(as * bs * months);
        for (auto& c : cube)
            c = randomCell(rng, shape, k) / 2;
        auto at = [&](std::size_t a, std::size_t b, std::size_t m) { return (a * bs + b) * months + m; };
        CountTable ta{as, months, std::vector<std::int64_t>(as * months, 0)};
        CountTable tb{bs, months, std::vector<std::int64_t>(bs * months, 0)};
        for (std::size_t a = 0; a < as; ++a)
            for (std::size_t b = 0; b < bs; ++b)
                for (std::size_t m = 0; m < months; ++m) {
                    ta.cells[a * months + m] += cube[at(a, b, m)];
                    tb.cells[b * months + m] += cube[at(a, b, m)];
                }
        auto keysFor = [&](std::size_t rows) {
            std::vector<std::string> keys((rows + 1) * (months + 1));
            for (std::size_t m = 0; m < months; ++m)
                keys[rows * (months + 1) + m] = "month " + std::to_string(m);
            keys.back() = "all";
            return keys;
        };
        const std::vector<LinkedTable> linked{{ta, keysFor(as)}, {tb, keysFor(bs)}};
        const auto out = suppressLinked(linked, SuppressionRule{k});
        checkTable(ta, out[0], k, {}, tally);
        checkTable(tb, out[1], k, {}, tally);
        for (std::size_t m = 0; m <= months; ++m)
            CHECK(out[0].hidden(as, m) == out[1].hidden(bs, m));

        // Together: each published entry is a known sum of cube cells.
        auto formA = [&](std::size_t r, std::size_t c) {
            std::vector<std::int64_t> form(cube.size(), 0);
            for (std::size_t a = 0; a < as; ++a)
                for (std::size_t b = 0; b < bs; ++b)
                    for (std::size_t m = 0; m < months; ++m)
                        if ((r == as || r == a) && (c == months || c == m))
                            form[at(a, b, m)] = 1;
            return form;
        };
        auto formB = [&](std::size_t r, std::size_t c) {
            std::vector<std::int64_t> form(cube.size(), 0);
            for (std::size_t a = 0; a < as; ++a)
                for (std::size_t b = 0; b < bs; ++b)
                    for (std::size_t m = 0; m < months; ++m)
                        if ((r == bs || r == b) && (c == months || c == m))
                            form[at(a, b, m)] = 1;
            return form;
        };
        SpanChecker attacker(cube.size());
        for (std::size_t r = 0; r <= as; ++r)
            for (std::size_t c = 0; c <= months; ++c)
                if (!out[0].hidden(r, c))
                    attacker.add(formA(r, c));
        for (std::size_t r = 0; r <= bs; ++r)
            for (std::size_t c = 0; c <= months; ++c)
                if (!out[1].hidden(r, c))
                    attacker.add(formB(r, c));
        INFO("A: " << describe(out[0]) << "\nB: " << describe(out[1]));
        for (std::size_t r = 0; r <= as; ++r)
            for (std::size_t c = 0; c <= months; ++c)
                if (out[0].hidden(r, c) && !knownZero(out[0], out[0].index(r, c)))
                    CHECK_FALSE(attacker.inSpan(formA(r, c)));
        for (std::size_t r = 0; r <= bs; ++r)
            for (std::size_t c = 0; c <= months; ++c)
                if (out[1].hidden(r, c) && !knownZero(out[1], out[1].index(r, c)))
                    CHECK_FALSE(attacker.inSpan(formB(r, c)));
    }
    CHECK(tally.withHidden >= 150);
}
