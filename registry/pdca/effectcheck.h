// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The effect check of a measure (docs/pdca.md, "Effect check"): did the rate of an indicator's
// reports change between a window before the measure was implemented and a window after it?
// Pure arithmetic over published figures: the caller gathers the windows, and a window with a
// hidden (suppressed) month is passed as unknown, so nothing hidden can leak through a verdict.
//
// The test is the exact conditional test for two Poisson rates: given n = x₁ + x₂ reports in
// both windows, x₂ (the after count) is Binomial(n, p) and, with no change in rate,
// p₀ = t₂ / (t₁ + t₂) for exposures t₁ (before) and t₂ (after) — months, or person-months when
// the unit's strength is known. The p value is the two-sided exact one (the sum of every outcome
// no more likely than the one seen); the interval for p is Clopper–Pearson, mapped to the rate
// ratio R = (x₂/t₂) / (x₁/t₁) = p·t₁ / ((1 − p)·t₂).
//
// Verdicts never claim more than the data carry:
//   a hidden month, or n below minReports      → inconclusive (too few reports)
//   the whole interval of R below 1            → effective (the rate fell)
//   the interval excludes a fall to noChangeBelow or less → no measurable change (stored
//                                                  not_effective; "the rate rose" when the whole
//                                                  interval lies above 1)
//   otherwise                                  → inconclusive (the data allow both)

#include "shared/enumtable.h"
#include "shared/result.h"

#include <cstdint>
#include <optional>

namespace vigil::registry {

/// One window of an indicator: its report count (nullopt when a month in it is hidden) and
/// its exposure (> 0).
struct EffectWindow {
    std::optional<std::int64_t> count;
    double exposure = 0;
};

struct EffectPolicy {
    std::int64_t minReports = 10;  ///< fewer reports in both windows together: too few to judge
    double confidence = 0.95;      ///< of the interval for the rate ratio
    /// A fall of the rate to this fraction or below, once ruled out, means "no measurable
    /// change": 0.5 = "the measure did not even halve the rate".
    double noChangeBelow = 0.5;
};

enum class EffectVerdict { Effective, NoChange, Inconclusive };
/// Why a verdict is what it is, for the words beside it.
enum class EffectReason { RateFell, RateRose, NoHalving, TooFewReports, HiddenMonth, Uncertain };

struct EffectCheck {
    EffectVerdict verdict = EffectVerdict::Inconclusive;
    EffectReason reason = EffectReason::TooFewReports;
    /// The figures below are present when both counts are known.
    std::optional<std::int64_t> before, after;
    double beforeExposure = 0, afterExposure = 0;
    std::optional<double> rateRatio;  ///< none when the before count is 0 (R is unbounded)
    std::optional<double> ratioLow;   ///< the interval of R; none without a report in either window
    std::optional<double> ratioHigh;  ///< none also when the before count is 0 (unbounded)
    std::optional<double> pValue;     ///< two-sided; none without counts
};

/// The check for one indicator's windows. Invalid for a non-positive exposure, a negative
/// count, or a policy out of range; every other input gives a verdict.
[[nodiscard]] Result<EffectCheck> checkEffect(const EffectWindow& before, const EffectWindow& after,
                                              const EffectPolicy& policy = {});

/// The pieces of the test, exposed so the tests (and an inspector reading docs/pdca.md) can
/// check them one by one.
namespace effect {
/// P(X = k) for X ~ Binomial(n, p).
double binomialPmf(std::int64_t n, std::int64_t k, double p);
/// The exact two-sided p value of x out of n against p0: Σ P(X = i) over every i with
/// P(X = i) ≤ P(X = x) (with a relative tolerance of 1e-7 for ties).
double twoSidedP(std::int64_t n, std::int64_t x, double p0);
/// The Clopper–Pearson interval for p at `confidence`: [0, …] when x = 0, […, 1] when x = n.
struct Interval {
    double low, high;
};
Interval clopperPearson(std::int64_t n, std::int64_t x, double confidence);
} // namespace effect

} // namespace vigil::registry

namespace vigil {
template <> struct EnumTable<registry::EffectVerdict> {
    static constexpr std::array<EnumName<registry::EffectVerdict>, 3> names{{
        {registry::EffectVerdict::Effective, "effective"}, {registry::EffectVerdict::NoChange, "no_change"},
        {registry::EffectVerdict::Inconclusive, "inconclusive"},
    }};
};
template <> struct EnumTable<registry::EffectReason> {
    static constexpr std::array<EnumName<registry::EffectReason>, 6> names{{
        {registry::EffectReason::RateFell, "rate_fell"}, {registry::EffectReason::RateRose, "rate_rose"},
        {registry::EffectReason::NoHalving, "no_halving"}, {registry::EffectReason::TooFewReports, "too_few_reports"},
        {registry::EffectReason::HiddenMonth, "hidden_month"}, {registry::EffectReason::Uncertain, "uncertain"},
    }};
};
} // namespace vigil
