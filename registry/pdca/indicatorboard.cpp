// SPDX-License-Identifier: EUPL-1.2
#include "indicatorboard.h"

#include <algorithm>

namespace vigil::registry {

std::optional<std::int64_t> IndicatorSeries::published(std::size_t i) const
{
    if (i >= status.size() || status[i] != CellStatus::Published)
        return std::nullopt;
    return counts[i];
}

BoardCounter::BoardCounter(const std::vector<IndicatorDef>& defs, const UnitTree& tree, int asOf,
                           const BoardPolicy& policy)
    : m_defs(defs), m_tree(tree), m_first(asOf - std::max(policy.windowMonths, 1) + 1), m_asOf(asOf),
      m_settle(policy.settleMonths),
      m_counts(defs.size(), std::vector<std::int64_t>(static_cast<std::size_t>(std::max(policy.windowMonths, 1))))
{
}

void BoardCounter::add(const CubeRowView& row)
{
    const auto month = monthIndex(row.month);
    const auto received = monthIndex(row.receivedMonth);
    if (!month || !received || *month < m_first || *month > m_asOf || *received > *month + m_settle)
        return;
    m_key.assign(row.unit).append(1, '\x1f').append(row.kind).append(1, '\x1f').append(row.category);
    m_key.append(1, '\x1f').append(row.mode).append(1, '\x1f').append(row.level);
    auto found = m_counting.find(m_key);
    if (found == m_counting.end()) {
        const CubeRow whole{std::string(row.month), std::string(row.receivedMonth), std::string(row.unit),
                            std::string(row.kind), std::string(row.category), std::string(row.mode),
                            std::string(row.level), row.count};
        std::vector<std::size_t> counting;
        for (std::size_t d = 0; d < m_defs.size(); ++d)
            if (matches(m_defs[d].filter, whole, m_tree))
                counting.push_back(d);
        found = m_counting.emplace(m_key, std::move(counting)).first;
    }
    for (const std::size_t d : found->second)
        m_counts[d][static_cast<std::size_t>(*month - m_first)] += row.count;
}

Result<IndicatorBoard> buildBoard(const std::vector<IndicatorDef>& defs, std::span<const CubeRow> cube,
                                  const UnitTree& tree, int asOf, const BoardPolicy& policy,
                                  const std::set<std::string>& forced)
{
    BoardCounter counter(defs, tree, asOf, policy);
    for (const CubeRow& r : cube)
        counter.add({r.month, r.receivedMonth, r.unit, r.kind, r.category, r.mode, r.level, r.count});
    return buildBoard(defs, counter.counts(), tree, asOf, policy, forced);
}

std::string figureName(const std::string& series, int month) { return "indicator/" + series + "/" + monthText(month); }

Result<IndicatorBoard> buildBoard(const std::vector<IndicatorDef>& defs,
                                  const std::vector<std::vector<std::int64_t>>& counts, const UnitTree& tree,
                                  int asOf, const BoardPolicy& policy, const std::set<std::string>& forced)
{
    if (policy.windowMonths < 1 || policy.settleMonths < 0)
        return Error{"indicator board: the window is at least one month, settling never negative",
                     ErrorKind::Invalid};
    for (const auto& def : defs)
        if (auto s = validate(def); !s)
            return s.error();
    auto families = familiesOf(defs, tree);
    if (!families)
        return families.error();

    const int first = asOf - policy.windowMonths + 1;
    const auto months = static_cast<std::size_t>(policy.windowMonths);
    if (counts.size() != defs.size())
        return Error{"indicator board: one series of counts per indicator", ErrorKind::Invalid};
    for (const auto& series : counts)
        if (series.size() != months)
            return Error{"indicator board: one count per month of the window", ErrorKind::Invalid};

    IndicatorBoard board;
    board.asOf = asOf;
    board.indicators = defs;
    board.series.resize(defs.size());
    for (const IndicatorFamily& family : families.value()) {
        // Rows: the parts, then the rest of the union; a lone indicator is its own single row.
        std::vector<std::string> rowNames;
        std::vector<std::vector<std::int64_t>> rows;
        if (family.parts.empty()) {
            rowNames.push_back(defs[family.whole].id);
            rows.push_back(counts[family.whole]);
        } else {
            std::vector<std::int64_t> rest = counts[family.whole];
            for (const std::size_t p : family.parts) {
                rowNames.push_back(defs[p].id);
                rows.push_back(counts[p]);
                for (std::size_t m = 0; m < months; ++m)
                    rest[m] -= counts[p][m];
            }
            rowNames.push_back(defs[family.whole].id + "(rest)");
            rows.push_back(std::move(rest));
        }
        const std::size_t n = rows.size();
        for (const std::size_t d : family.parts)
            board.series[d].status.resize(months);
        board.series[family.whole].status.resize(months);

        // No sum of months is published, so months share no relation: each month is a table
        // of its own, one column of the rows with the union's count as its total. (The table's
        // row totals repeat its cells and its corner the union's count: consistent duplicates,
        // never emitted.)
        for (std::size_t m = 0; m < months; ++m) {
            const int month = first + static_cast<int>(m);
            CountTable table{n, 1, {}};
            std::vector<std::uint8_t> force((n + 1) * 2, 0);
            for (std::size_t r = 0; r < n; ++r) {
                table.cells.push_back(rows[r][m]);
                force[r * 2] = force[r * 2 + 1] = forced.count(figureName(rowNames[r], month)) ? 1 : 0;
            }
            force[n * 2] = force[n * 2 + 1] = forced.count(figureName(defs[family.whole].id, month)) ? 1 : 0;
            const SuppressedTable published = suppressTable(table, policy.rule, force);
            for (std::size_t r = 0; r <= n; ++r)
                if (published.hidden(r, 0))
                    board.hidden.insert(figureName(r < n ? rowNames[r] : defs[family.whole].id, month));
            // The union is the column total (for a lone indicator, its single row is the same).
            board.series[family.whole].status[m] = published.statusAt(family.parts.empty() ? 0 : n, 0);
            for (std::size_t i = 0; i < family.parts.size(); ++i)
                board.series[family.parts[i]].status[m] = published.statusAt(i, 0);
        }
        for (const std::size_t d : family.parts)
            board.series[d].counts = counts[d];
        board.series[family.whole].counts = counts[family.whole];
    }
    for (std::size_t d = 0; d < defs.size(); ++d) {
        board.series[d].id = defs[d].id;
        board.series[d].firstMonth = first;
    }

    // Levels and rules read published months only: a hidden month is unknown to them.
    for (std::size_t d = 0; d < defs.size(); ++d) {
        IndicatorSeries& s = board.series[d];
        std::vector<std::optional<double>> values(months);
        for (std::size_t m = 0; m < months; ++m)
            if (const auto v = s.published(m); v && (!policy.dataStart || first + static_cast<int>(m) >= *policy.dataStart))
                values[m] = static_cast<double>(*v);
        s.levels = levelsByMonth(values, first, defs[d].levels);
        s.fired.resize(months);
        for (std::size_t m = 0; m < months; ++m)
            s.fired[m] = firedRule(values, s.levels, m, defs[d].rules);
    }
    return board;
}

} // namespace vigil::registry
