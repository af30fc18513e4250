// SPDX-License-Identifier: EUPL-1.2
#include "pdcademoseries.h"

#include <cmath>

namespace vigil::tools {

namespace {

/// splitmix64: a full-period 64-bit generator whose every output is a good hash of its state.
struct SplitMix {
    std::uint64_t state;
    std::uint64_t next()
    {
        std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    /// Uniform in (0, 1): 53 random bits, never 0.
    double uniform() { return (static_cast<double>(next() >> 11) + 0.5) * 0x1.0p-53; }
};

} // namespace

DemoWorld defaultDemoWorld(int firstMonth, int stepUntil, std::uint64_t seed)
{
    DemoWorld w;
    w.seed = seed;
    w.firstMonth = firstMonth;
    w.series = {{"17-bn", Category::LiveFire}, {"17-bn", Category::Vehicles},
                {"42-bn", Category::LiveFire}, {"42-bn", Category::Vehicles},
                {"45-bn", Category::LiveFire}, {"45-bn", Category::Vehicles},
                {"13-bevo", Category::LiveFire}, {"13-bevo", Category::Vehicles}};
    w.stepSeries = 2;  // 42-bn, live fire
    w.stepFrom = firstMonth + 12;
    w.stepUntil = stepUntil;
    return w;
}

double rateOf(const DemoWorld& world, std::size_t series, int month)
{
    if (series == world.stepSeries && month >= world.stepFrom && month <= world.stepUntil)
        return world.stepRate;
    return world.baseRate;
}

std::int64_t countOf(const DemoWorld& world, std::size_t series, int month)
{
    // One stream per (seed, series, month): SplitMix's output mixes the key's bits.
    SplitMix key{world.seed};
    key.state ^= static_cast<std::uint64_t>(series) * 0x100000001b3ULL;
    key.state += static_cast<std::uint64_t>(static_cast<std::int64_t>(month)) << 20;
    return poissonDraw(key.next(), rateOf(world, series, month));
}

std::int64_t poissonDraw(std::uint64_t key, double lambda)
{
    // Knuth: multiply uniforms until the product falls below e^-λ. Exact, and quick for the
    // demo's rates (λ + 1 uniforms on average).
    SplitMix rng{key};
    const double limit = std::exp(-lambda);
    std::int64_t k = 0;
    for (double p = rng.uniform(); p > limit; p *= rng.uniform())
        ++k;
    return k;
}

} // namespace vigil::tools
