// SPDX-License-Identifier: EUPL-1.2
#pragma once

// A safety performance indicator (docs/pdca-plan.md §5): what it measures, how its alert levels
// are set, and the rules that keep it honest — and how indicators whose report sets overlap are
// grouped so that publishing all of them never reveals a hidden month (families).
//
// Measures (docs/pdca.md, "Indicators", has the formulas):
// - count: reports per month of any kinds × categories × modes × risk levels × unit subtree;
// - ratio: one such count per another that shares no report with it (near misses per accident);
// - share: a count as a part of a larger one that holds it (the share reported anonymously);
// - within_clock: the share of the cases received in a month that the registry acknowledged (or
//   gave feedback) within N days — the registry's handling, organisation-wide;
// - median_days: the median whole days from receipt to the acknowledgements (or feedback) given
//   in a month, organisation-wide;
// - measures_on_time: the share of the measures due in a month implemented by their due date;
// - retaliation_signals: the cases whose reporter signalled consequences or retaliation in a
//   month (a case once per month), organisation-wide, published when at least k.
// A target is allowed only on within_clock, median_days and measures_on_time (the registry's own
// handling): never on a count, ratio or share of reports, because a target on reporting
// discourages reporting — nor on retaliation signals, for the same reason: a unit judged by
// fewer signals learns to keep them from being sent.

#include "alertlevels.h"
#include "cubefilter.h"

#include "shared/enumtable.h"
#include "shared/result.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vigil::registry {

enum class IndicatorMeasure { Count, Ratio, Share, WithinClock, MedianDays, MeasuresOnTime, RetaliationSignals };
enum class TargetDirection { AtLeast, AtMost };

/// A level a handling indicator should stay on the right side of.
struct IndicatorTarget {
    double value = 0;
    TargetDirection direction = TargetDirection::AtLeast;
    bool operator==(const IndicatorTarget&) const = default;
    /// Whether `v` is on the wrong side of the target.
    bool missedBy(double v) const { return direction == TargetDirection::AtLeast ? v < value : v > value; }
};

/// Whether `measure` counts reports (count, ratio, share: over the cube, suppressed cell by cell)
/// rather than the registry's handling (organisation-wide, published when its base reaches k).
bool countsReports(IndicatorMeasure measure);

/// Whether a value of `measure` is a whole count, published as one (count, retaliation_signals)
/// rather than a fraction, ratio or median with what it is over beside it.
bool isWholeCount(IndicatorMeasure measure);

/// Which way `measure` gets worse unless the definition says otherwise: a clock share and
/// measures on time are better when higher, so their alerts fire on a fall; counts, ratios,
/// shares of reports and median days alert on a rise. (A share of reports — the share reported
/// anonymously — has no obvious good side: it takes the default, and `--direction` turns it.)
AlertDirection defaultDirection(IndicatorMeasure measure);

struct IndicatorDef {
    std::string id;  ///< 1…64 of a–z, 0–9 and '-'; never reused, so a figure's name stays its own
    std::string nameNl;
    std::string nameEn;
    IndicatorMeasure measure = IndicatorMeasure::Count;
    CubeFilter filter;                        ///< count: what it counts; ratio, share: the numerator
    std::optional<CubeFilter> denominator;    ///< ratio, share: what the numerator is divided by
    HandlingClock clock = HandlingClock::Acknowledge;  ///< within_clock, median_days
    int withinDays = 0;                       ///< within_clock: 1…28 (a month settles after one more)
    LevelsPolicy levels;                      ///< baseline 6…36 months; period 1, 3, 6 or 12; direction
    std::vector<AlertRule> rules = defaultAlertRules();
    bool alerts = true;                       ///< false: levels drawn, no alert raised
    int followUpDays = 30;                    ///< an alert not followed up within this is overdue
    /// A target level: only on within_clock, median_days and measures_on_time. Never on a
    /// count, ratio or share of reports: a target on reporting discourages reporting.
    std::optional<IndicatorTarget> target;
    /// Frozen: the last month it publishes (a monthIndex). Later months are neither published
    /// nor alerted; the months up to it stay on every board and in every report.
    std::optional<int> frozenAfter;
};

/// Why a count, ratio or share of reports takes no target (the error, the help and the docs say it).
inline constexpr std::string_view kNoReportTarget
    = "a count, ratio or share of reports has no target: a target on reporting discourages reporting "
      "(targets are for the registry's handling: within_clock, median_days, measures_on_time)";
/// Why retaliation signals take no target either.
inline constexpr std::string_view kNoRetaliationTarget
    = "retaliation signals have no target: a target on them teaches a unit to keep reporters from signalling "
      "(an alert on a rise is what they give)";

/// Whether `def` is well formed; Invalid naming the field otherwise.
Status validate(const IndicatorDef& def);

/// What `def` measures in one line, for the audit trail and `indicator list`:
/// `{filter} rules 3:1,2:2,1:3` for a count, `ratio {…} / {…}`, `share {…} of {…}`,
/// `within_clock acknowledge < 7 days`, `median_days feedback`, `measures_on_time`, then the
/// rules ("on a fall" when its alerts fire on a fall) and any target (`target at_least 0.9`).
std::string describe(const IndicatorDef& def);

/// A report set an indicator's board reads: a count's filter, a ratio's or share's two terms.
/// Named `id` for a count, `id/numerator` and `id/denominator` for the terms.
struct IndicatorTerm {
    std::string name;
    CubeFilter filter;
};
/// The report sets of `defs` (handling indicators have none), in the order of `defs`.
std::vector<IndicatorTerm> termsOf(const std::vector<IndicatorDef>& defs);

/// Indicators whose report sets intersect, published as one table so that no relation between
/// their figures crosses tables: one union and parts inside it that share no report.
struct IndicatorFamily {
    std::size_t whole = 0;            ///< index of the union (for a lone series: itself)
    std::vector<std::size_t> parts;   ///< indices of the parts, pairwise disjoint, inside the union
};

/// The series a board suppresses: the distinct report sets of the indicators' terms (a share's
/// denominator may be another indicator's count: one series, so its months are hidden alike).
struct TermLayout {
    std::vector<IndicatorTerm> series;            ///< the first term of each distinct report set
    std::vector<std::vector<std::string>> names;  ///< every term name of each series
    std::vector<IndicatorFamily> families;        ///< indices into `series`
    std::vector<std::size_t> seriesOfTerm;        ///< termsOf(defs)[t] is series seriesOfTerm[t]
};

/// The layout of `defs`' report sets. Refused (Invalid, naming both) when two count indicators
/// count the same reports, when report sets overlap only partly, or when overlapping sets do not
/// form one union with disjoint parts: each of those would let differences of published months
/// reveal a hidden one, or cannot be laid out as one table.
[[nodiscard]] Result<TermLayout> layoutOf(const std::vector<IndicatorDef>& defs, const UnitTree& tree);
/// layoutOf's families (for count indicators alone, series i is indicator i).
[[nodiscard]] Result<std::vector<IndicatorFamily>> familiesOf(const std::vector<IndicatorDef>& defs,
                                                              const UnitTree& tree);

} // namespace vigil::registry

namespace vigil {
template <> struct EnumTable<registry::IndicatorMeasure> {
    static constexpr std::array<EnumName<registry::IndicatorMeasure>, 7> names{{
        {registry::IndicatorMeasure::Count, "count"},
        {registry::IndicatorMeasure::Ratio, "ratio"},
        {registry::IndicatorMeasure::Share, "share"},
        {registry::IndicatorMeasure::WithinClock, "within_clock"},
        {registry::IndicatorMeasure::MedianDays, "median_days"},
        {registry::IndicatorMeasure::MeasuresOnTime, "measures_on_time"},
        {registry::IndicatorMeasure::RetaliationSignals, "retaliation_signals"},
    }};
};
template <> struct EnumTable<registry::TargetDirection> {
    static constexpr std::array<EnumName<registry::TargetDirection>, 2> names{{
        {registry::TargetDirection::AtLeast, "at_least"},
        {registry::TargetDirection::AtMost, "at_most"},
    }};
};
template <> struct EnumTable<registry::HandlingClock> {
    static constexpr std::array<EnumName<registry::HandlingClock>, 2> names{{
        {registry::HandlingClock::Acknowledge, "acknowledge"},
        {registry::HandlingClock::Feedback, "feedback"},
    }};
};
} // namespace vigil
