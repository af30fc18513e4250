// SPDX-License-Identifier: EUPL-1.2
#pragma once

// How the in-process benches time an operation: its rate over a fixed stretch of time, and the
// median over rounds (the machine is shared, so one slow round must not move the figure).

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <functional>
#include <vector>

namespace vigil::bench {

inline double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

/// Operations per second of `op`, repeated until `seconds` have passed (at least twice).
inline double rate(double seconds, const std::function<void()>& op)
{
    using Steady = std::chrono::steady_clock;
    const auto start = Steady::now();
    std::size_t n = 0;
    double elapsed = 0;
    do {
        op();
        ++n;
        elapsed = std::chrono::duration<double>(Steady::now() - start).count();
    } while (elapsed < seconds || n < 2);
    return static_cast<double>(n) / elapsed;
}

} // namespace vigil::bench
