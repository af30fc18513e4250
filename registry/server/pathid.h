// SPDX-License-Identifier: EUPL-1.2
#pragma once

// A positive id in a request path ("/v1/advisor/cases/42"): digits only, no sign, no spaces;
// and the "/{id}/{action}" tail of a collection's path.

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

/// A path's tail below a collection, "/{id}" or "/{id}/{action}": the id and the action (empty
/// for the item itself); nullopt when the id is not a positive integer.
struct IdPath {
    std::int64_t id = 0;
    std::string_view action;
};

inline std::optional<IdPath> parseIdPath(std::string_view tail)
{
    if (tail.empty() || tail.front() != '/')
        return std::nullopt;
    const std::string_view rest = tail.substr(1);
    const auto slash = rest.find('/');
    auto id = parseId(rest.substr(0, slash));
    if (!id)
        return std::nullopt;
    return IdPath{*id, slash == std::string_view::npos ? std::string_view{} : rest.substr(slash + 1)};
}

} // namespace vigil::registry
