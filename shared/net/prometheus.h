// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Writers for the Prometheus text exposition format (one "# HELP"/"# TYPE" header per
// family, then its samples), shared by every server's GET /metrics.

#include <cstdio>
#include <string>
#include <string_view>
#include <type_traits>

namespace vigil::prometheus {

/// Appends the HELP and TYPE lines of metric family `name`.
inline void family(std::string& out, std::string_view name, std::string_view type, std::string_view help)
{
    out += "# HELP ";
    out += name;
    out += ' ';
    out += help;
    out += "\n# TYPE ";
    out += name;
    out += ' ';
    out += type;
    out += '\n';
}

/// Appends one sample line; floating-point values with six significant digits.
template <typename T>
void sample(std::string& out, std::string_view name, const T& value, std::string_view labels = "")
{
    out += name;
    out += labels;
    out += ' ';
    if constexpr (std::is_floating_point_v<T>) {
        char buf[64];
        std::snprintf(buf, sizeof buf, "%.6g", value);
        out += buf;
    } else {
        out += std::to_string(value);
    }
    out += '\n';
}

} // namespace vigil::prometheus
