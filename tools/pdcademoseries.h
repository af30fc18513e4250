// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The world of the PDCA demo (docs/pdca.md, "Demo"): how many near misses each unit × category
// reports in each month. Pure and seeded: the counts are Poisson draws from a generator of our
// own (splitmix64 and Knuth's product method, not <random>'s distributions, whose results the
// standard leaves to each library), keyed by seed, series and month, so every machine and every
// run draws the same counts whatever order they are asked for in.

#include "shared/reportenums.h"

#include <cstdint>
#include <string>
#include <vector>

namespace vigil::tools {

/// One unit × category whose reports the demo generates.
struct DemoSeries {
    std::string unit;
    Category category = Category::OtherPhysical;
};

struct DemoWorld {
    std::uint64_t seed = 15;
    int firstMonth = 0;                 ///< calendar month index (year·12 + month − 1) of the first month
    int months = 24;                    ///< a baseline year and the year with the step
    std::vector<DemoSeries> series;
    double baseRate = 20;               ///< reports a month of every series
    std::size_t stepSeries = 0;         ///< the series whose rate steps up
    int stepFrom = 0;                   ///< month index from which it reports at stepRate …
    int stepUntil = 0;                  ///< … up to and including this month; baseRate again after
    double stepRate = 45;
};

/// The four battalions of 13 Bde and two categories each; the step at 42-bn's live fire from
/// the first month of the second year until `stepUntil` (the month the measure took effect).
DemoWorld defaultDemoWorld(int firstMonth, int stepUntil, std::uint64_t seed);

/// The expected reports a month of `series` in `month`.
double rateOf(const DemoWorld& world, std::size_t series, int month);

/// The seeded count of `series` in `month`: a Poisson draw at rateOf.
std::int64_t countOf(const DemoWorld& world, std::size_t series, int month);

/// One draw of Poisson(lambda) from a stream seeded with `key` (lambda up to ~700).
std::int64_t poissonDraw(std::uint64_t key, double lambda);

} // namespace vigil::tools
