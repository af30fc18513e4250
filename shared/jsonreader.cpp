// SPDX-License-Identifier: EUPL-1.2
#include "jsonreader.h"

#include <boost/json/parse.hpp>

namespace vigil {

namespace json = boost::json;

Result<json::object> parseJsonObject(std::string_view text, std::string_view what, std::size_t maxBytes,
                                     unsigned maxDepth)
{
    if (text.size() > maxBytes)
        return Error{std::string(what) + ": document is " + std::to_string(text.size()) + " bytes, the limit is "
                     + std::to_string(maxBytes)};
    json::parse_options options;
    options.max_depth = maxDepth;
    boost::system::error_code ec;
    json::value v = json::parse(json::string_view(text.data(), text.size()), ec, {}, options);
    if (ec)
        return Error{std::string(what) + ": not valid JSON (" + ec.message() + ")"};
    if (!v.is_object())
        return Error{std::string(what) + ": expected a JSON object at the top level"};
    return std::move(v.as_object());
}

JsonReader::JsonReader(const json::object& object, std::string path)
    : JsonReader(object, std::move(path), std::make_shared<std::optional<Error>>())
{
}

JsonReader::JsonReader(const json::object& object, std::string path, std::shared_ptr<std::optional<Error>> error)
    : m_object(&object), m_path(std::move(path)), m_error(std::move(error))
{
}

std::string JsonReader::fieldPath(std::string_view key) const
{
    return m_path + "." + std::string(key);
}

void JsonReader::fail(std::string_view key, std::string problem)
{
    if (!m_error->has_value())
        *m_error = Error{fieldPath(key) + ": " + problem};
}

bool JsonReader::has(std::string_view key) const
{
    return m_object->contains(json::string_view(key.data(), key.size()));
}

const json::value* JsonReader::find(std::string_view key, Need need)
{
    m_seen.emplace(key);
    const json::value* v = m_object->if_contains(json::string_view(key.data(), key.size()));
    if (v == nullptr && need == Need::Required)
        fail(key, "is required but missing");
    return v;
}

std::string JsonReader::text(std::string_view key, std::size_t maxBytes, Need need)
{
    const json::value* v = find(key, need);
    if (v == nullptr)
        return {};
    if (!v->is_string()) {
        fail(key, "expected a string");
        return {};
    }
    const json::string& s = v->get_string();
    if (s.size() > maxBytes) {
        fail(key, "is " + std::to_string(s.size()) + " bytes long, the limit is " + std::to_string(maxBytes));
        return {};
    }
    if (s.empty() && need == Need::Required) {
        fail(key, "must not be empty");
        return {};
    }
    return std::string(s.data(), s.size());
}

bool JsonReader::flag(std::string_view key, Need need)
{
    const json::value* v = find(key, need);
    if (v == nullptr)
        return false;
    if (!v->is_bool()) {
        fail(key, "expected true or false");
        return false;
    }
    return v->get_bool();
}

std::int64_t JsonReader::integer(std::string_view key, std::int64_t min, std::int64_t max, Need need)
{
    const json::value* v = find(key, need);
    if (v == nullptr)
        return min;
    std::int64_t n = 0;
    if (v->is_int64())
        n = v->get_int64();
    else if (v->is_uint64() && v->get_uint64() <= static_cast<std::uint64_t>(INT64_MAX))
        n = static_cast<std::int64_t>(v->get_uint64());
    else {
        fail(key, "expected an integer");
        return min;
    }
    if (n < min || n > max) {
        fail(key, "must be between " + std::to_string(min) + " and " + std::to_string(max) + ", got "
                      + std::to_string(n));
        return min;
    }
    return n;
}

const json::array* JsonReader::boundedArray(std::string_view key, std::size_t maxCount, Need need,
                                            std::string_view expected)
{
    const json::value* v = find(key, need);
    if (v == nullptr)
        return nullptr;
    if (!v->is_array()) {
        fail(key, "expected " + std::string(expected));
        return nullptr;
    }
    const json::array& a = v->get_array();
    if (a.size() > maxCount) {
        fail(key, "has " + std::to_string(a.size()) + " entries, the limit is " + std::to_string(maxCount));
        return nullptr;
    }
    return &a;
}

std::vector<std::string> JsonReader::texts(std::string_view key, std::size_t maxCount, std::size_t maxBytesEach,
                                           Need need)
{
    std::vector<std::string> out;
    const json::array* array = boundedArray(key, maxCount, need, "an array of strings");
    if (array == nullptr)
        return out;
    const json::array& a = *array;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const std::string where = std::string(key) + "[" + std::to_string(i) + "]";
        if (!a[i].is_string()) {
            fail(where, "expected a string");
            return {};
        }
        const json::string& s = a[i].get_string();
        if (s.empty() || s.size() > maxBytesEach) {
            fail(where, "must be 1 to " + std::to_string(maxBytesEach) + " bytes long");
            return {};
        }
        out.emplace_back(s.data(), s.size());
    }
    return out;
}

std::optional<JsonReader> JsonReader::object(std::string_view key, Need need)
{
    const json::value* v = find(key, need);
    if (v == nullptr)
        return std::nullopt;
    if (!v->is_object()) {
        fail(key, "expected an object");
        return std::nullopt;
    }
    return JsonReader(v->get_object(), fieldPath(key), m_error);
}

std::vector<JsonReader> JsonReader::objects(std::string_view key, std::size_t maxCount, Need need)
{
    std::vector<JsonReader> out;
    const json::array* array = boundedArray(key, maxCount, need, "an array of objects");
    if (array == nullptr)
        return out;
    const json::array& a = *array;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const std::string where = std::string(key) + "[" + std::to_string(i) + "]";
        if (!a[i].is_object()) {
            fail(where, "expected an object");
            return {};
        }
        out.push_back(JsonReader(a[i].get_object(), fieldPath(where), m_error));
    }
    return out;
}

void JsonReader::close()
{
    for (const auto& entry : *m_object) {
        std::string_view key(entry.key().data(), entry.key().size());
        if (!m_seen.contains(key)) {
            fail(key, "is not a known field of this version");
            return;
        }
    }
}

Status JsonReader::finish()
{
    close();
    if (m_error->has_value())
        return **m_error;
    return {};
}

} // namespace vigil
