// SPDX-License-Identifier: EUPL-1.2
#include "registry/stats/rollup.h"

#include <catch2/catch.hpp>

#include <random>

using namespace vigil::registry;

namespace {

// army ─┬─ bde-1 ─┬─ bn-11
//       │         └─ bn-12 ── coy-121
//       └─ bde-2 ──── bn-21
// navy
const std::vector<UnitNode> kTree{
    {"army", "Army", ""},      {"bde-1", "1st Brigade", "army"}, {"bn-11", "11th Bn", "bde-1"},
    {"bn-12", "12th Bn", "bde-1"}, {"coy-121", "121 Coy", "bn-12"}, {"bde-2", "2nd Brigade", "army"},
    {"bn-21", "21st Bn", "bde-2"}, {"navy", "Navy", ""},
};

std::vector<std::string> ids(const Rollup& r)
{
    std::vector<std::string> out;
    for (const auto& row : r.rows)
        out.push_back(row.id);
    return out;
}

} // namespace

TEST_CASE("small units roll up echelon by echelon, and every case lands in exactly one row", "[rollup]")
{
    const std::map<std::string, std::int64_t> counts{
        {"bn-11", 10}, {"bn-12", 2}, {"coy-121", 1}, {"bde-2", 1}, {"bn-21", 3}, {"navy", 2}, {"ghost", 2}, {"", 1},
    };
    const Rollup r = rollUp(kTree, counts, 5);
    // coy-121 (1) → bn-12 (3) → bde-1 (3, bn-11 is shown on its own) → army; bn-21 (3) →
    // bde-2 (4) → army: 3 + 4 = 7. navy (2) and the unspecified (3: "" and an unknown unit)
    // stay small at the top and share "(other units)".
    CHECK(ids(r) == std::vector<std::string>{"army", "bn-11", "*"});
    CHECK(r.rows[0].count == 7);
    CHECK(r.rows[0].includes == std::vector<std::string>{"bde-1", "bde-2", "bn-12", "bn-21", "coy-121"});
    CHECK(r.rows[1].count == 10);
    CHECK(r.rows[1].includes.empty());
    CHECK(r.rows[2].count == 5);
    CHECK(r.rows[2].includes == std::vector<std::string>{"", "navy"});
    CHECK(r.rows[r.rowFor("coy-121")].id == "army");
    CHECK(r.rows[r.rowFor("bn-11")].id == "bn-11");
    CHECK(r.rows[r.rowFor("ghost")].id == "*");
    CHECK(r.rows[r.rowFor("")].id == "*");
}

TEST_CASE("a unit at k is shown on its own, and a small parent of a large child rolls up alone", "[rollup]")
{
    const Rollup r = rollUp(kTree, {{"bn-12", 5}, {"bde-1", 1}, {"army", 4}, {"navy", 9}}, 5);
    CHECK(ids(r) == std::vector<std::string>{"army", "bn-12", "navy"});
    CHECK(r.rows[0].count == 5); // army 4 + bde-1 1
    CHECK(r.rows[r.rowFor("bde-1")].id == "army");
    CHECK(r.rows[r.rowFor("bn-12")].id == "bn-12");
}

TEST_CASE("a parent cycle or a missing parent makes a unit top-level instead of looping", "[rollup]")
{
    const std::vector<UnitNode> broken{{"a", "A", "b"}, {"b", "B", "a"}, {"c", "C", "a"}, {"d", "D", "nowhere"}};
    const Rollup r = rollUp(broken, {{"a", 1}, {"b", 1}, {"c", 6}, {"d", 7}}, 5);
    // Real top-level units first ("d", whose parent does not exist), then the cycle, broken at
    // its smallest id ("a", which rolls into "(other units)" with "b"; "c" is shown).
    CHECK(ids(r) == std::vector<std::string>{"d", "c", "*"});
    CHECK(r.rows[2].count == 2);
    CHECK(r.rows[r.rowFor("b")].id == "*");
}

TEST_CASE("random trees: rows are disjoint, add up to the total, and only the top bucket may be small", "[rollup][property]")
{
    std::mt19937 rng(99);
    for (int n = 0; n < 200; ++n) {
        const int size = std::uniform_int_distribution<int>(1, 40)(rng);
        std::vector<UnitNode> units;
        std::map<std::string, std::int64_t> counts;
        std::int64_t total = 0;
        for (int i = 0; i < size; ++i) {
            const int parent = i == 0 ? -1 : std::uniform_int_distribution<int>(-1, i - 1)(rng);
            units.push_back({"u" + std::to_string(i), "Unit " + std::to_string(i), parent < 0 ? "" : "u" + std::to_string(parent)});
            const std::int64_t c = std::uniform_int_distribution<std::int64_t>(0, 6)(rng);
            counts["u" + std::to_string(i)] = c;
            total += c;
        }
        const std::int64_t k = std::uniform_int_distribution<std::int64_t>(3, 10)(rng);
        const Rollup r = rollUp(units, counts, k);
        std::int64_t sum = 0;
        std::vector<std::int64_t> perRow(r.rows.size(), 0);
        for (const auto& [unit, c] : counts)
            if (c > 0)
                perRow[r.rowFor(unit)] += c;
        for (std::size_t i = 0; i < r.rows.size(); ++i) {
            CHECK(perRow[i] == r.rows[i].count);
            sum += r.rows[i].count;
            if (r.rows[i].id != kOtherUnits)
                CHECK(r.rows[i].count >= k);
            CHECK(r.rows[i].count > 0);
        }
        CHECK(sum == total);
    }
}
