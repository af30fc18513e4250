// SPDX-License-Identifier: EUPL-1.2
#include "riskheatmap.h"

namespace vigil::registry {

StatsTable riskHeatMap(const std::vector<RiskRecord>& risks, bool residual, const SuppressionRule& rule)
{
    StatsTable t;
    t.name = residual ? "risks_residual" : "risks_initial";
    t.rowDimension = "probability";
    t.columnDimension = "severity";
    const std::size_t rows = residual ? 6 : 5;   // F only after measures
    for (std::size_t p = 0; p < rows; ++p)
        t.rows.emplace_back(enumName(static_cast<RiskProbability>(p)));
    for (Severity s : {Severity::I, Severity::II, Severity::III, Severity::IV})
        t.columns.emplace_back(enumName(s));
    CountTable counts{rows, 4, std::vector<std::int64_t>(rows * 4, 0)};
    for (const auto& r : risks) {
        if (r.state == RiskState::Closed || (residual && !r.residual))
            continue;
        const MatrixCell& cell = residual ? *r.residual : r.initial;
        if (cell.severity == Severity::None)
            continue;
        const auto row = static_cast<std::size_t>(cell.probability);
        const auto column = static_cast<std::size_t>(cell.severity) - 1;   // Severity starts with None
        if (row < rows)
            ++counts.cells[row * 4 + column];
    }
    t.grid = suppressTable(counts, rule);
    return t;
}

} // namespace vigil::registry
