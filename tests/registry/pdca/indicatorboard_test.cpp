// SPDX-License-Identifier: EUPL-1.2
#include "registry/pdca/indicatorboard.h"

#include "tests/registry/stats/spanchecker.h"

#include <catch2/catch.hpp>

#include <random>

using namespace vigil;
using namespace vigil::registry;

namespace {

const UnitTree kTree{{"13-bde", ""}, {"bn-12", "13-bde"}, {"bn-42", "13-bde"}, {"11-lmb", ""}};

int month(std::string_view text) { return monthIndex(text).value(); }

IndicatorDef def(std::string id, std::string unit)
{
    IndicatorDef d;
    d.id = std::move(id);
    d.nameNl = "Meldingen";
    d.nameEn = "Reports";
    d.filter = makeFilter(std::move(unit), {}, {}, {}, {}).value();
    return d;
}

CubeRow row(int m, std::string unit, std::int64_t count, int receivedLate = 0)
{
    return {monthText(m), monthText(m + receivedLate), std::move(unit), "near_miss", "live_fire", "anonymous",
            "medium", count};
}

IndicatorBoard build(const std::vector<IndicatorDef>& defs, const std::vector<CubeRow>& cube, int asOf, int window,
                     const std::set<std::string>& forced = {})
{
    BoardPolicy policy;
    policy.windowMonths = window;
    auto board = buildBoard(defs, cube, kTree, asOf, policy, forced);
    REQUIRE(board.ok());
    return board.value();
}

} // namespace

TEST_CASE("a lone indicator counts settled reports per month and hides a small month")
{
    const int march = month("2026-03");
    const std::vector<CubeRow> cube{row(march, "bn-12", 7), row(march, "bn-12", 3, 2),  // 3 arrived too late
                                    row(march + 1, "bn-42", 2), row(march + 2, "11-lmb", 9)};
    const auto board = build({def("bde", "13-bde")}, cube, march + 3, 4);
    const auto& s = board.series.at(0);
    CHECK(s.firstMonth == march);
    CHECK(s.published(0) == 7);
    CHECK_FALSE(s.published(1));
    CHECK(s.status[1] == CellStatus::Primary);
    CHECK(s.published(2) == 0);  // 11-lmb is not in the brigade
    CHECK(board.hidden == std::set<std::string>{"indicator/bde/2026-04"});
}

TEST_CASE("a small part of a family is hidden with a complement, so the union does not give it away")
{
    const int m = month("2026-03");
    // bn-12 has 2, bn-42 has 30, the brigade's own staff ("rest") 8: the union 40 is published.
    const std::vector<CubeRow> cube{row(m, "bn-12", 2), row(m, "bn-42", 30), row(m, "13-bde", 8)};
    const auto board = build({def("bde", "13-bde"), def("bn12", "bn-12"), def("bn42", "bn-42")}, cube, m, 1);
    CHECK(board.series[1].status[0] == CellStatus::Primary);
    // bn-12 = union − bn-42 − rest: a complement must be hidden among bn-42, the rest or the union.
    const bool complement = !board.series[2].published(0) || !board.series[0].published(0)
                            || board.hidden.count("indicator/bde(rest)/2026-03");
    CHECK(complement);
    CHECK(board.hidden.count("indicator/bn12/2026-03"));
}

TEST_CASE("on random cubes no published figure is small and no hidden one follows from the published")
{
    std::mt19937 rng(20261205);
    const std::vector<std::string> units{"bn-12", "bn-42", "13-bde"};
    const auto defs = std::vector{def("bde", "13-bde"), def("bn12", "bn-12"), def("bn42", "bn-42")};
    for (int trial = 0; trial < 300; ++trial) {
        const int first = month("2025-01");
        std::vector<CubeRow> cube;
        std::uniform_int_distribution<int> size(0, 12);
        for (int m = 0; m < 6; ++m)
            for (const auto& unit : units)
                if (const int n = size(rng) - 3; n > 0)
                    cube.push_back(row(first + m, unit, n));
        const auto board = build(defs, cube, first + 5, 6);
        for (std::size_t m = 0; m < 6; ++m) {
            INFO("trial " << trial << " month " << m);
            // Unknowns: bn-12, bn-42 and the rest of this month; the union is their sum.
            test::SpanChecker attacker(3);
            for (std::size_t p = 1; p <= 2; ++p) {
                const auto v = board.series[p].published(m);
                CHECK((!v || *v == 0 || *v >= 5));
                if (v)
                    attacker.addKnown(p - 1);
            }
            // The rest is never shown, but other tables (the statistics' units) may tell it: the
            // attacker is given it unless the board hid it too.
            if (!board.hidden.count(figureName("bde(rest)", first + static_cast<int>(m))))
                attacker.addKnown(2);
            if (const auto whole = board.series[0].published(m)) {
                CHECK((*whole == 0 || *whole >= 5));
                attacker.add({1, 1, 1});
            }
            if (!board.series[1].published(m))
                CHECK_FALSE(attacker.knows(0));
            if (!board.series[2].published(m))
                CHECK_FALSE(attacker.knows(1));
            if (!board.series[0].published(m))
                CHECK_FALSE(attacker.inSpan({1, 1, 1}));
        }
    }
}

TEST_CASE("a month hidden by one snapshot stays hidden in the next, even when it alone would not be")
{
    const int m = month("2026-01");
    std::vector<CubeRow> cube{row(m, "bn-12", 2), row(m, "bn-42", 30), row(m, "13-bde", 8),
                              row(m + 1, "bn-12", 9), row(m + 1, "bn-42", 9), row(m + 1, "13-bde", 9)};
    const auto defs = std::vector{def("bde", "13-bde"), def("bn12", "bn-12"), def("bn42", "bn-42")};
    const auto before = build(defs, cube, m, 1);
    // A late correction of the settled past cannot happen, but a new window can: pretend the
    // next snapshot also sees January with a count that would now be publishable.
    cube[0].count = 12;
    const auto after = build(defs, cube, m + 1, 2, before.hidden);
    for (const auto& name : before.hidden)
        CHECK(after.hidden.count(name));
    CHECK_FALSE(after.series[1].published(0));
}

TEST_CASE("a step above the frozen levels fires in its month, and a hidden baseline month gives no levels")
{
    const int first = month("2025-01");
    std::vector<CubeRow> cube;
    for (int m = 0; m < 12; ++m)
        cube.push_back(row(first + m, "bn-12", m % 2 ? 22 : 18));  // μ 20, σ 2: levels 22, 24, 26
    cube.push_back(row(first + 12, "bn-12", 21));
    cube.push_back(row(first + 13, "bn-12", 40));
    auto board = build({def("bn12", "bn-12")}, cube, first + 13, 14);
    const auto& s = board.series[0];
    REQUIRE(s.levels[13]);
    CHECK(s.levels[13]->mean == Approx(20));
    CHECK(s.levels[13]->sd == Approx(2));
    CHECK_FALSE(s.fired[12]);
    CHECK(s.fired[13] == AlertRule{3, 1});
    CHECK_FALSE(s.levels[11]);  // 2025 has no baseline year in the window

    cube[3].count = 2;  // April 2025 becomes small and hidden
    board = build({def("bn12", "bn-12")}, cube, first + 13, 14);
    CHECK_FALSE(board.series[0].levels[13]);
    CHECK_FALSE(board.series[0].fired[13]);
}

TEST_CASE("months before the registry's first report are no data: a first year is not measured against an empty "
          "year before it")
{
    const int first = month("2025-01");
    std::vector<CubeRow> cube;
    for (int m = 0; m < 24; ++m)
        cube.push_back(row(first + m, "bn-12", m % 2 ? 22 : 18));
    // A 36-month window reaches a year before the first report: its months read 0.
    BoardPolicy policy;
    policy.windowMonths = 36;
    auto blind = buildBoard({def("bn12", "bn-12")}, cube, kTree, first + 23, policy);
    REQUIRE(blind.ok());
    CHECK(blind->series[0].fired[12] == AlertRule{3, 1});  // 18 reports against a baseline of twelve zeros

    policy.dataStart = first;
    auto board = buildBoard({def("bn12", "bn-12")}, cube, kTree, first + 23, policy);
    REQUIRE(board.ok());
    const auto& s = board->series[0];
    CHECK(s.published(0) == 0);  // still shown as a count
    for (std::size_t m = 0; m < 24; ++m) {
        CHECK_FALSE(s.levels[m]);
        CHECK_FALSE(s.fired[m]);
    }
    REQUIRE(s.levels[24]);  // 2026 against 2025, its first full year
    CHECK(s.levels[24]->mean == Approx(20));
}

TEST_CASE("a board over indicators that overlap in part is refused")
{
    auto partly = def("nm", "13-bde");
    partly.filter = makeFilter("13-bde", {"near_miss"}, {}, {}, {}).value();
    const auto board = buildBoard({partly, def("bn12", "bn-12")}, std::vector<CubeRow>{}, kTree, month("2026-01"), {});
    REQUIRE_FALSE(board.ok());
    CHECK(board.error().kind == ErrorKind::Invalid);
}
