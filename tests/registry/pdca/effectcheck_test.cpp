// SPDX-License-Identifier: EUPL-1.2
#include "registry/pdca/effectcheck.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace vigil;
using namespace vigil::registry;

namespace {

// An independent reference, written from the definitions rather than from Boost: the binomial
// pmf by log-gamma in long double, tails by summation, interval ends by bisection.
long double pmf(int n, int k, long double p)
{
    if (p <= 0)
        return k == 0 ? 1 : 0;
    if (p >= 1)
        return k == n ? 1 : 0;
    return std::exp(std::lgamma(static_cast<long double>(n + 1)) - std::lgamma(static_cast<long double>(k + 1))
                    - std::lgamma(static_cast<long double>(n - k + 1)) + k * std::log(p)
                    + (n - k) * std::log1p(-p));
}

long double tailAtLeast(int n, int x, long double p)
{
    long double sum = 0;
    for (int i = x; i <= n; ++i)
        sum += pmf(n, i, p);
    return sum;
}

long double tailAtMost(int n, int x, long double p)
{
    long double sum = 0;
    for (int i = 0; i <= x; ++i)
        sum += pmf(n, i, p);
    return sum;
}

// The p at which `tail(p)` crosses `target`, for a tail that rises with p.
template <typename Tail> long double bisect(Tail tail, long double target)
{
    long double lo = 0, hi = 1;
    for (int i = 0; i < 200; ++i) {
        const long double mid = (lo + hi) / 2;
        (tail(mid) < target ? lo : hi) = mid;
    }
    return (lo + hi) / 2;
}

long double referenceP(int n, int x, long double p0)
{
    const long double seen = pmf(n, x, p0);
    long double sum = 0;
    for (int i = 0; i <= n; ++i)
        if (pmf(n, i, p0) <= seen * (1 + 1e-7L))
            sum += pmf(n, i, p0);
    return std::min(sum, 1.0L);
}

EffectCheck check(std::optional<std::int64_t> before, std::optional<std::int64_t> after, double t1 = 6,
                  double t2 = 6)
{
    auto result = checkEffect({before, t1}, {after, t2});
    REQUIRE(result.ok());
    return result.value();
}

} // namespace

TEST_CASE("the exact p value equals a direct enumeration for every outcome up to 40 reports")
{
    for (const long double p0 : {0.5L, 1.0L / 3, 0.7L, 6.0L / 18}) {
        for (int n = 1; n <= 40; ++n) {
            for (int x = 0; x <= n; ++x) {
                INFO("n " << n << " x " << x << " p0 " << static_cast<double>(p0));
                CHECK(effect::twoSidedP(n, x, static_cast<double>(p0))
                      == Approx(static_cast<double>(referenceP(n, x, p0))).epsilon(1e-9).margin(1e-12));
            }
        }
    }
}

TEST_CASE("the Clopper-Pearson interval equals the tails' crossing points for every outcome up to 40 reports")
{
    for (int n = 1; n <= 40; ++n) {
        for (int x = 0; x <= n; ++x) {
            INFO("n " << n << " x " << x);
            const auto interval = effect::clopperPearson(n, x, 0.95);
            const long double low = x == 0 ? 0 : bisect([&](long double p) { return tailAtLeast(n, x, p); }, 0.025L);
            const long double high =
                x == n ? 1 : bisect([&](long double p) { return 1 - tailAtMost(n, x, p); }, 0.975L);
            CHECK(interval.low == Approx(static_cast<double>(low)).epsilon(1e-8).margin(1e-12));
            CHECK(interval.high == Approx(static_cast<double>(high)).epsilon(1e-8).margin(1e-12));
        }
    }
}

TEST_CASE("the interval's closed forms at the edges hold: no success, all successes")
{
    // x = 0: high = 1 − (α/2)^(1/n); x = n: low = (α/2)^(1/n).
    CHECK(effect::clopperPearson(10, 0, 0.95).high == Approx(1 - std::pow(0.025, 0.1)));
    CHECK(effect::clopperPearson(10, 0, 0.95).low == 0);
    CHECK(effect::clopperPearson(10, 10, 0.95).low == Approx(std::pow(0.025, 0.1)));
    CHECK(effect::clopperPearson(10, 10, 0.95).high == 1);
    // Two-sided against one half: all ten on one side is 2 · 2⁻¹⁰.
    CHECK(effect::twoSidedP(10, 0, 0.5) == Approx(2.0 / 1024));
}

TEST_CASE("a rate that fell by two thirds over equal windows is effective")
{
    const auto c = check(60, 20);
    CHECK(c.verdict == EffectVerdict::Effective);
    CHECK(c.reason == EffectReason::RateFell);
    CHECK(*c.rateRatio == Approx(1.0 / 3));
    CHECK(*c.ratioHigh < 1);
    CHECK(*c.ratioLow < *c.rateRatio);
    CHECK(*c.pValue < 0.001);
}

TEST_CASE("an unchanged rate with enough reports is no measurable change, not a failure to judge")
{
    const auto c = check(40, 40);
    CHECK(c.verdict == EffectVerdict::NoChange);
    CHECK(c.reason == EffectReason::NoHalving);
    CHECK(*c.ratioLow > 0.5);
    CHECK(*c.pValue == Approx(1.0));
}

TEST_CASE("a rate that rose is no measurable change, and says that it rose")
{
    const auto c = check(10, 40);
    CHECK(c.verdict == EffectVerdict::NoChange);
    CHECK(c.reason == EffectReason::RateRose);
    CHECK(*c.ratioLow > 1);
}

TEST_CASE("a small fall that the data cannot tell from chance is inconclusive")
{
    const auto c = check(10, 7);
    CHECK(c.verdict == EffectVerdict::Inconclusive);
    CHECK(c.reason == EffectReason::Uncertain);
    CHECK(*c.ratioLow <= 0.5);
    CHECK(*c.ratioHigh >= 1);
}

TEST_CASE("fewer than ten reports in both windows is too few to judge, however large the fall")
{
    const auto nine = check(9, 0);
    CHECK(nine.verdict == EffectVerdict::Inconclusive);
    CHECK(nine.reason == EffectReason::TooFewReports);
    CHECK(nine.pValue.has_value());  // the figures are still shown
    const auto ten = check(10, 0);
    CHECK(ten.verdict == EffectVerdict::Effective);
    CHECK(*ten.ratioLow == 0);
}

TEST_CASE("a hidden month in either window makes the check inconclusive and shows no figure")
{
    for (const auto& c : {check(std::nullopt, 20), check(60, std::nullopt)}) {
        CHECK(c.verdict == EffectVerdict::Inconclusive);
        CHECK(c.reason == EffectReason::HiddenMonth);
        CHECK_FALSE(c.before);
        CHECK_FALSE(c.after);
        CHECK_FALSE(c.pValue);
        CHECK_FALSE(c.rateRatio);
    }
}

TEST_CASE("exposure normalises the rates: the same count over twice the people is half the rate")
{
    // 40 reports from 100 people before, 40 from 200 after (person-months): the rate halved.
    const auto halved = check(40, 40, 600, 1200);
    CHECK(*halved.rateRatio == Approx(0.5));
    CHECK(halved.verdict == EffectVerdict::Effective);
    // 40 in twelve months before, 20 in six after: the same monthly rate.
    const auto same = check(40, 20, 12, 6);
    CHECK(*same.rateRatio == Approx(1.0));
    CHECK(same.verdict != EffectVerdict::Effective);
}

TEST_CASE("no report before the measure leaves the ratio and its upper end unbounded")
{
    const auto c = check(0, 12);
    CHECK_FALSE(c.rateRatio);
    CHECK_FALSE(c.ratioHigh);
    CHECK(c.verdict == EffectVerdict::NoChange);
    CHECK(c.reason == EffectReason::RateRose);
}

TEST_CASE("windows without exposure, negative counts and a policy out of range are refused")
{
    CHECK(checkEffect({10, 0}, {10, 6}).error().kind == ErrorKind::Invalid);
    CHECK(checkEffect({10, 6}, {10, -1}).error().kind == ErrorKind::Invalid);
    CHECK(checkEffect({10, 6}, {10, std::nan("")}).error().kind == ErrorKind::Invalid);
    CHECK(checkEffect({-1, 6}, {10, 6}).error().kind == ErrorKind::Invalid);
    CHECK(checkEffect({10, 6}, {10, 6}, EffectPolicy{.minReports = 0}).error().kind == ErrorKind::Invalid);
    CHECK(checkEffect({10, 6}, {10, 6}, EffectPolicy{.confidence = 1}).error().kind == ErrorKind::Invalid);
    CHECK(checkEffect({10, 6}, {10, 6}, EffectPolicy{.noChangeBelow = 1.5}).error().kind == ErrorKind::Invalid);
}
