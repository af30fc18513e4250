// SPDX-License-Identifier: EUPL-1.2
#pragma once

// A positive id in a request path ("/v1/advisor/cases/42"): digits only, no sign, no spaces.

#include <charconv>
#include <cstdint>
#include <optional>
#include <string_view>
#include <system_error>

namespace vigil::registry {

inline std::optional<std::int64_t> parseId(std::string_view text)
{
    std::int64_t v = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec != std::errc() || end != text.data() + text.size() || v <= 0)
        return std::nullopt;
    return v;
}

} // namespace vigil::registry
