// SPDX-License-Identifier: EUPL-1.2
#pragma once

// What the registry publishes as steering information (DESIGN.md §7, docs/statistics.md):
// suppressed tables, indicators derived only from published figures, and the registry's own
// workload figures. Plain data.

#include "registry/stats/rollup.h"
#include "registry/stats/suppression.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace vigil::registry {

/// What to compute.
struct StatsOptions {
    std::int64_t k = 5;          ///< small-cell threshold (at least 3 is used)
    std::string fromMonth{};     ///< first event month "YYYY-MM", inclusive; empty: the first with data
    std::string toMonth{};       ///< last event month, inclusive; empty: the last with data
    std::int64_t now = 0;        ///< unix seconds: the moment overdue is judged against
};

/// A published two-way table with its margins.
struct StatsTable {
    std::string name;                  ///< "kind_by_month", "unit_by_month", …
    std::string rowDimension;          ///< "domain", "kind", "category", "unit", "mode"
    std::string columnDimension;       ///< "month", "unit", "cases"
    std::vector<std::string> rows;     ///< row keys (wire names, unit row ids, months)
    std::vector<std::string> columns;  ///< column keys
    SuppressedTable grid;              ///< counts and statuses; row rows.size() and column columns.size() are totals
};

/// Time to one clock event (acknowledgement, feedback, closing).
struct ClockFigures {
    std::int64_t cases = 0;                   ///< cases where the event happened (the median's base)
    std::optional<double> medianDays;         ///< withheld when `cases` < k
    std::int64_t judged = 0;                  ///< cases whose clock ran out or was met (the share's base)
    std::optional<double> withinClockPercent; ///< met in time / judged; withheld when `judged` < k; none for closing
};

/// Open cases assigned to one advisor (member id).
struct AdvisorLoad {
    std::string member;
    std::int64_t openCases = 0;
};

/// Indicators drawn from the survey answers of one column of a survey table (a quarter, a route
/// or a unit row, or "(total)" for the whole period), from published figures only.
struct SurveyIndicator {
    std::string dimension;                     ///< "quarter", "route", "unit"
    std::string column;                        ///< the column key, or "(total)"
    std::optional<double> willingnessPercent;  ///< would report again = yes, of all who answered it
    std::optional<double> trustMean;           ///< mean felt heard (1…5), only when its whole column is published
};

/// "Did the reporter feel heard" (issue 16 §4, docs/statistics.md): the survey answers per
/// quarter of closure, per route and per unit row, each question its own linked tables.
struct SurveyReport {
    std::string fromQuarter;              ///< "YYYY-Qn"; empty when no quarter is covered
    std::string toQuarter;
    std::vector<RollupRow> units;         ///< the unit rows of the survey_*_by_unit tables
    /// survey_heard_by_quarter, survey_heard_by_route, survey_heard_by_unit, then again, then fear
    std::vector<StatsTable> tables;
    std::vector<SurveyIndicator> indicators;
};

/// Retaliation signals (issue 16 §3, docs/statistics.md): cases whose reporter signalled
/// consequences, per quarter of the signal, by route and by unit row, suppressed linked.
struct RetaliationReport {
    std::string fromQuarter;              ///< "YYYY-Qn"; empty when no quarter is covered
    std::string toQuarter;
    std::vector<RollupRow> units;         ///< the unit rows of retaliation_by_unit
    std::vector<StatsTable> tables;       ///< retaliation_by_route, retaliation_by_unit
};

/// The steering report for one period.
struct StatsReport {
    std::int64_t k = 5;
    std::string fromMonth;            ///< the period actually covered (empty when there is no data)
    std::string toMonth;
    std::int64_t generatedAt = 0;
    std::vector<RollupRow> units;     ///< the unit rows of "unit_by_month" / "kind_by_unit", with what each includes
    std::vector<StatsTable> tables;   ///< domain_by_month, kind_by_month, category_by_month, unit_by_month, kind_by_unit, mode

    /// Near misses per accident in the period; withheld when either count is hidden or 0.
    std::optional<double> nearMissPerAccident;
    /// Percent of the period's cases per reporting mode (anonymous, confidential, open);
    /// withheld where the mode's count is hidden.
    std::vector<std::pair<std::string, std::optional<double>>> modeShares;

    ClockFigures acknowledge;  ///< clock: 7 days
    ClockFigures feedback;     ///< clock: 3 months
    ClockFigures close;

    // The registry's current workload, over all open cases whatever their month. Not about
    // reporters, so not suppressed; never broken down by unit or kind.
    std::int64_t openCases = 0;
    std::int64_t overdueAcknowledge = 0;  ///< open, not acknowledged, past ack_due
    std::int64_t overdueFeedback = 0;     ///< open, no feedback, past feedback_due
    std::vector<AdvisorLoad> advisorLoad; ///< by member id, most loaded first
    std::int64_t unassignedOpen = 0;
    std::int64_t checkInsDue = 0;         ///< aftercare check-ins due now, no reply since (any case)
    std::int64_t checkInsOverdue = 0;     ///< … past their grace days

    /// The reporters' answers to "how did it go", over the quarters of the period.
    SurveyReport survey;
    /// Cases whose reporter signalled retaliation, over the quarters of the period.
    RetaliationReport retaliation;

    /// The table called `name`, or nullptr.
    const StatsTable* table(std::string_view name) const;
};

} // namespace vigil::registry
