// SPDX-License-Identifier: EUPL-1.2
#include "registry/stats/suppression.h"

#include "registry/stats/linkedtables.h"
#include "registry/stats/protection.h"

#include <catch2/catch.hpp>

using namespace vigil::registry;

namespace {

CountTable table(std::size_t rows, std::size_t columns, std::vector<std::int64_t> cells)
{
    return CountTable{rows, columns, std::move(cells)};
}

// The grid as the reader sees it: counts or labels, row by row, totals last.
std::vector<std::vector<std::string>> shown(const SuppressedTable& t, const SuppressionRule& rule)
{
    std::vector<std::vector<std::string>> out;
    for (std::size_t r = 0; r <= t.rows; ++r) {
        out.emplace_back();
        for (std::size_t c = 0; c <= t.columns; ++c) {
            switch (t.statusAt(r, c)) {
            case CellStatus::Published: out.back().push_back(std::to_string(t.count(r, c))); break;
            case CellStatus::Primary: out.back().push_back(primaryLabel(rule)); break;
            case CellStatus::Secondary: out.back().push_back(std::string(kSecondaryLabel)); break;
            }
        }
    }
    return out;
}

using Grid = std::vector<std::vector<std::string>>;

} // namespace

TEST_CASE("labels carry k, and k below 3 is raised to 3", "[suppression]")
{
    CHECK(primaryLabel(SuppressionRule{}) == "<5");
    CHECK(primaryLabel(SuppressionRule{10}) == "<10");
    CHECK(primaryLabel(SuppressionRule{2}) == "<3");
    CHECK(threshold(SuppressionRule{1}) == 3);
}

TEST_CASE("margins are the sums of rows and columns", "[suppression]")
{
    const auto t = withMargins(table(2, 3, {1, 2, 3, 4, 5, 6}));
    CHECK(t.count(0, 3) == 6);
    CHECK(t.count(1, 3) == 15);
    CHECK(t.count(2, 0) == 5);
    CHECK(t.count(2, 2) == 9);
    CHECK(t.count(2, 3) == 21);
}

TEST_CASE("a table without small cells is published whole", "[suppression]")
{
    const auto t = suppressTable(table(2, 2, {5, 9, 0, 40}), SuppressionRule{});
    CHECK(shown(t, {}) == Grid{{"5", "9", "14"}, {"0", "40", "40"}, {"5", "49", "54"}});
}

TEST_CASE("one small cell hides a 2x2 block: the smallest complements, closing a cycle", "[suppression]")
{
    const SuppressionRule rule;
    const auto t = suppressTable(table(3, 3, {3, 10, 20, 12, 8, 30, 15, 25, 9}), rule);
    CHECK(shown(t, rule) == Grid{{"<5", "x", "20", "33"},
                                 {"x", "x", "30", "50"},
                                 {"15", "25", "9", "49"},
                                 {"30", "43", "59", "132"}});
    CHECK(pinnedEntries(t, rule).empty());
}

TEST_CASE("a small row hides its zeros too, and its total is protected in turn", "[suppression][zeros]")
{
    const SuppressionRule rule;
    const auto t = suppressTable(table(2, 3, {3, 0, 0, 10, 20, 30}), rule);
    // Row 0 is 3 + 0 + 0: its total is 3, small. Its published zeros would say "all of this
    // row's cases are in the first column", so the whole row is "<5".
    for (std::size_t c = 0; c <= 3; ++c)
        CHECK(t.statusAt(0, c) == CellStatus::Primary);
    // Zeros elsewhere stay published.
    CHECK(suppressTable(table(2, 3, {3, 0, 7, 10, 20, 30}), rule).statusAt(0, 1) == CellStatus::Published);
    for (std::size_t r = 0; r <= t.rows; ++r)
        CHECK(hiddenInRow(t, r) != 1);
    for (std::size_t c = 0; c <= t.columns; ++c)
        CHECK(hiddenInColumn(t, c) != 1);
    CHECK(pinnedEntries(t, rule).empty());
}

TEST_CASE("four cells of at least 1 under a total below 5 would all be 1: the small row hides its zeros",
          "[suppression][zeros][bounds]")
{
    const SuppressionRule rule;
    const auto t = suppressTable(table(2, 6, {0, 1, 1, 1, 1, 0, 9, 8, 7, 6, 5, 9}), rule);
    CHECK(t.statusAt(0, 0) == CellStatus::Primary);
    CHECK(t.statusAt(0, 5) == CellStatus::Primary);
    CHECK(pinnedEntries(t, rule).empty());
}

TEST_CASE("two small cells adding up to less than k get a third", "[suppression]")
{
    const SuppressionRule rule;
    // 1 + 1 = 2 with the row total published would say "both are 1".
    const auto t = suppressTable(table(2, 4, {1, 1, 30, 40, 20, 25, 35, 45}), rule);
    std::int64_t hiddenSum = 0;
    for (std::size_t c = 0; c < 4; ++c)
        if (t.hidden(0, c))
            hiddenSum += t.count(0, c);
    CHECK((hiddenSum >= 5 || t.hidden(0, 4)));
    CHECK(pinnedEntries(t, rule).empty());
}

TEST_CASE("small cells at k-1 everywhere would be pinned by their label's bound, so the totals go too",
          "[suppression][bounds]")
{
    const SuppressionRule rule;
    // 4 + 4 = 8 with "<5" on both says both are 4.
    const auto t = suppressTable(table(2, 2, {4, 4, 4, 4}), rule);
    CHECK(shown(t, rule) == Grid{{"<5", "<5", "x"}, {"<5", "<5", "x"}, {"x", "x", "x"}});
    CHECK(pinnedEntries(t, rule).empty());
}

TEST_CASE("a bridge between two hidden blocks is pinned even though every line hides two", "[suppression][bounds]")
{
    // Two 2x2 blocks of small cells joined by one hidden cell (9): every line hides two or
    // more and hides at least k, yet 9 = row 1's total - (column 0 + column 1 - row 0).
    const CountTable counts = table(4, 4, {3, 4, 0, 0, 4, 3, 9, 0, 0, 0, 3, 4, 0, 0, 4, 3});
    const SuppressionRule rule;
    SuppressedTable t = withMargins(counts);
    for (std::size_t i = 0; i < t.counts.size(); ++i)
        if (t.counts[i] > 0 && t.counts[i] < 5)
            t.status[i] = CellStatus::Primary;
    t.status[t.index(1, 2)] = CellStatus::Secondary;
    for (std::size_t r = 0; r <= 4; ++r)
        CHECK(hiddenInRow(t, r) != 1);
    for (std::size_t c = 0; c <= 4; ++c)
        CHECK(hiddenInColumn(t, c) != 1);
    CHECK(pinnedEntries(t, rule) == std::vector<std::size_t>{t.index(1, 2)});
    // Only zeros join the blocks, so no single complement closes a cycle through it.
    CHECK_FALSE(closingComplement(t, t.index(1, 2), rule).has_value());

    CHECK(pinnedEntries(suppressTable(counts, rule), rule).empty());
}

TEST_CASE("a forced total is hidden and protected like any other entry", "[suppression][linked]")
{
    const SuppressionRule rule;
    const CountTable counts = table(2, 2, {10, 20, 30, 40});
    std::vector<std::uint8_t> forced(9, 0);
    forced[2] = 1; // row 0's total
    const auto t = suppressTable(counts, rule, forced);
    CHECK(t.statusAt(0, 2) == CellStatus::Secondary);
    CHECK(hiddenInRow(t, 0) >= 2);
    CHECK(hiddenInColumn(t, 2) >= 2);
    CHECK(pinnedEntries(t, rule).empty());
}

TEST_CASE("linked tables hide a shared total alike", "[suppression][linked]")
{
    const SuppressionRule rule;
    // Two breakdowns of the same cases over months m1, m2 share the month totals (43 and 5).
    // In the first, m2's total must go to protect the 3 (its column holds 5 and a zero); the
    // second, which on its own would publish everything, must then hide it too.
    const std::vector<std::string> keys{"", "", "", "", "", "", "m1", "m2", "all"};
    const std::vector<LinkedTable> tables{{table(2, 2, {3, 5, 40, 0}), keys}, {table(2, 2, {20, 5, 23, 0}), keys}};
    CHECK(suppressTable(tables[1].table, rule).statusAt(2, 1) == CellStatus::Published);
    const auto out = suppressLinked(tables, rule);
    REQUIRE(out.size() == 2);
    CHECK(out[0].statusAt(2, 1) == CellStatus::Secondary);
    CHECK(out[1].statusAt(2, 1) == CellStatus::Secondary);
    for (const auto& t : out)
        CHECK(pinnedEntries(t, rule).empty());
}
