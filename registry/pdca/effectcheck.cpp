// SPDX-License-Identifier: EUPL-1.2
#include "effectcheck.h"

#include <boost/math/distributions/binomial.hpp>

#include <algorithm>
#include <cmath>

namespace vigil::registry {
namespace {

// Boost.Math throws on a domain error by default; every input here is checked first, and should
// one slip through, a NaN that fails the comparisons below is safer than an exception in a
// request handler.
using NoThrow = boost::math::policies::policy<boost::math::policies::domain_error<boost::math::policies::ignore_error>,
                                              boost::math::policies::overflow_error<boost::math::policies::ignore_error>,
                                              boost::math::policies::evaluation_error<boost::math::policies::ignore_error>>;
using Binomial = boost::math::binomial_distribution<double, NoThrow>;

// The rate ratio for a share p of the reports falling after, given the exposures.
double ratioOf(double p, double t1, double t2) { return p * t1 / ((1 - p) * t2); }

} // namespace

namespace effect {

double binomialPmf(std::int64_t n, std::int64_t k, double p)
{
    if (k < 0 || k > n)
        return 0;
    return boost::math::pdf(Binomial(static_cast<double>(n), p), static_cast<double>(k));
}

double twoSidedP(std::int64_t n, std::int64_t x, double p0)
{
    const double seen = binomialPmf(n, x, p0);
    // Outcomes exactly as likely as the one seen count too; floating point makes "exactly"
    // need a tolerance (R's binom.test uses the same relative 1e-7).
    const double bound = seen * (1 + 1e-7);
    double sum = 0;
    for (std::int64_t i = 0; i <= n; ++i) {
        const double pi = binomialPmf(n, i, p0);
        if (pi <= bound)
            sum += pi;
    }
    return std::min(sum, 1.0);
}

Interval clopperPearson(std::int64_t n, std::int64_t x, double confidence)
{
    const double alpha = (1 - confidence) / 2;
    const auto trials = static_cast<double>(n);
    const auto successes = static_cast<double>(x);
    const double low = x == 0 ? 0.0
                              : Binomial::find_lower_bound_on_p(trials, successes, alpha,
                                                                Binomial::clopper_pearson_exact_interval);
    const double high = x == n ? 1.0
                               : Binomial::find_upper_bound_on_p(trials, successes, alpha,
                                                                 Binomial::clopper_pearson_exact_interval);
    return {low, high};
}

} // namespace effect

Result<EffectCheck> checkEffect(const EffectWindow& before, const EffectWindow& after, const EffectPolicy& policy)
{
    if (!(before.exposure > 0) || !(after.exposure > 0) || !std::isfinite(before.exposure)
        || !std::isfinite(after.exposure))
        return Error{"effect check: each window needs a positive exposure", ErrorKind::Invalid};
    if ((before.count && *before.count < 0) || (after.count && *after.count < 0))
        return Error{"effect check: a count cannot be negative", ErrorKind::Invalid};
    if (policy.minReports < 1 || !(policy.confidence > 0.5 && policy.confidence < 1)
        || !(policy.noChangeBelow > 0 && policy.noChangeBelow < 1))
        return Error{"effect check: the policy needs minReports ≥ 1, a confidence between 0.5 and 1 and a "
                     "no-change bound between 0 and 1",
                     ErrorKind::Invalid};

    EffectCheck check;
    check.beforeExposure = before.exposure;
    check.afterExposure = after.exposure;
    if (!before.count || !after.count) {
        check.reason = EffectReason::HiddenMonth;
        return check;
    }
    const std::int64_t x1 = *before.count;
    const std::int64_t x2 = *after.count;
    const std::int64_t n = x1 + x2;
    check.before = x1;
    check.after = x2;
    const double t1 = before.exposure;
    const double t2 = after.exposure;
    if (x1 > 0)
        check.rateRatio = (static_cast<double>(x2) / t2) / (static_cast<double>(x1) / t1);
    if (n > 0) {
        check.pValue = effect::twoSidedP(n, x2, t2 / (t1 + t2));
        const auto [low, high] = effect::clopperPearson(n, x2, policy.confidence);
        check.ratioLow = ratioOf(low, t1, t2);
        if (high < 1)
            check.ratioHigh = ratioOf(high, t1, t2);
    }

    if (n < policy.minReports) {
        check.reason = EffectReason::TooFewReports;
        return check;
    }
    if (check.ratioHigh && *check.ratioHigh < 1) {
        check.verdict = EffectVerdict::Effective;
        check.reason = EffectReason::RateFell;
    } else if (*check.ratioLow > policy.noChangeBelow) {
        check.verdict = EffectVerdict::NoChange;
        check.reason = *check.ratioLow > 1 ? EffectReason::RateRose : EffectReason::NoHalving;
    } else {
        check.reason = EffectReason::Uncertain;
    }
    return check;
}

} // namespace vigil::registry
