// SPDX-License-Identifier: EUPL-1.2
#include "retaliationstats.h"

#include "registry/stats/linkedtables.h"
#include "registry/stats/rollup.h"
#include "registry/stats/surveystats.h"

#include <algorithm>
#include <array>
#include <map>

namespace vigil::registry {

namespace {

constexpr std::array<std::string_view, 3> kRoutes{"physical", "social", "integrity"};

/// The global names of a table's figures: its quarter totals and grand total are the other
/// table's too; its row totals are its own.
std::vector<std::string> keysOf(std::size_t rows, const std::vector<std::string>& quarters)
{
    const std::size_t width = quarters.size() + 1;
    std::vector<std::string> keys((rows + 1) * width);
    for (std::size_t c = 0; c < quarters.size(); ++c)
        keys[rows * width + c] = "retaliation/quarter=" + quarters[c];
    keys.back() = "retaliation";
    return keys;
}

} // namespace

RetaliationReport buildRetaliationReport(std::span<const RetaliationRow> rows, const std::vector<std::string>& quarters,
                                         std::span<const UnitNode> units, const SuppressionRule& rule)
{
    std::vector<const RetaliationRow*> inPeriod;
    for (const auto& row : rows)
        if (row.count > 0 && std::find(quarters.begin(), quarters.end(), row.quarter) != quarters.end())
            inPeriod.push_back(&row);
    // Units roll up by the cases they hold here, as the case tables' units do.
    std::map<std::string, std::int64_t> perUnit;
    for (const RetaliationRow* row : inPeriod)
        perUnit[row->unit] += row->count;
    const Rollup rollup = rollUp(units, perUnit, threshold(rule));

    RetaliationReport report;
    if (!quarters.empty()) {
        report.fromQuarter = quarters.front();
        report.toQuarter = quarters.back();
    }
    report.units = rollup.rows;
    std::vector<std::string> unitRows;
    for (const auto& r : rollup.rows)
        unitRows.push_back(r.id);
    const std::vector<std::string> routes(kRoutes.begin(), kRoutes.end());

    const std::array<std::pair<std::string, const std::vector<std::string>*>, 2> dims{
        {{"route", &routes}, {"unit", &unitRows}}};
    std::vector<LinkedTable> linked;
    for (const auto& [dimension, rowNames] : dims) {
        CountTable counts{rowNames->size(), quarters.size(),
                          std::vector<std::int64_t>(rowNames->size() * quarters.size())};
        for (const RetaliationRow* row : inPeriod) {
            const auto column = static_cast<std::size_t>(
                std::find(quarters.begin(), quarters.end(), row->quarter) - quarters.begin());
            std::size_t r = rowNames->size();
            if (dimension == "route")
                r = static_cast<std::size_t>(std::find(routes.begin(), routes.end(), row->domain) - routes.begin());
            else if (!rollup.rows.empty())
                r = rollup.rowFor(row->unit);
            if (r >= rowNames->size())
                continue;
            counts.cells[r * quarters.size() + column] += row->count;
        }
        linked.push_back(LinkedTable{std::move(counts), keysOf(rowNames->size(), quarters)});
    }
    const std::vector<SuppressedTable> suppressed = suppressLinked(linked, rule);
    for (std::size_t i = 0; i < dims.size(); ++i)
        report.tables.push_back(StatsTable{"retaliation_by_" + dims[i].first, dims[i].first, "quarter",
                                           *dims[i].second, quarters, suppressed[i]});
    return report;
}

Result<RetaliationReport> computeRetaliation(Db db, const std::string& fromQuarter, const std::string& toQuarter,
                                             std::span<const UnitNode> units, const SuppressionRule& rule)
{
    auto stmt = db.prepare("SELECT quarter, domain, unit, count FROM retaliation_counts");
    if (!stmt)
        return stmt.error();
    std::vector<RetaliationRow> rows;
    std::vector<std::string> seen;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        RetaliationRow r{stmt->text(0), stmt->text(1), stmt->text(2), stmt->int64(3)};
        if (quarterNumber(r.quarter) < 0)
            return Error{"retaliation_counts: malformed quarter \"" + r.quarter + "\""};
        seen.push_back(r.quarter);
        rows.push_back(std::move(r));
    }
    return buildRetaliationReport(rows, quarterRange(fromQuarter, toQuarter, seen), units, rule);
}

} // namespace vigil::registry
