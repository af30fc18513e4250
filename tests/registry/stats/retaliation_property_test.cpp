// SPDX-License-Identifier: EUPL-1.2
#include "registry/stats/retaliationstats.h"

#include "registry/stats/rollup.h"

#include "quarterlyfixture.h"
#include "spanchecker.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <random>

// The retaliation tables against an attacker who sees all they publish at once: every published
// entry is a known sum over the cube quarter × route × unit row; no entry the report hides may
// be such a combination of what it publishes (SpanChecker shares no code with the library), and
// no published entry is a count below k but 0.

using namespace vigil;
using namespace vigil::registry;
using namespace vigil::test;

namespace {

const std::vector<UnitNode>& kUnits = kQuarterlyUnits;
const std::vector<std::string> kQuarters{"2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"};
const std::vector<std::string>& kRoutes = kQuarterlyRoutes;
const std::vector<std::string>& kUnitIds = kQuarterlyUnitIds;

std::vector<RetaliationRow> randomRows(std::mt19937& rng)
{
    std::uniform_int_distribution<int> size(0, 30);
    std::uniform_int_distribution<std::int64_t> count(1, 4);
    std::uniform_int_distribution<std::size_t> quarter(0, kQuarters.size() - 1), route(0, kRoutes.size() - 1),
        unit(0, kUnitIds.size() - 1);
    // Mostly social-safety cases of one battalion in one quarter, as real signals cluster.
    std::bernoulli_distribution skew(0.5);
    std::map<std::tuple<std::string, std::string, std::string>, std::int64_t> cells;
    const int n = size(rng);
    for (int i = 0; i < n; ++i)
        cells[{kQuarters[skew(rng) ? 1 : quarter(rng)], kRoutes[skew(rng) ? 1 : route(rng)],
               kUnitIds[skew(rng) ? 3 : unit(rng)]}] += count(rng);
    std::vector<RetaliationRow> rows;
    for (const auto& [key, c] : cells)
        rows.push_back(RetaliationRow{std::get<0>(key), std::get<1>(key), std::get<2>(key), c});
    return rows;
}

} // namespace

TEST_CASE("random retaliation signals: nothing below k is published and no hidden figure follows from the published",
          "[statistics][retaliation][property]")
{
    std::mt19937 rng(16003);
    for (int round = 0; round < 200; ++round) {
        const std::int64_t k = round % 3 == 0 ? 3 : 5;
        const std::vector<RetaliationRow> rows = randomRows(rng);
        const RetaliationReport report = buildRetaliationReport(rows, kQuarters, kUnits, SuppressionRule{k});
        REQUIRE(report.tables.size() == 2);
        CHECK(report.tables[0].name == "retaliation_by_route");
        CHECK(report.tables[1].name == "retaliation_by_unit");
        const std::vector<std::string>& unitRows = report.tables[1].rows;
        std::map<std::string, std::int64_t> perUnit;
        for (const auto& r : rows)
            perUnit[r.unit] += r.count;
        const Rollup rollup = rollUp(kUnits, perUnit, k);

        const std::size_t nq = kQuarters.size(), nr = kRoutes.size(), nu = unitRows.size();
        auto index = [&](std::size_t qu, std::size_t r, std::size_t u) { return (qu * nr + r) * nu + u; };
        std::vector<std::int64_t> truth(nq * nr * nu, 0);
        for (const auto& row : rows) {
            const auto qu = static_cast<std::size_t>(std::find(kQuarters.begin(), kQuarters.end(), row.quarter)
                                                     - kQuarters.begin());
            const auto ro = static_cast<std::size_t>(std::find(kRoutes.begin(), kRoutes.end(), row.domain)
                                                     - kRoutes.begin());
            const auto u = static_cast<std::size_t>(
                std::find(unitRows.begin(), unitRows.end(), rollup.rows[rollup.rowFor(row.unit)].id) - unitRows.begin());
            truth[index(qu, ro, u)] += row.count;
        }

        SpanChecker attacker(nq * nr * nu);
        std::vector<std::pair<std::vector<std::int64_t>, bool>> entries; // form, hidden
        for (std::size_t d = 0; d < 2; ++d) {
            const StatsTable& t = report.tables[d];
            const auto& g = t.grid;
            REQUIRE(t.columns == kQuarters);
            for (std::size_t r = 0; r <= g.rows; ++r)
                for (std::size_t c = 0; c <= g.columns; ++c) {
                    const std::int64_t n = g.count(r, c);
                    INFO("round " << round << " " << t.name << " (" << r << "," << c << ") = " << n);
                    if (!g.hidden(r, c))
                        CHECK((n == 0 || n >= k));
                    std::vector<std::int64_t> form(nq * nr * nu, 0);
                    std::int64_t sum = 0;
                    for (std::size_t qu = 0; qu < nq; ++qu)
                        for (std::size_t ro = 0; ro < nr; ++ro)
                            for (std::size_t u = 0; u < nu; ++u) {
                                const std::size_t row = d == 0 ? ro : u;
                                if ((r == g.rows || r == row) && (c == g.columns || c == qu)) {
                                    form[index(qu, ro, u)] = 1;
                                    sum += truth[index(qu, ro, u)];
                                }
                            }
                    // The forms mean what they say: each entry is the sum it claims to be.
                    REQUIRE(sum == n);
                    if (!g.hidden(r, c) && n == 0) {
                        for (std::size_t v = 0; v < form.size(); ++v)
                            if (form[v])
                                attacker.addKnown(v);
                    } else if (!g.hidden(r, c)) {
                        attacker.add(form);
                    }
                    entries.emplace_back(std::move(form), g.hidden(r, c) && n > 0);
                }
        }
        for (const auto& [form, hidden] : entries)
            if (hidden) {
                INFO("round " << round);
                CHECK_FALSE(attacker.inSpan(form));
            }
    }
}

TEST_CASE("retaliation signals outside the period are not counted, and no data covers no quarter", "[statistics][retaliation]")
{
    const std::vector<RetaliationRow> rows{{"2025-Q4", "social", "42-bn", 7}, {"2026-Q1", "social", "42-bn", 6}};
    const RetaliationReport report = buildRetaliationReport(rows, {"2026-Q1"}, kUnits, SuppressionRule{5});
    REQUIRE(report.tables.size() == 2);
    const auto& g = report.tables[0].grid;
    CHECK(g.count(g.rows, g.columns) == 6);
    CHECK_FALSE(g.hidden(g.rows, g.columns));
    CHECK(report.fromQuarter == "2026-Q1");
    CHECK(report.toQuarter == "2026-Q1");

    const RetaliationReport none = buildRetaliationReport({}, {}, kUnits, SuppressionRule{5});
    CHECK(none.fromQuarter.empty());
    CHECK(none.tables.at(0).grid.count(0, 0) == 0);
}
