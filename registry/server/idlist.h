// SPDX-License-Identifier: EUPL-1.2
#pragma once

// A list of ids or names in a request body ("cases": [41, 42], "indicators": ["nm-13bde"]),
// taken out of the body before JsonReader reads the rest: JsonReader has no lists.

#include "shared/result.h"

#include <boost/json/object.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vigil::registry {

/// The list under `key` (absent: empty), at most `most` items, each read by `convert` (an
/// optional: none refuses the item); Invalid naming "request.<key>" otherwise. The member is
/// removed from `body` either way.
template <typename T, typename Convert>
Result<std::vector<T>> takeList(boost::json::object& body, std::string_view key, std::size_t most,
                                std::string_view items, std::string_view each, Convert convert)
{
    std::vector<T> out;
    auto it = body.find(key);
    if (it == body.end())
        return out;
    const boost::json::value v = it->value();
    body.erase(it);
    const std::string field = "request." + std::string(key);
    if (!v.is_array() || v.as_array().size() > most)
        return Error{field + ": expected an array of at most " + std::to_string(most) + " " + std::string(items),
                     ErrorKind::Invalid};
    for (const auto& item : v.as_array()) {
        auto converted = convert(item);
        if (!converted)
            return Error{field + ": expected " + std::string(each), ErrorKind::Invalid};
        out.push_back(std::move(*converted));
    }
    return out;
}

/// The positive ids under `key`, at most 1000 (takeList).
inline Result<std::vector<std::int64_t>> takeIds(boost::json::object& body, std::string_view key)
{
    return takeList<std::int64_t>(body, key, 1000, "ids", "ids (positive integers)",
                                  [](const boost::json::value& item) -> std::optional<std::int64_t> {
                                      if (!item.is_int64() || item.as_int64() <= 0)
                                          return std::nullopt;
                                      return item.as_int64();
                                  });
}

/// The names under `key`, at most 100 of 1–64 characters each (takeList).
inline Result<std::vector<std::string>> takeNames(boost::json::object& body, std::string_view key)
{
    return takeList<std::string>(body, key, 100, "names", "names (strings of 1 to 64 characters)",
                                 [](const boost::json::value& item) -> std::optional<std::string> {
                                     if (!item.is_string() || item.as_string().empty() || item.as_string().size() > 64)
                                         return std::nullopt;
                                     return std::string(item.as_string());
                                 });
}

} // namespace vigil::registry
