// SPDX-License-Identifier: EUPL-1.2
#include "vmsdiff.h"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <algorithm>
#include <optional>

namespace vigil::report {
namespace {

namespace json = boost::json;

const std::string kAbsent = "(absent)";

// An entry's "id" when every entry of the list has one (measures, indicators, alerts).
std::optional<std::string> idOf(const json::value& v)
{
    if (!v.is_object())
        return std::nullopt;
    const auto* id = v.as_object().if_contains("id");
    if (!id || !(id->is_string() || id->is_int64()))
        return std::nullopt;
    return id->is_string() ? std::string(id->as_string()) : std::to_string(id->as_int64());
}

bool keyed(const json::array& a)
{
    return !a.empty() && std::all_of(a.begin(), a.end(), [](const json::value& v) { return idOf(v).has_value(); });
}

// Whether `path` is a month of an indicator's published figures.
bool isSettledFigure(const std::string& path)
{
    if (!path.starts_with("indicators["))
        return false;
    for (const char* series : {"].values[", "].numerators[", "].denominators[", "].cases["})
        if (path.find(series) != std::string::npos)
            return true;
    return false;
}

class Differ {
public:
    std::vector<VmsDifference> out;

    void compare(const std::string& path, const json::value* a, const json::value* b)
    {
        if (a && b && *a == *b)
            return;
        if (a && b && a->is_object() && b->is_object())
            return objects(path, a->as_object(), b->as_object());
        if (a && b && a->is_array() && b->is_array())
            return arrays(path, a->as_array(), b->as_array());
        VmsDifference d{path, a ? json::serialize(*a) : kAbsent, b ? json::serialize(*b) : kAbsent, false};
        d.settledFigure = a && b && isSettledFigure(path);
        out.push_back(std::move(d));
    }

private:
    static std::string join(const std::string& path, std::string_view key)
    {
        return path.empty() ? std::string(key) : path + "." + std::string(key);
    }

    void objects(const std::string& path, const json::object& a, const json::object& b)
    {
        for (const auto& [key, value] : a)
            compare(join(path, key), &value, b.if_contains(key));
        for (const auto& [key, value] : b)
            if (!a.contains(key))
                compare(join(path, key), nullptr, &value);
    }

    void arrays(const std::string& path, const json::array& a, const json::array& b)
    {
        if (keyed(a) && (b.empty() || keyed(b))) {
            const auto find = [](const json::array& in, const std::string& id) -> const json::value* {
                for (const auto& v : in)
                    if (idOf(v) == id)
                        return &v;
                return nullptr;
            };
            for (const auto& v : a)
                compare(path + "[" + *idOf(v) + "]", &v, find(b, *idOf(v)));
            for (const auto& v : b)
                if (!find(a, *idOf(v)))
                    compare(path + "[" + *idOf(v) + "]", nullptr, &v);
            return;
        }
        for (std::size_t i = 0; i < std::max(a.size(), b.size()); ++i)
            compare(path + "[" + std::to_string(i) + "]", i < a.size() ? &a[i] : nullptr, i < b.size() ? &b[i] : nullptr);
    }
};

} // namespace

Result<std::vector<VmsDifference>> diffVmsReports(const std::string& issued, const std::string& now)
{
    boost::system::error_code ec1, ec2;
    json::value a = json::parse(issued, ec1);
    json::value b = json::parse(now, ec2);
    if (ec1 || ec2 || !a.is_object() || !b.is_object())
        return Error{"a report to compare is not a JSON object", ErrorKind::Invalid};
    // When it was made and why it was reissued describe the issue, not the period's figures.
    for (const char* key : {"generated_at", "reissue"}) {
        a.as_object().erase(key);
        b.as_object().erase(key);
    }
    Differ differ;
    differ.compare("", &a, &b);
    return std::move(differ.out);
}

} // namespace vigil::report
