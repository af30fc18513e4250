// SPDX-License-Identifier: EUPL-1.2
#pragma once

// A list of ids in a request body ("cases": [41, 42]), taken out of the body before JsonReader
// reads the rest: JsonReader has no integer lists, and a list of ids is all this is.

#include "shared/result.h"

#include <boost/json/object.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace vigil::registry {

/// The positive ids under `key` (absent: none), at most 1000; Invalid naming
/// "request.<key>" otherwise. The member is removed from `body` either way.
inline Result<std::vector<std::int64_t>> takeIds(boost::json::object& body, std::string_view key)
{
    std::vector<std::int64_t> out;
    auto it = body.find(key);
    if (it == body.end())
        return out;
    const boost::json::value v = it->value();
    body.erase(it);
    const std::string field = "request." + std::string(key);
    if (!v.is_array() || v.as_array().size() > 1000)
        return Error{field + ": expected an array of at most 1000 ids", ErrorKind::Invalid};
    for (const auto& item : v.as_array()) {
        if (!item.is_int64() || item.as_int64() <= 0)
            return Error{field + ": expected ids (positive integers)", ErrorKind::Invalid};
        out.push_back(item.as_int64());
    }
    return out;
}

/// The names under `key` (absent: none), at most 100 of 1–64 characters each; Invalid naming
/// "request.<key>" otherwise. The member is removed from `body` either way.
inline Result<std::vector<std::string>> takeNames(boost::json::object& body, std::string_view key)
{
    std::vector<std::string> out;
    auto it = body.find(key);
    if (it == body.end())
        return out;
    const boost::json::value v = it->value();
    body.erase(it);
    const std::string field = "request." + std::string(key);
    if (!v.is_array() || v.as_array().size() > 100)
        return Error{field + ": expected an array of at most 100 names", ErrorKind::Invalid};
    for (const auto& item : v.as_array()) {
        if (!item.is_string() || item.as_string().empty() || item.as_string().size() > 64)
            return Error{field + ": expected names (strings of 1 to 64 characters)", ErrorKind::Invalid};
        out.emplace_back(item.as_string());
    }
    return out;
}

} // namespace vigil::registry
