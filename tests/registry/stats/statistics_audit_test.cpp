// SPDX-License-Identifier: EUPL-1.2
#include "registry/stats/statistics.h"

#include "spanchecker.h"
#include "statsfixture.h"

#include <catch2/catch.hpp>

#include <functional>
#include <random>

// The whole report against an attacker who sees every table at once. Each published entry is
// a known sum of cells of the full cube kind × category × unit row × month × mode; an entry
// the report hides must not be such a combination of what it publishes — across tables, so
// this also checks the linking of shared figures and the domain structure that ties
// "kind × month" to "category × month".

using namespace vigil;
using namespace vigil::registry;
using namespace vigil::test;

namespace {

struct Cube {
    std::vector<std::pair<Kind, Category>> pairs;  // kind and category of the same domain
    std::vector<std::string> units;                // the report's unit rows
    std::vector<std::string> months;
    std::size_t size() const { return pairs.size() * units.size() * months.size() * 3; }
};

Cube cubeOf(const StatsReport& report)
{
    Cube cube;
    for (const auto& k : EnumTable<Kind>::names)
        for (const auto& c : EnumTable<Category>::names)
            if (domainOf(k.value) == domainOf(c.value))
                cube.pairs.emplace_back(k.value, c.value);
    cube.units = report.table("unit_by_month")->rows;
    cube.months = report.table("kind_by_month")->columns;
    return cube;
}

// Which cube cells an entry (r, c) of table `t` adds up; r == rows or c == columns is a total.
std::vector<std::int64_t> formOf(const Cube& cube, const StatsTable& t, std::size_t r, std::size_t c)
{
    using Test = std::function<bool(Kind, Category, std::size_t unit, std::size_t month, std::size_t mode)>;
    const bool allRows = r == t.rows.size();
    const bool allColumns = c == t.columns.size();
    auto rowIs = [&](std::string_view v) { return allRows || t.rows[r] == v; };
    auto columnIs = [&](std::string_view v) { return allColumns || t.columns[c] == v; };
    Test test;
    if (t.name == "domain_by_month")
        test = [&](Kind k, Category, std::size_t, std::size_t m, std::size_t) {
            return rowIs(enumName(domainOf(k))) && columnIs(cube.months[m]);
        };
    else if (t.name == "kind_by_month")
        test = [&](Kind k, Category, std::size_t, std::size_t m, std::size_t) { return rowIs(enumName(k)) && columnIs(cube.months[m]); };
    else if (t.name == "category_by_month")
        test = [&](Kind, Category cat, std::size_t, std::size_t m, std::size_t) {
            return rowIs(enumName(cat)) && columnIs(cube.months[m]);
        };
    else if (t.name == "unit_by_month")
        test = [&](Kind, Category, std::size_t u, std::size_t m, std::size_t) { return rowIs(cube.units[u]) && columnIs(cube.months[m]); };
    else if (t.name == "kind_by_unit")
        test = [&](Kind k, Category, std::size_t u, std::size_t, std::size_t) { return rowIs(enumName(k)) && columnIs(cube.units[u]); };
    else
        test = [&](Kind, Category, std::size_t, std::size_t, std::size_t mode) {
            return rowIs(enumName(static_cast<ReportingMode>(mode)));
        };
    std::vector<std::int64_t> form(cube.size(), 0);
    std::size_t i = 0;
    for (const auto& [kind, category] : cube.pairs)
        for (std::size_t u = 0; u < cube.units.size(); ++u)
            for (std::size_t m = 0; m < cube.months.size(); ++m)
                for (std::size_t mode = 0; mode < 3; ++mode, ++i)
                    form[i] = test(kind, category, u, m, mode) ? 1 : 0;
    return form;
}

// A hidden zero that a published zero total in its own table gives away.
bool knownZero(const SuppressedTable& g, std::size_t r, std::size_t c)
{
    return g.count(r, c) == 0
           && ((!g.hidden(r, g.columns) && g.count(r, g.columns) == 0) || (!g.hidden(g.rows, c) && g.count(g.rows, c) == 0));
}

void randomRegistry(StatsDb& s, std::mt19937& rng)
{
    s.unit("army", "Army");
    s.unit("bde-1", "1st Brigade", "army");
    s.unit("bn-11", "11th Battalion", "bde-1");
    s.unit("bn-12", "12th Battalion", "bde-1");
    s.unit("bde-2", "2nd Brigade", "army");
    s.unit("navy", "Navy");
    const std::vector<std::string> units{"army", "bde-1", "bn-11", "bn-12", "bde-2", "navy", ""};
    const std::vector<std::string> months{"2025-01", "2025-02", "2025-03"};
    std::vector<std::pair<Kind, Category>> pairs;
    for (const auto& k : EnumTable<Kind>::names)
        for (const auto& c : EnumTable<Category>::names)
            if (domainOf(k.value) == domainOf(c.value))
                pairs.emplace_back(k.value, c.value);
    auto pick = [&](std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng); };
    // Few kinds and categories in play, so that cells are small and often zero.
    std::vector<std::pair<Kind, Category>> inPlay;
    for (int i = 0; i < 5; ++i)
        inPlay.push_back(pairs[pick(pairs.size())]);
    const int n = std::uniform_int_distribution<int>(20, 120)(rng);
    for (int i = 0; i < n; ++i) {
        const auto [kind, category] = inPlay[pick(inPlay.size())];
        CaseSpec c{.kind = kind, .category = category, .unit = units[pick(units.size())],
                   .month = months[pick(months.size())], .mode = static_cast<ReportingMode>(pick(3))};
        if (pick(4) == 0) {
            s.archive(ArchiveSpec{.kind = kind, .category = category, .unit = c.unit, .month = c.month, .mode = c.mode,
                                  .ackDays = 2, .feedbackDays = 30, .closeDays = 40,
                                  .count = static_cast<std::int64_t>(1 + pick(3))});
        } else {
            s.cases(c);
        }
    }
}

} // namespace

TEST_CASE("random registries: no hidden figure of the report follows from all it publishes", "[statistics][property]")
{
    std::mt19937 rng(4242);
    int hiddenChecked = 0;
    for (int round = 0; round < 25; ++round) {
        StatsDb s;
        randomRegistry(s, rng);
        StatsOptions options;
        options.now = kJan2025 + 100 * kDay;
        options.k = round % 5 == 0 ? 3 : 5;
        auto report = computeStatistics(s.db(), options);
        REQUIRE(report.ok());
        const Cube cube = cubeOf(*report);
        SpanChecker attacker(cube.size());
        for (const auto& t : report->tables)
            for (std::size_t r = 0; r <= t.grid.rows; ++r)
                for (std::size_t c = 0; c <= t.grid.columns; ++c)
                    if (!t.grid.hidden(r, c))
                        attacker.add(formOf(cube, t, r, c));
        for (const auto& t : report->tables) {
            for (std::size_t r = 0; r <= t.grid.rows; ++r) {
                for (std::size_t c = 0; c <= t.grid.columns; ++c) {
                    const std::int64_t v = t.grid.count(r, c);
                    INFO("round " << round << " " << t.name << " (" << r << ", " << c << ") = " << v);
                    if (!t.grid.hidden(r, c)) {
                        CHECK((v == 0 || v >= report->k));
                        continue;
                    }
                    if (knownZero(t.grid, r, c))
                        continue;
                    ++hiddenChecked;
                    CHECK_FALSE(attacker.inSpan(formOf(cube, t, r, c)));
                }
            }
        }
        // Indicators come from published figures only.
        const auto& kinds = report->table("kind_by_month")->grid;
        if (report->nearMissPerAccident) {
            CHECK_FALSE(kinds.hidden(static_cast<std::size_t>(Kind::NearMiss), kinds.columns));
            CHECK_FALSE(kinds.hidden(static_cast<std::size_t>(Kind::Accident), kinds.columns));
        }
    }
    CHECK(hiddenChecked >= 200);
}
