// SPDX-License-Identifier: EUPL-1.2
#pragma once

// What every bench prints and how it gives up: one `name value unit` line per figure on
// stdout (scripts/bench reads nothing else), and on a failure the reason on stderr and exit 1,
// so a broken run never leaves figures that look measured.

#include "shared/result.h"

#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string_view>
#include <utility>

namespace vigil::bench {

inline void print(const char* name, double value, const char* unit)
{
    std::printf("%s %.6g %s\n", name, value, unit);
    std::fflush(stdout);
}

[[noreturn]] inline void fail(std::string_view what, std::string_view why)
{
    std::cerr << what << ": " << why << "\n";
    std::exit(1);
}

template <typename T>
T must(Result<T> r, const char* what)
{
    if (!r)
        fail(what, r.error().message);
    return std::move(*r);
}

inline void must(const Status& s, const char* what)
{
    if (!s)
        fail(what, s.error().message);
}

} // namespace vigil::bench
