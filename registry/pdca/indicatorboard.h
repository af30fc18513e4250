// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The indicator board (docs/pdca-plan.md §5): every indicator's settled monthly values over a
// window, suppressed, with alert levels from published months only, the months a rule fires and
// the months on the wrong side of a target. Pure: the caller brings the cube rows, the handling
// facts (pdca_clocks, measures due), the unit tree, the last settled month and the names hidden
// by earlier snapshots.
//
// Suppression. No sum of months ever leaves the registry, so the only relations between
// published figures are within one month of one family (indicatordef.h): the union's count is
// the sum of its parts' and of "(rest)", the union's reports in no part. Each month of a family
// is therefore suppressed as its own one-column table — a small month is hidden as "<k", and a
// complement in its column keeps it from being the difference of the others. Names a snapshot
// hid are forced hidden in the next, so a sliding window never un-hides a complement.
//
// A ratio or share is computed from published figures only: its two terms are series of the
// families like any count (a share's numerator is a part of its denominator, so the reports
// outside it are the family's "(rest)" and hide the numerator when they are few), and the value
// is published when both terms are. The handling indicators (clocks, measures on time) describe
// the registry's own work, organisation-wide, not reporters: a value is published when the
// cases (or measures) it is over number at least k, as the statistics publish clock shares.
// Retaliation signals are a count of cases, organisation-wide, each case once per quarter in the
// month of its first signal of that quarter — so a quarter's three months add up to the quarter's
// count in the statistics (docs/statistics.md "Retaliation"), which anyone may read. The three
// months are therefore suppressed together as one column with that total (k and secondary
// suppression), and only once the quarter's last month has settled: published month by month,
// an early month could no longer be hidden as the complement a later small month needs. Until
// then the quarter's months have no value (null, no levels, no alert).
//
// Settling. Month m counts the cases received by the end of month m + settleMonths; a case
// reported later stays in the statistics but not in the indicators, so a settled figure never
// changes and every snapshot can be rebuilt from the database.

#include "alertlevels.h"
#include "cubefilter.h"
#include "indicatordef.h"

#include "registry/stats/suppression.h"

#include <cstdint>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

namespace vigil::registry {

struct BoardPolicy {
    SuppressionRule rule;
    int windowMonths = 36;  ///< the months shown, ending at the last settled month
    int settleMonths = 1;   ///< months after its end that a month still takes late reports
    /// The first month the registry received a report (its cube's earliest month received), when
    /// known. A month before it is no data, not zero reports: it gives no alert levels and fires
    /// no rule, so a registry's first year is not measured against an empty year before it.
    std::optional<int> dataStart;
};

/// What handling indicators read besides the cube.
struct HandlingFacts {
    std::vector<ClockRow> clocks;  ///< pdca_clocks
    struct Due {
        int month = 0;        ///< the monthIndex of the due date
        bool onTime = false;  ///< implemented by the due date, and recorded before the month settled
    };
    std::vector<Due> measures;  ///< measures due (cancelled ones left out)
    struct Signals {
        int month = 0;           ///< a monthIndex
        std::int64_t cases = 0;  ///< cases whose first retaliation signal of the quarter fell in it (retaliation_months)
    };
    std::vector<Signals> retaliation;  ///< from the first month of the window's first quarter
};

/// One indicator on the board, month by month from firstMonth.
struct IndicatorSeries {
    std::string id;
    IndicatorMeasure measure = IndicatorMeasure::Count;
    int firstMonth = 0;                              ///< monthIndex of the first entry
    /// The settled counts of a count indicator; a ratio's, share's or clock's numerator; the
    /// cases of a median. Hidden ones stay inside.
    std::vector<std::int64_t> counts;
    std::vector<std::int64_t> bases;                 ///< the denominator (a count's and median's: counts)
    std::vector<std::optional<double>> values;       ///< the figure; none when undefined (no accidents)
    std::vector<CellStatus> status;                  ///< how each month is published
    std::vector<std::optional<AlertLevels>> levels;  ///< none: "too few reports for alert levels"
    std::vector<std::optional<AlertRule>> fired;     ///< the rule that fires at each month, if any
    std::vector<bool> offTarget;                     ///< a published value on the wrong side of the target

    /// A count indicator's count of the month when it is published (none for other measures).
    std::optional<std::int64_t> published(std::size_t i) const;
    /// The month's figure when it is published and defined.
    std::optional<double> value(std::size_t i) const;
};

struct IndicatorBoard {
    int asOf = 0;                          ///< the last settled month
    std::vector<IndicatorDef> indicators;  ///< what the board is of
    std::vector<IndicatorSeries> series;   ///< one per indicator, in the same order
    std::set<std::string> hidden;          ///< figure names hidden here, forced in the next snapshot
};

/// The name of one month of one series in `hidden` ("indicator/nm-13bde/2026-03",
/// "indicator/nm-ratio/numerator/2026-03"); the rest row of a family is named after its union
/// with "(rest)".
std::string figureName(const std::string& series, int month);

/// The settled monthly counts of each report set (termsOf) over a board's window, summed row by
/// row as the cube is read: `counts()[t][m]` is term t's count of month first + m. Which terms
/// count a unit × kind × category × mode × level combination is worked out once per combination.
class BoardCounter {
public:
    BoardCounter(const std::vector<IndicatorDef>& defs, const UnitTree& tree, int asOf, const BoardPolicy& policy);
    void add(const CubeRowView& row);
    const std::vector<std::vector<std::int64_t>>& counts() const { return m_counts; }

private:
    std::vector<IndicatorTerm> m_terms;
    const UnitTree& m_tree;
    int m_first, m_asOf, m_settle;
    std::vector<std::vector<std::int64_t>> m_counts;
    std::unordered_map<std::string, std::vector<std::size_t>> m_counting;
    std::string m_key;
};

/// The board of `defs` as of month `asOf` from their terms' counts (a BoardCounter's) and the
/// handling facts. Invalid when the definitions do not form families.
[[nodiscard]] Result<IndicatorBoard> buildBoard(const std::vector<IndicatorDef>& defs,
                                                const std::vector<std::vector<std::int64_t>>& counts,
                                                const UnitTree& tree, int asOf, const BoardPolicy& policy,
                                                const std::set<std::string>& forced = {},
                                                const HandlingFacts& facts = {});
/// The same from cube rows held in memory.
[[nodiscard]] Result<IndicatorBoard> buildBoard(const std::vector<IndicatorDef>& defs, std::span<const CubeRow> cube,
                                                const UnitTree& tree, int asOf, const BoardPolicy& policy,
                                                const std::set<std::string>& forced = {},
                                                const HandlingFacts& facts = {});

} // namespace vigil::registry
