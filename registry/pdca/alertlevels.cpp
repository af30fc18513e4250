// SPDX-License-Identifier: EUPL-1.2
#include "alertlevels.h"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace vigil::registry {
namespace {

constexpr int kMaxSigmas = 3;
constexpr int kMaxRun = 12;

std::optional<int> readSmallInt(std::string_view text)
{
    int value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc{} || end != text.data() + text.size() || text.empty())
        return std::nullopt;
    return value;
}

// The first month of the period holding calendar month `month` (periods align to January).
int periodStart(int month, int periodMonths) { return month - (month % periodMonths); }

} // namespace

std::vector<AlertRule> defaultAlertRules() { return {{3, 1}, {2, 2}, {1, 3}}; }

Result<std::vector<AlertRule>> parseAlertRules(std::string_view text)
{
    const auto invalid = [&](std::string_view why) {
        return Error{"alert rules \"" + std::string(text) + "\": " + std::string(why)
                         + " (expected e.g. 3:1,2:2,1:3 — n months in a row above mean + s·sd, written s:n)",
                     ErrorKind::Invalid};
    };
    std::vector<AlertRule> rules;
    std::size_t from = 0;
    while (from <= text.size()) {
        const std::size_t comma = std::min(text.find(',', from), text.size());
        const std::string_view part = text.substr(from, comma - from);
        const std::size_t colon = part.find(':');
        if (colon == std::string_view::npos)
            return invalid("each rule is s:n");
        const auto sigmas = readSmallInt(part.substr(0, colon));
        const auto months = readSmallInt(part.substr(colon + 1));
        if (!sigmas || *sigmas < 1 || *sigmas > kMaxSigmas)
            return invalid("a level is 1, 2 or 3 standard deviations");
        if (!months || *months < 1 || *months > kMaxRun)
            return invalid("a run is 1 to 12 months");
        const AlertRule rule{*sigmas, *months};
        if (std::find(rules.begin(), rules.end(), rule) != rules.end())
            return invalid("a rule appears twice");
        rules.push_back(rule);
        from = comma + 1;
    }
    return rules;
}

std::string formatAlertRules(const std::vector<AlertRule>& rules)
{
    std::string text;
    for (const AlertRule& rule : rules) {
        if (!text.empty())
            text += ',';
        text += std::to_string(rule.sigmas) + ':' + std::to_string(rule.months);
    }
    return text;
}

std::optional<AlertLevels> levelsFor(std::span<const std::optional<double>> baseline)
{
    if (baseline.empty())
        return std::nullopt;
    double sum = 0;
    for (const auto& value : baseline) {
        if (!value)
            return std::nullopt;
        sum += *value;
    }
    const double mean = sum / static_cast<double>(baseline.size());
    double squares = 0;
    for (const auto& value : baseline)
        squares += (*value - mean) * (*value - mean);
    return AlertLevels{mean, std::sqrt(squares / static_cast<double>(baseline.size()))};
}

std::vector<std::optional<AlertLevels>> levelsByMonth(std::span<const std::optional<double>> series,
                                                      int firstMonth, const LevelsPolicy& policy)
{
    std::vector<std::optional<AlertLevels>> levels(series.size());
    if (policy.baselineMonths < 1 || policy.periodMonths < 1 || 12 % policy.periodMonths != 0)
        return levels;
    for (std::size_t i = 0; i < series.size(); ++i) {
        const int month = firstMonth + static_cast<int>(i);
        const int start = periodStart(month, policy.periodMonths) - firstMonth;  // index in series
        if (start - policy.baselineMonths < 0)
            continue;
        levels[i] = levelsFor(series.subspan(static_cast<std::size_t>(start - policy.baselineMonths),
                                             static_cast<std::size_t>(policy.baselineMonths)));
        if (levels[i])
            levels[i]->direction = policy.direction;
    }
    return levels;
}

std::optional<AlertRule> firedRule(std::span<const std::optional<double>> series,
                                   std::span<const std::optional<AlertLevels>> levels, std::size_t at,
                                   const std::vector<AlertRule>& rules)
{
    if (at >= series.size() || at >= levels.size())
        return std::nullopt;
    for (const AlertRule& rule : rules) {
        const auto run = static_cast<std::size_t>(rule.months);
        if (run > at + 1)
            continue;
        bool fires = true;
        for (std::size_t i = at + 1 - run; i <= at && fires; ++i)
            fires = series[i] && levels[i] && levels[i]->beyond(*series[i], rule.sigmas);
        if (fires)
            return rule;
    }
    return std::nullopt;
}

} // namespace vigil::registry
