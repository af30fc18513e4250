// SPDX-License-Identifier: EUPL-1.2
#include "indicatorboard.h"

#include <algorithm>
#include <map>

namespace vigil::registry {

std::optional<std::int64_t> IndicatorSeries::published(std::size_t i) const
{
    if (!isWholeCount(measure) || i >= status.size() || status[i] != CellStatus::Published || !values[i])
        return std::nullopt;
    return counts[i];
}

std::optional<double> IndicatorSeries::value(std::size_t i) const
{
    if (i >= status.size() || status[i] != CellStatus::Published)
        return std::nullopt;
    return values[i];
}

BoardCounter::BoardCounter(const std::vector<IndicatorDef>& defs, const UnitTree& tree, int asOf,
                           const BoardPolicy& policy)
    : m_terms(termsOf(defs)), m_tree(tree), m_first(asOf - std::max(policy.windowMonths, 1) + 1), m_asOf(asOf),
      m_settle(policy.settleMonths),
      m_counts(m_terms.size(), std::vector<std::int64_t>(static_cast<std::size_t>(std::max(policy.windowMonths, 1))))
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
        for (std::size_t t = 0; t < m_terms.size(); ++t)
            if (matches(m_terms[t].filter, whole, m_tree))
                counting.push_back(t);
        found = m_counting.emplace(m_key, std::move(counting)).first;
    }
    for (const std::size_t t : found->second)
        m_counts[t][static_cast<std::size_t>(*month - m_first)] += row.count;
}

Result<IndicatorBoard> buildBoard(const std::vector<IndicatorDef>& defs, std::span<const CubeRow> cube,
                                  const UnitTree& tree, int asOf, const BoardPolicy& policy,
                                  const std::set<std::string>& forced, const HandlingFacts& facts)
{
    BoardCounter counter(defs, tree, asOf, policy);
    for (const CubeRow& r : cube)
        counter.add({r.month, r.receivedMonth, r.unit, r.kind, r.category, r.mode, r.level, r.count});
    return buildBoard(defs, counter.counts(), tree, asOf, policy, forced, facts);
}

std::string figureName(const std::string& series, int month) { return "indicator/" + series + "/" + monthText(month); }

namespace {

/// One report set's months as suppressed.
struct TermSeries {
    std::vector<std::int64_t> counts;
    std::vector<CellStatus> status;
};

/// Whether any of `names` was hidden at `month` before.
bool anyForced(const std::set<std::string>& forced, const std::vector<std::string>& names, int month,
               const std::string& suffix = {})
{
    return std::any_of(names.begin(), names.end(),
                       [&](const std::string& n) { return forced.count(figureName(n + suffix, month)) > 0; });
}

/// Suppresses every family of `layout` month by month (see the header); hidden names go to `hidden`.
std::vector<TermSeries> suppressTerms(const TermLayout& layout, const std::vector<std::vector<std::int64_t>>& counts,
                                      int first, std::size_t months, const SuppressionRule& rule,
                                      const std::set<std::string>& forced, std::set<std::string>& hidden)
{
    std::vector<TermSeries> out(layout.series.size());
    for (std::size_t i = 0; i < out.size(); ++i)
        out[i].status.resize(months);
    for (const IndicatorFamily& family : layout.families) {
        // Rows: the parts, then the rest of the union; a lone series is its own single row.
        std::vector<std::vector<std::string>> rowNames;
        std::vector<std::string> restSuffix;
        std::vector<std::vector<std::int64_t>> rows;
        if (family.parts.empty()) {
            rowNames.push_back(layout.names[family.whole]);
            restSuffix.emplace_back();
            rows.push_back(counts[family.whole]);
        } else {
            std::vector<std::int64_t> rest = counts[family.whole];
            for (const std::size_t p : family.parts) {
                rowNames.push_back(layout.names[p]);
                restSuffix.emplace_back();
                rows.push_back(counts[p]);
                for (std::size_t m = 0; m < months; ++m)
                    rest[m] -= counts[p][m];
            }
            rowNames.push_back(layout.names[family.whole]);
            restSuffix.emplace_back("(rest)");
            rows.push_back(std::move(rest));
        }
        const std::size_t n = rows.size();
        const std::vector<std::string>& wholeNames = layout.names[family.whole];

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
                force[r * 2] = force[r * 2 + 1] = anyForced(forced, rowNames[r], month, restSuffix[r]) ? 1 : 0;
            }
            force[n * 2] = force[n * 2 + 1] = anyForced(forced, wholeNames, month) ? 1 : 0;
            const SuppressedTable published = suppressTable(table, rule, force);
            for (std::size_t r = 0; r <= n; ++r)
                if (published.hidden(r, 0))
                    for (const std::string& name : r < n ? rowNames[r] : wholeNames)
                        hidden.insert(figureName(name + (r < n ? restSuffix[r] : std::string()), month));
            // The union is the column total (for a lone series, its single row is the same).
            out[family.whole].status[m] = published.statusAt(family.parts.empty() ? 0 : n, 0);
            for (std::size_t i = 0; i < family.parts.size(); ++i)
                out[family.parts[i]].status[m] = published.statusAt(i, 0);
        }
        for (const std::size_t p : family.parts)
            out[p].counts = counts[p];
        out[family.whole].counts = counts[family.whole];
    }
    return out;
}

/// A value of two terms published only when both are: hidden as "<k" when either is small.
CellStatus bothPublished(CellStatus a, CellStatus b)
{
    if (a == CellStatus::Published && b == CellStatus::Published)
        return CellStatus::Published;
    return a == CellStatus::Primary || b == CellStatus::Primary ? CellStatus::Primary : CellStatus::Secondary;
}

/// A handling figure over `base` cases: exact, published when they number at least k (none: undefined).
CellStatus overCases(std::int64_t base, const SuppressionRule& rule)
{
    return base == 0 || base >= threshold(rule) ? CellStatus::Published : CellStatus::Primary;
}

/// The median of whole days in `histogram` (days → cases): the middle case, or the mean of the two.
std::optional<double> medianOf(const std::map<std::int64_t, std::int64_t>& histogram, std::int64_t n)
{
    if (n <= 0)
        return std::nullopt;
    const std::int64_t lo = (n - 1) / 2, hi = n / 2;
    std::optional<std::int64_t> atLo, atHi;
    std::int64_t seen = 0;
    for (const auto& [days, count] : histogram) {
        if (!atLo && lo < seen + count)
            atLo = days;
        if (!atHi && hi < seen + count)
            atHi = days;
        seen += count;
    }
    return (static_cast<double>(*atLo) + static_cast<double>(*atHi)) / 2;
}

/// The first month (a monthIndex) of the calendar quarter that holds `month`.
int quarterStart(int month)
{
    return month - ((month % 3) + 3) % 3;
}

/// Fills the months of retaliation_signals (see the header): each quarter whose last month has
/// settled is suppressed as one column of its three months, whose total is the quarter's count
/// of the statistics; the months of a quarter still running have no value yet.
void retaliationSeries(const HandlingFacts& facts, int first, std::size_t months, const BoardPolicy& policy,
                       IndicatorSeries& s)
{
    std::map<int, std::int64_t> byMonth;
    for (const auto& signals : facts.retaliation)
        byMonth[signals.month] += signals.cases;
    const int last = first + static_cast<int>(months) - 1;
    for (int quarter = quarterStart(first); quarter <= last; quarter += 3) {
        CountTable table{3, 1, {}};
        for (int r = 0; r < 3; ++r)
            table.cells.push_back(byMonth.count(quarter + r) ? byMonth.at(quarter + r) : 0);
        const bool settled = quarter + 2 <= last;
        const SuppressedTable published = suppressTable(table, policy.rule);
        for (int r = 0; r < 3; ++r) {
            const int month = quarter + r;
            if (month < first || month > last)
                continue;
            const auto at = static_cast<std::size_t>(month - first);
            s.counts[at] = s.bases[at] = table.cells[static_cast<std::size_t>(r)];
            if (!settled)
                continue;  // published, but no value yet: JSON null, no levels, no alert
            s.status[at] = published.statusAt(static_cast<std::size_t>(r), 0);
            s.values[at] = static_cast<double>(s.counts[at]);
        }
    }
}

/// Fills a handling indicator's months from `facts`.
void handlingSeries(const IndicatorDef& def, const HandlingFacts& facts, int first, std::size_t months,
                    const BoardPolicy& policy, IndicatorSeries& s)
{
    const std::string clock(enumName(def.clock));
    std::vector<std::map<std::int64_t, std::int64_t>> histogram(months);
    auto slot = [&](std::optional<int> month) -> std::optional<std::size_t> {
        if (!month || *month < first || *month >= first + static_cast<int>(months))
            return std::nullopt;
        return static_cast<std::size_t>(*month - first);
    };
    if (def.measure == IndicatorMeasure::RetaliationSignals) {
        retaliationSeries(facts, first, months, policy, s);
        return;
    }
    if (def.measure == IndicatorMeasure::MeasuresOnTime) {
        for (const auto& due : facts.measures)
            if (const auto at = slot(due.month)) {
                ++s.bases[*at];
                s.counts[*at] += due.onTime ? 1 : 0;
            }
    }
    for (const ClockRow& row : facts.clocks) {
        const auto received = monthIndex(row.receivedMonth);
        const auto event = monthIndex(row.eventMonth);
        if (!received || !event)
            continue;
        if (def.measure == IndicatorMeasure::WithinClock) {
            const auto at = slot(received);
            if (!at)
                continue;
            if (row.clock == "received")
                s.bases[*at] += row.count;
            // Settled: an event recorded after the month settled never changes its figure.
            else if (row.clock == clock && row.days < def.withinDays && *event <= *received + policy.settleMonths)
                s.counts[*at] += row.count;
        } else if (def.measure == IndicatorMeasure::MedianDays && row.clock == clock) {
            // The month of the acknowledgement or feedback: complete when it ends.
            if (const auto at = slot(event)) {
                s.counts[*at] += row.count;
                histogram[*at][row.days] += row.count;
            }
        }
    }
    for (std::size_t m = 0; m < months; ++m) {
        if (def.measure == IndicatorMeasure::MedianDays) {
            s.bases[m] = s.counts[m];
            s.values[m] = medianOf(histogram[m], s.counts[m]);
        } else if (s.bases[m] > 0) {
            s.values[m] = static_cast<double>(s.counts[m]) / static_cast<double>(s.bases[m]);
        }
        s.status[m] = overCases(s.bases[m], policy.rule);
    }
}

} // namespace

Result<IndicatorBoard> buildBoard(const std::vector<IndicatorDef>& defs,
                                  const std::vector<std::vector<std::int64_t>>& counts, const UnitTree& tree,
                                  int asOf, const BoardPolicy& policy, const std::set<std::string>& forced,
                                  const HandlingFacts& facts)
{
    if (policy.windowMonths < 1 || policy.settleMonths < 0)
        return Error{"indicator board: the window is at least one month, settling never negative",
                     ErrorKind::Invalid};
    for (const auto& def : defs)
        if (auto s = validate(def); !s)
            return s.error();
    auto layout = layoutOf(defs, tree);
    if (!layout)
        return layout.error();

    const int first = asOf - policy.windowMonths + 1;
    const auto months = static_cast<std::size_t>(policy.windowMonths);
    if (counts.size() != layout->seriesOfTerm.size())
        return Error{"indicator board: one series of counts per report set of the indicators", ErrorKind::Invalid};
    for (const auto& series : counts)
        if (series.size() != months)
            return Error{"indicator board: one count per month of the window", ErrorKind::Invalid};
    // The counts of each distinct report set: its first term's.
    std::vector<std::vector<std::int64_t>> seriesCounts(layout->series.size());
    for (std::size_t t = 0; t < counts.size(); ++t)
        if (seriesCounts[layout->seriesOfTerm[t]].empty())
            seriesCounts[layout->seriesOfTerm[t]] = counts[t];

    IndicatorBoard board;
    board.asOf = asOf;
    board.indicators = defs;
    const std::vector<TermSeries> terms
        = suppressTerms(*layout, seriesCounts, first, months, policy.rule, forced, board.hidden);

    board.series.resize(defs.size());
    std::size_t term = 0;
    for (std::size_t d = 0; d < defs.size(); ++d) {
        const IndicatorDef& def = defs[d];
        IndicatorSeries& s = board.series[d];
        s.id = def.id;
        s.measure = def.measure;
        s.firstMonth = first;
        s.counts.assign(months, 0);
        s.bases.assign(months, 0);
        s.values.assign(months, std::nullopt);
        s.status.assign(months, CellStatus::Published);
        if (def.measure == IndicatorMeasure::Count) {
            const TermSeries& t = terms[layout->seriesOfTerm[term++]];
            s.counts = s.bases = t.counts;
            s.status = t.status;
            for (std::size_t m = 0; m < months; ++m)
                s.values[m] = static_cast<double>(t.counts[m]);
        } else if (countsReports(def.measure)) {
            const TermSeries& num = terms[layout->seriesOfTerm[term++]];
            const TermSeries& den = terms[layout->seriesOfTerm[term++]];
            s.counts = num.counts;
            s.bases = den.counts;
            for (std::size_t m = 0; m < months; ++m) {
                s.status[m] = bothPublished(num.status[m], den.status[m]);
                if (den.counts[m] > 0)
                    s.values[m] = static_cast<double>(num.counts[m]) / static_cast<double>(den.counts[m]);
            }
        } else {
            handlingSeries(def, facts, first, months, policy, s);
        }
    }

    // Levels, rules and targets read published months only: a hidden month is unknown to them.
    for (std::size_t d = 0; d < defs.size(); ++d) {
        IndicatorSeries& s = board.series[d];
        std::vector<std::optional<double>> values(months);
        for (std::size_t m = 0; m < months; ++m)
            if (const auto v = s.value(m); v && (!policy.dataStart || first + static_cast<int>(m) >= *policy.dataStart))
                values[m] = *v;
        s.levels = levelsByMonth(values, first, defs[d].levels);
        s.fired.resize(months);
        s.offTarget.assign(months, false);
        for (std::size_t m = 0; m < months; ++m) {
            s.fired[m] = firedRule(values, s.levels, m, defs[d].rules);
            if (const auto v = s.value(m); v && defs[d].target)
                s.offTarget[m] = defs[d].target->missedBy(*v);
        }
        // A frozen indicator produces nothing after its last month: no levels, marks or misses
        // (the JSON leaves those months out; counts stay inside for the families' suppression).
        if (const auto& last = defs[d].frozenAfter)
            for (std::size_t m = 0; m < months; ++m)
                if (first + static_cast<int>(m) > *last) {
                    s.levels[m].reset();
                    s.fired[m].reset();
                    s.offTarget[m] = false;
                }
    }
    return board;
}

} // namespace vigil::registry
