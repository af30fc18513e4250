// SPDX-License-Identifier: EUPL-1.2
#pragma once

// One pass over what the `stats_rows` view (registry/schema.cpp) holds — the open cases and the
// closed cases' marginal counts — plus the closed cases' clock histograms: the statistics' only
// input besides `units`. The two halves of the view are read as two statements, not through
// it: SQLite evaluates the view's UNION ALL as a co-routine that copies every row, and any
// GROUP BY over it sorts every row; streaming the rows once and aggregating here is several
// times faster (docs/statistics.md, "Speed"). Call it inside one read snapshot.

#include "shared/reportenums.h"
#include "shared/result.h"
#include "shared/storage/db.h"

#include <cstdint>
#include <array>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace vigil::registry {

/// Which rows count, and the moment overdue is judged against.
struct ScanOptions {
    std::string fromMonth;  ///< inclusive "YYYY-MM"; empty: unbounded
    std::string toMonth;    ///< inclusive; empty: unbounded
    std::int64_t now = 0;
};

inline constexpr std::size_t kKindCount = EnumTable<Kind>::names.size();
inline constexpr std::size_t kCategoryCount = EnumTable<Category>::names.size();
inline constexpr std::size_t kModeCount = EnumTable<ReportingMode>::names.size();

/// Durations in tenths of a day from 0 to 2,000 days (longer ones count as 2,000), so a
/// median costs one increment per case and no sort.
class DayHistogram {
public:
    void add(double days, std::int64_t weight = 1);
    std::int64_t count() const { return m_count; }
    /// The median (the mean of the middle two for an even count), to 0.1 day; std::nullopt when empty.
    std::optional<double> median() const;

private:
    std::vector<std::int64_t> m_buckets;
    std::int64_t m_count = 0;
};

/// Times to one clock event, and how many met the clock.
struct ClockSample {
    DayHistogram days;         ///< one entry per case where the event happened
    std::int64_t judged = 0;   ///< event happened, or its clock ran out without it
    std::int64_t within = 0;   ///< event happened before its deadline
};

/// What one pass yields: the period's case counts on the dimensions the tables need (units as
/// stored, before roll-up), its clock samples, and the current workload over all open cases.
struct StatsScan {
    std::vector<std::string> units;   ///< unit strings as stored ("" for none)
    std::vector<std::string> months;  ///< months seen in the period, in order of appearance
    std::vector<std::array<std::int64_t, kKindCount>> kindByMonth;          ///< [month][kind]
    std::vector<std::array<std::int64_t, kCategoryCount>> categoryByMonth;  ///< [month][category]
    std::vector<std::vector<std::int64_t>> monthByUnit;                    ///< [unit][month], rows grow lazily
    std::vector<std::array<std::int64_t, kKindCount>> kindByUnit;           ///< [unit][kind]
    std::array<std::int64_t, kModeCount> modes{};                           ///< [mode]

    ClockSample acknowledge;
    ClockSample feedback;
    ClockSample close;

    std::int64_t openCases = 0;
    std::int64_t overdueAcknowledge = 0;
    std::int64_t overdueFeedback = 0;
    std::map<std::string, std::int64_t> loadByMember;
    std::int64_t unassignedOpen = 0;

    /// Cases of unit `u` in the period.
    std::int64_t unitTotal(std::size_t u) const;
};

/// Reads every row of `stats_rows`' two halves once. Fails on a row whose kind, category or mode is not a
/// known wire name, or whose kind and category belong to different domains.
Result<StatsScan> scanStatsRows(Db db, const ScanOptions& options);

} // namespace vigil::registry
