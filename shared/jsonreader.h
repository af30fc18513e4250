// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "enumtable.h"
#include "result.h"

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include <cstdint>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace vigil {

/// Parses JSON text with hard limits (size, nesting depth) and requires an object at the top.
/// `what` names the document in errors ("report", "directory").
Result<boost::json::object> parseJsonObject(std::string_view text, std::string_view what, std::size_t maxBytes,
                                            unsigned maxDepth = 16);

enum class Need { Required, Optional };

/// The longest identifier (unit, member, group, relay, contact) a signed document may carry.
inline constexpr std::size_t kMaxIdBytes = 64;
/// The latest unix time a document may name: 2^40 s (the year 36812) is past any real date and
/// far enough from INT64_MAX that adding a lifetime to it cannot overflow.
inline constexpr std::int64_t kMaxUnixTime = std::int64_t{1} << 40;

/// Strict, typed field access on a JSON object for decoders. Each getter returns a value
/// (or a neutral default) and records the first problem with the field's full path, so a
/// decoder reads like a schema and checks one error at the end via finish().
/// finish() also rejects keys the decoder never asked for: a v1 document has no unknown fields.
class JsonReader {
public:
    JsonReader(const boost::json::object& object, std::string path);

    std::string text(std::string_view key, std::size_t maxBytes, Need need = Need::Required);
    bool flag(std::string_view key, Need need = Need::Optional);
    std::int64_t integer(std::string_view key, std::int64_t min, std::int64_t max, Need need = Need::Required);
    std::vector<std::string> texts(std::string_view key, std::size_t maxCount, std::size_t maxBytesEach,
                                   Need need = Need::Optional);

    template <typename E>
    E choice(std::string_view key, E fallback, Need need = Need::Required)
    {
        auto name = text(key, 64, need);
        if (name.empty())
            return fallback;
        if (auto v = parseEnum<E>(name))
            return *v;
        fail(key, "expected one of " + enumChoices<E>() + ", got \"" + name + "\"");
        return fallback;
    }

    /// A reader for a nested object, sharing this reader's error; nullopt when absent or wrong type.
    std::optional<JsonReader> object(std::string_view key, Need need = Need::Optional);
    /// The objects of an array field, each as a reader; empty when absent or on error.
    std::vector<JsonReader> objects(std::string_view key, std::size_t maxCount, Need need = Need::Optional);

    bool has(std::string_view key) const;
    /// Records a problem with `key` unless an earlier one was recorded.
    void fail(std::string_view key, std::string problem);
    /// Checks this object for keys nobody asked for; call once per nested object when done.
    void close();
    /// close(), then the first problem recorded by this reader or any reader derived from it.
    Status finish();
    bool failed() const { return m_error->has_value(); }
    const std::string& path() const { return m_path; }

private:
    JsonReader(const boost::json::object& object, std::string path, std::shared_ptr<std::optional<Error>> error);
    const boost::json::value* find(std::string_view key, Need need);
    /// The array under `key` when present and at most `maxCount` long; null (and an error
    /// unless it is merely absent) otherwise. `expected` names the array in the error.
    const boost::json::array* boundedArray(std::string_view key, std::size_t maxCount, Need need,
                                           std::string_view expected);
    std::string fieldPath(std::string_view key) const;

    const boost::json::object* m_object;
    std::string m_path;
    std::set<std::string, std::less<>> m_seen;
    std::shared_ptr<std::optional<Error>> m_error;
};

} // namespace vigil
