// SPDX-License-Identifier: EUPL-1.2
#include "registry/pdca/riskheatmap.h"

#include "registry/stats/protection.h"

#include <catch2/catch.hpp>

#include <random>

using namespace vigil;
using namespace vigil::registry;

namespace {

RiskRecord at(Severity s, RiskProbability p, RiskState state = RiskState::Open,
              std::optional<MatrixCell> residual = std::nullopt)
{
    RiskRecord r;
    r.initial = {s, p};
    r.residual = residual;
    r.state = state;
    return r;
}

} // namespace

TEST_CASE("the heat map counts open and accepted risks by probability and severity, the residual map assessed ones")
{
    const std::vector<RiskRecord> risks{
        at(Severity::I, RiskProbability::A),
        at(Severity::I, RiskProbability::A, RiskState::Accepted, MatrixCell{Severity::II, RiskProbability::F}),
        at(Severity::IV, RiskProbability::E, RiskState::Closed, MatrixCell{Severity::IV, RiskProbability::E}),
    };
    // The grid keeps the true counts beside their statuses (what is shown is the exporter's).
    const StatsTable initial = riskHeatMap(risks, false, SuppressionRule{3});
    REQUIRE(initial.rows.size() == 5);
    REQUIRE(initial.columns.size() == 4);
    CHECK(initial.grid.count(0, 0) == 2);                              // A × I: the closed risk is not counted
    CHECK(initial.grid.count(5, 4) == 2);
    const StatsTable residual = riskHeatMap(risks, true, SuppressionRule{3});
    REQUIRE(residual.rows.size() == 6);
    CHECK(residual.rows.back() == "F");
    CHECK(residual.grid.count(5, 1) == 1);                             // F × II, the accepted one only
    CHECK(residual.grid.count(6, 4) == 1);
    CHECK(residual.name == "risks_residual");
    CHECK(initial.rowDimension == "probability");
    CHECK(initial.columnDimension == "severity");
}

TEST_CASE("a heat map of any register publishes no count below k and pins no hidden entry")
{
    std::mt19937 random(20261205);
    const SuppressionRule rule{5};
    for (int round = 0; round < 200; ++round) {
        INFO("round " << round);
        std::vector<RiskRecord> risks;
        const int n = std::uniform_int_distribution<int>(0, 60)(random);
        // Skewed towards a few cells, as real registers are.
        std::discrete_distribution<int> cell({8, 1, 1, 3, 2, 1, 1, 1, 5, 1, 1, 1, 1, 1, 1, 4, 1, 1, 1, 2});
        for (int i = 0; i < n; ++i) {
            const int c = cell(random);
            const auto severity = static_cast<Severity>(c % 4 + 1);
            const auto probability = static_cast<RiskProbability>(c / 4);
            const bool assessed = i % 3 != 0;
            risks.push_back(at(severity, probability, i % 7 == 0 ? RiskState::Accepted : RiskState::Open,
                               assessed ? std::optional(MatrixCell{severity, static_cast<RiskProbability>(
                                                                                 std::min(5, c / 4 + 1))})
                                        : std::nullopt));
        }
        for (bool residual : {false, true}) {
            const StatsTable t = riskHeatMap(risks, residual, rule);
            const SuppressedTable& g = t.grid;
            for (std::size_t r = 0; r <= g.rows; ++r)
                for (std::size_t c = 0; c <= g.columns; ++c)
                    if (!g.hidden(r, c)) {
                        const auto v = g.count(r, c);
                        CHECK((v == 0 || v >= 5));
                    }
            CHECK(pinnedEntries(g, rule).empty());
        }
    }
}
