// SPDX-License-Identifier: EUPL-1.2
#include "registry/pdca/alertlevels.h"

#include <catch2/catch.hpp>

#include <array>
#include <cmath>
#include <random>

using namespace vigil;
using namespace vigil::registry;

namespace {

using Series = std::vector<std::optional<double>>;

constexpr int kJanuary2024 = 2024 * 12;

Series constant(std::size_t months, double value) { return Series(months, value); }

// P(X = k) for X ~ Poisson(lambda), from the definition.
double poissonPmf(double lambda, int k)
{
    return std::exp(k * std::log(lambda) - lambda - std::lgamma(k + 1.0));
}

// The probability of each exceedance class of one month: 0 at or below μ+1σ, 1 above μ+1σ,
// 2 above μ+2σ, 3 above μ+3σ.
std::array<double, 4> classProbabilities(double lambda, const AlertLevels& levels)
{
    std::array<double, 4> p{};
    for (int k = 0; k < 1000; ++k) {
        int c = 0;
        while (c < 3 && k > levels.level(c + 1))
            ++c;
        p[static_cast<std::size_t>(c)] += poissonPmf(lambda, k);
    }
    return p;
}

// Whether the default rules fire at a month of class c0 after months of classes c1, c2.
bool defaultRulesFire(int c0, int c1, int c2)
{
    return c0 >= 3 || (c0 >= 2 && c1 >= 2) || (c0 >= 1 && c1 >= 1 && c2 >= 1);
}

} // namespace

TEST_CASE("alert rules read as s:n and write back the same way")
{
    auto rules = parseAlertRules("3:1,2:2,1:3");
    REQUIRE(rules.ok());
    CHECK(rules.value() == defaultAlertRules());
    CHECK(formatAlertRules(rules.value()) == "3:1,2:2,1:3");
    CHECK(parseAlertRules("2:4").value() == std::vector<AlertRule>{{2, 4}});
}

TEST_CASE("alert rules that are malformed, out of range or repeated are refused with the form expected")
{
    for (const std::string_view bad : {"", "3:1,", ",3:1", "3", "4:1", "0:1", "1:0", "1:13", "a:b", "3:1,3:1",
                                       " 3:1", "3:1 ", "-1:2"}) {
        INFO(bad);
        const auto rules = parseAlertRules(bad);
        REQUIRE_FALSE(rules.ok());
        CHECK(rules.error().kind == ErrorKind::Invalid);
        CHECK(rules.error().message.find("s:n") != std::string::npos);
    }
}

TEST_CASE("the levels are the baseline's mean plus one two and three population standard deviations")
{
    const Series baseline{2, 4, 4, 4, 5, 5, 7, 9};
    const auto levels = levelsFor(baseline);
    REQUIRE(levels);
    CHECK(levels->mean == Approx(5));
    CHECK(levels->sd == Approx(2));  // population, not sample (which would be 2.14)
    CHECK(levels->level(1) == Approx(7));
    CHECK(levels->level(3) == Approx(11));
}

TEST_CASE("a baseline with one hidden month has no levels: too few reports for alert levels")
{
    Series baseline = constant(12, 20);
    baseline[7] = std::nullopt;
    CHECK_FALSE(levelsFor(baseline));
    CHECK_FALSE(levelsFor(Series{}));
}

TEST_CASE("levels are frozen for a calendar year from the twelve months before it")
{
    Series series;
    for (int i = 0; i < 36; ++i)
        series.push_back(i < 12 ? 10.0 : i < 24 ? 20.0 + (i % 2) * 2 : 50.0);
    const auto levels = levelsByMonth(series, kJanuary2024, {});
    REQUIRE(levels.size() == 36);
    for (int i = 0; i < 12; ++i)
        CHECK_FALSE(levels[static_cast<std::size_t>(i)]);  // 2024 has no year before it here
    for (int i = 12; i < 24; ++i) {
        REQUIRE(levels[static_cast<std::size_t>(i)]);
        CHECK(levels[static_cast<std::size_t>(i)]->mean == Approx(10));
        CHECK(levels[static_cast<std::size_t>(i)]->sd == Approx(0));
    }
    for (int i = 24; i < 36; ++i) {
        REQUIRE(levels[static_cast<std::size_t>(i)]);
        CHECK(levels[static_cast<std::size_t>(i)]->mean == Approx(21));
        CHECK(levels[static_cast<std::size_t>(i)]->sd == Approx(1));
    }
}

TEST_CASE("a series that starts mid-year gets levels only from the first whole year with a full baseline")
{
    // July 2024 onwards: 2025's baseline (2024) reaches before the series; 2026's is 2025.
    const auto levels = levelsByMonth(constant(30, 5), kJanuary2024 + 6, {});
    for (std::size_t i = 0; i < 30; ++i) {
        INFO("month " << i);
        CHECK(levels[i].has_value() == (i >= 18));
    }
}

TEST_CASE("a rolling baseline gives each month the twelve months just before it")
{
    Series series;
    for (int i = 0; i < 14; ++i)
        series.push_back(static_cast<double>(i));
    const auto levels = levelsByMonth(series, kJanuary2024 + 4, LevelsPolicy{.baselineMonths = 12, .periodMonths = 1});
    CHECK_FALSE(levels[11]);
    REQUIRE(levels[12]);
    CHECK(levels[12]->mean == Approx(5.5));  // months 0…11
    REQUIRE(levels[13]);
    CHECK(levels[13]->mean == Approx(6.5));  // months 1…12
}

TEST_CASE("a hidden baseline month withholds the levels of its whole period")
{
    Series series = constant(24, 30);
    series[3] = std::nullopt;
    const auto levels = levelsByMonth(series, kJanuary2024, {});
    for (std::size_t i = 12; i < 24; ++i)
        CHECK_FALSE(levels[i]);
}

TEST_CASE("each default rule fires on its own pattern and not one month early")
{
    const AlertLevels flat{10, 2};  // levels 12, 14, 16
    const auto rules = defaultAlertRules();
    const auto firedAtEnd = [&](Series series) {
        std::vector<std::optional<AlertLevels>> levels(series.size(), flat);
        return firedRule(series, levels, series.size() - 1, rules);
    };
    CHECK(firedAtEnd({10, 10, 17}) == AlertRule{3, 1});
    CHECK_FALSE(firedAtEnd({10, 10, 16}));  // at the level is not above it
    CHECK(firedAtEnd({10, 15, 15}) == AlertRule{2, 2});
    CHECK_FALSE(firedAtEnd({10, 10, 15}));
    CHECK(firedAtEnd({13, 13, 13}) == AlertRule{1, 3});
    CHECK_FALSE(firedAtEnd({10, 13, 13}));
    CHECK(firedAtEnd({13, 15, 17}) == AlertRule{3, 1});  // the strictest that holds is named
    CHECK_FALSE(firedAtEnd({13, 13}));                   // a run longer than the series cannot hold
}

TEST_CASE("a hidden month or a month without levels breaks a run")
{
    const AlertLevels flat{10, 2};
    const auto rules = defaultAlertRules();
    Series series{13, std::nullopt, 13, 13};
    std::vector<std::optional<AlertLevels>> levels(series.size(), flat);
    CHECK_FALSE(firedRule(series, levels, 3, rules));
    series[1] = 13;
    CHECK(firedRule(series, levels, 3, rules) == AlertRule{1, 3});
    levels[2] = std::nullopt;
    CHECK_FALSE(firedRule(series, levels, 3, rules));
}

TEST_CASE("a run across a new period is judged month by month against each period's own levels")
{
    // December above the old year's 1σ, January and February above the new year's.
    Series series{13, 23, 23};
    std::vector<std::optional<AlertLevels>> levels{AlertLevels{10, 2}, AlertLevels{20, 2}, AlertLevels{20, 2}};
    CHECK(firedRule(series, levels, 2, defaultAlertRules()) == AlertRule{1, 3});
    series[0] = 11;  // below the old year's 1σ (12), though the new year's would call 13 low too
    CHECK_FALSE(firedRule(series, levels, 2, defaultAlertRules()));
    series = {13, 21, 23};  // January is above the old year's levels but not above the new year's 1σ (22)
    CHECK_FALSE(firedRule(series, levels, 2, defaultAlertRules()));
}

TEST_CASE("on a stationary Poisson series the false-alarm rate of the default rules is the exact one")
{
    constexpr double kLambda = 50;
    const AlertLevels known{kLambda, std::sqrt(kLambda)};
    const auto p = classProbabilities(kLambda, known);
    double exact = 0;  // the three months' classes are independent: enumerate all 64
    for (int c0 = 0; c0 < 4; ++c0)
        for (int c1 = 0; c1 < 4; ++c1)
            for (int c2 = 0; c2 < 4; ++c2)
                if (defaultRulesFire(c0, c1, c2))
                    exact += p[static_cast<std::size_t>(c0)] * p[static_cast<std::size_t>(c1)]
                             * p[static_cast<std::size_t>(c2)];

    constexpr std::size_t kBatches = 100, kBatchMonths = 1000;
    std::mt19937_64 rng(20261205);
    std::poisson_distribution<int> draw(kLambda);
    Series series(kBatches * kBatchMonths);
    for (auto& month : series)
        month = draw(rng);
    const std::vector<std::optional<AlertLevels>> levels(series.size(), known);
    const auto rules = defaultAlertRules();
    // Consecutive months share their runs, so the standard error comes from batch means.
    std::vector<double> batchRates;
    for (std::size_t b = 0; b < kBatches; ++b) {
        int fired = 0;
        for (std::size_t i = b * kBatchMonths; i < (b + 1) * kBatchMonths; ++i)
            fired += firedRule(series, levels, i, rules) ? 1 : 0;
        batchRates.push_back(fired / static_cast<double>(kBatchMonths));
    }
    double mean = 0, squares = 0;
    for (const double r : batchRates)
        mean += r / kBatches;
    for (const double r : batchRates)
        squares += (r - mean) * (r - mean);
    const double se = std::sqrt(squares / (kBatches - 1) / kBatches);
    INFO("exact " << exact << " simulated " << mean << " se " << se);
    CHECK(exact > 0.003);  // the sum is of the right size: 3σ alone is 0.0017 at λ = 50
    CHECK(exact < 0.01);
    CHECK(std::abs(mean - exact) < 4 * se);
}

TEST_CASE("a step from 20 to 40 reports a month is detected after its exact expected delay")
{
    // Levels from a known baseline of λ = 20; from the step on, λ = 40. The delay is the number
    // of months from the step to the first alert (0 = in the step month).
    const AlertLevels known{20, std::sqrt(20.0)};
    const auto pre = classProbabilities(20, known);
    const auto post = classProbabilities(40, known);

    // Exact: the distribution over (class last month, class the month before), alert not yet fired.
    std::array<std::array<double, 4>, 4> alive{};
    for (std::size_t a = 0; a < 4; ++a)
        for (std::size_t b = 0; b < 4; ++b)
            alive[a][b] = pre[a] * pre[b];
    double exactDelay = 0;
    for (int month = 0; month < 200; ++month) {
        std::array<std::array<double, 4>, 4> next{};
        for (std::size_t c1 = 0; c1 < 4; ++c1)
            for (std::size_t c2 = 0; c2 < 4; ++c2)
                for (std::size_t c0 = 0; c0 < 4; ++c0)
                    if (!defaultRulesFire(static_cast<int>(c0), static_cast<int>(c1), static_cast<int>(c2)))
                        next[c0][c1] += alive[c1][c2] * post[c0];
        alive = next;
        double survive = 0;
        for (const auto& row : alive)
            for (const double m : row)
                survive += m;
        exactDelay += survive;  // E[delay] = Σ P(no alert through month t)
    }

    std::mt19937_64 rng(4);
    std::poisson_distribution<int> before(20), after(40);
    const auto rules = defaultAlertRules();
    constexpr int kTrials = 20000;
    double sum = 0, squares = 0;
    for (int trial = 0; trial < kTrials; ++trial) {
        Series series{before(rng) * 1.0, before(rng) * 1.0};
        int delay = 0;
        for (;; ++delay) {
            series.push_back(after(rng));
            const std::vector<std::optional<AlertLevels>> levels(series.size(), known);
            if (firedRule(series, levels, series.size() - 1, rules))
                break;
        }
        sum += delay;
        squares += static_cast<double>(delay) * delay;
    }
    const double mean = sum / kTrials;
    const double se = std::sqrt((squares / kTrials - mean * mean) / kTrials);
    INFO("exact " << exactDelay << " simulated " << mean << " se " << se);
    CHECK(exactDelay > 0.05);  // mostly caught in the step month, not always
    CHECK(exactDelay < 1);
    CHECK(std::abs(mean - exactDelay) < 4 * se);
}

TEST_CASE("for an indicator where more is better a step down is detected and a step up is never alerted")
{
    // A share where more is better, as a count out of 200 (measures on time, cases acknowledged
    // within 7 days): a year of baseline at p = 0.9, then a year at p_after. The levels come from
    // the baseline itself (levelsByMonth), as the board computes them.
    const auto simulate = [](double pAfter, AlertDirection direction, std::uint64_t seed) {
        std::mt19937_64 rng(seed);
        std::binomial_distribution<int> before(200, 0.9), after(200, pAfter);
        Series series;
        for (int m = 0; m < 12; ++m)
            series.push_back(before(rng) / 200.0);
        for (int m = 0; m < 12; ++m)
            series.push_back(after(rng) / 200.0);
        const auto levels = levelsByMonth(series, kJanuary2024, LevelsPolicy{12, 12, direction});
        std::optional<std::size_t> first;
        for (std::size_t m = 12; m < series.size() && !first; ++m)
            if (firedRule(series, levels, m, defaultAlertRules()))
                first = m - 12;
        return first;
    };
    constexpr int kTrials = 200;
    int detectedInQuarter = 0, risesAlerted = 0, fallsAlertedAsRise = 0;
    for (int t = 0; t < kTrials; ++t) {
        const auto seed = static_cast<std::uint64_t>(t) + 1;
        // A fall from 90 % to 75 % — about five baseline standard deviations.
        if (const auto at = simulate(0.75, AlertDirection::Down, seed); at && *at < 3)
            ++detectedInQuarter;
        // A rise to 99 %: better, never an alert for a more-is-better indicator.
        risesAlerted += simulate(0.99, AlertDirection::Down, seed) ? 1 : 0;
        // The same fall read the old way (more is worse) would never alert: the bug this fixes.
        fallsAlertedAsRise += simulate(0.75, AlertDirection::Up, seed) ? 1 : 0;
    }
    CHECK(detectedInQuarter >= kTrials * 95 / 100);
    CHECK(risesAlerted == 0);
    CHECK(fallsAlertedAsRise == 0);

    // The levels themselves lie below the mean, and a month at a level is not beyond it.
    const AlertLevels down{0.9, 0.02, AlertDirection::Down};
    CHECK(down.level(3) == Approx(0.84));
    CHECK(down.beyond(0.83, 3));
    CHECK_FALSE(down.beyond(down.level(3), 3));
    CHECK_FALSE(down.beyond(0.99, 1));
}
