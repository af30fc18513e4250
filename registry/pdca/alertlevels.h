// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Alert levels of a safety performance indicator, the method of ICAO's Safety Management Manual
// (Doc 9859): the mean μ and population standard deviation σ of a baseline of preceding months
// give three levels, μ+1σ, μ+2σ and μ+3σ, frozen for a period; an alert fires at a month when
// a rule "s:n" holds — n consecutive months, up to and including it, each above μ+sσ of its own
// period. The default rules are ICAO's: one month above 3σ, two above 2σ, three above 1σ.
// For an indicator where more is better (a clock share, measures on time) the direction turns
// round: the levels are μ−1σ, μ−2σ, μ−3σ and a rule fires on months below them.
// Pure: the caller brings the published monthly values (a hidden month is nullopt), and every
// figure derived here comes from published months only (docs/pdca.md, "Suppression").

#include "shared/enumtable.h"
#include "shared/result.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace vigil::registry {

/// "s:n": n consecutive months above μ + s·σ.
struct AlertRule {
    int sigmas = 0;  ///< 1…3
    int months = 0;  ///< 1…12
    bool operator==(const AlertRule&) const = default;
};

/// ICAO's three rules, strictest first.
std::vector<AlertRule> defaultAlertRules();
/// Reads "3:1,2:2,1:3"; Invalid for anything else (a level out of 1…3, a run out of 1…12, a
/// rule twice, an empty list).
[[nodiscard]] Result<std::vector<AlertRule>> parseAlertRules(std::string_view text);
/// The canonical text of `rules`, as parseAlertRules reads it.
std::string formatAlertRules(const std::vector<AlertRule>& rules);

/// Which way an indicator gets worse: Up (more is worse, the default: reports, days to
/// feedback) alerts on a rise above μ+sσ; Down (more is better: a share acknowledged in time,
/// measures on time) alerts on a fall below μ−sσ.
enum class AlertDirection { Up, Down };

struct AlertLevels {
    double mean = 0;
    double sd = 0;  ///< population standard deviation of the baseline
    AlertDirection direction = AlertDirection::Up;
    /// μ + sσ, or μ − sσ for an indicator where more is better.
    double level(int sigmas) const { return direction == AlertDirection::Up ? mean + sigmas * sd : mean - sigmas * sd; }
    /// Whether `value` is beyond level `sigmas`: above it (Up) or below it (Down), never at it.
    bool beyond(double value, int sigmas) const
    {
        return direction == AlertDirection::Up ? value > level(sigmas) : value < level(sigmas);
    }
};

/// The levels of a baseline, or nullopt — "too few reports for alert levels" — when any of its
/// months is hidden or it is empty. One hidden month is enough: μ and σ of the others pin the
/// sum and the sum of squares, and with them the hidden value.
std::optional<AlertLevels> levelsFor(std::span<const std::optional<double>> baseline);

/// How the baseline of a month is chosen.
struct LevelsPolicy {
    int baselineMonths = 12;  ///< the settled months before the period
    /// 12, 6, 3: calendar-aligned periods (a year, a half, a quarter) whose levels are frozen for
    /// the whole period; 1: a rolling baseline, the months just before each month.
    int periodMonths = 12;
    AlertDirection direction = AlertDirection::Up;  ///< carried into every month's levels
};

/// The levels of every month of `series`, whose first entry is calendar month `firstMonth`
/// (year·12 + month − 1): nullopt for a month whose baseline reaches before the series or has a
/// hidden month.
std::vector<std::optional<AlertLevels>> levelsByMonth(std::span<const std::optional<double>> series,
                                                      int firstMonth, const LevelsPolicy& policy);

/// The first of `rules` (in their order) that fires at month `at` of `series`, given each
/// month's levels; nullopt when none does. A hidden month, or one without levels, breaks a run.
std::optional<AlertRule> firedRule(std::span<const std::optional<double>> series,
                                   std::span<const std::optional<AlertLevels>> levels, std::size_t at,
                                   const std::vector<AlertRule>& rules);

} // namespace vigil::registry

namespace vigil {
template <> struct EnumTable<registry::AlertDirection> {
    static constexpr std::array<EnumName<registry::AlertDirection>, 2> names{{
        {registry::AlertDirection::Up, "up"},
        {registry::AlertDirection::Down, "down"},
    }};
};
} // namespace vigil
