// SPDX-License-Identifier: EUPL-1.2
#include "cubefilter.h"

#include "shared/jsonreader.h"
#include "shared/reportenums.h"

#include <boost/json/serialize.hpp>

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdio>

namespace vigil::registry {
namespace {

// The risk levels of the cube: the MIL-STD-882E matrix's four and "unrated" (no assessment).
constexpr std::array<std::string_view, 5> kLevels{"high", "serious", "medium", "low", "unrated"};

template <typename E> bool isName(std::string_view name) { return parseEnum<E>(name).has_value(); }

bool isLevel(std::string_view name) { return std::find(kLevels.begin(), kLevels.end(), name) != kLevels.end(); }

Status normalise(std::vector<std::string>& names, std::string_view dimension, bool (*known)(std::string_view))
{
    for (const auto& name : names)
        if (!known(name))
            return Error{"indicator filter: \"" + name + "\" is not a known " + std::string(dimension),
                         ErrorKind::Invalid};
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    return {};
}

void appendList(std::string& out, std::string_view key, const std::vector<std::string>& names)
{
    boost::json::array list;
    for (const auto& name : names)
        list.emplace_back(name);
    out += ",\"" + std::string(key) + "\":" + boost::json::serialize(list);
}

bool inList(const std::vector<std::string>& names, const std::string& name)
{
    return names.empty() || std::binary_search(names.begin(), names.end(), name);
}

// How one dimension's sets relate, empty meaning every name.
Overlap relate(const std::vector<std::string>& a, const std::vector<std::string>& b)
{
    if (a == b)
        return Overlap::Same;
    if (a.empty())
        return Overlap::Contains;
    if (b.empty())
        return Overlap::Within;
    if (std::includes(a.begin(), a.end(), b.begin(), b.end()))
        return Overlap::Contains;
    if (std::includes(b.begin(), b.end(), a.begin(), a.end()))
        return Overlap::Within;
    std::vector<std::string> both;
    std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(both));
    return both.empty() ? Overlap::Disjoint : Overlap::Partial;
}

Overlap relateUnits(const std::string& a, const std::string& b, const UnitTree& tree)
{
    if (a == b)
        return Overlap::Same;
    if (covers(tree, a, b))
        return Overlap::Contains;
    if (covers(tree, b, a))
        return Overlap::Within;
    return Overlap::Disjoint;  // subtrees of a tree either nest or share nothing
}

} // namespace

Result<CubeFilter> makeFilter(std::string unit, std::vector<std::string> kinds, std::vector<std::string> categories,
                              std::vector<std::string> modes, std::vector<std::string> levels)
{
    CubeFilter filter{std::move(unit), std::move(kinds), std::move(categories), std::move(modes), std::move(levels)};
    if (auto s = normalise(filter.kinds, "kind", &isName<Kind>); !s)
        return s.error();
    if (auto s = normalise(filter.categories, "category", &isName<Category>); !s)
        return s.error();
    if (auto s = normalise(filter.modes, "reporting mode", &isName<ReportingMode>); !s)
        return s.error();
    if (auto s = normalise(filter.levels, "risk level (high, serious, medium, low, unrated)", &isLevel); !s)
        return s.error();
    return filter;
}

std::string canonicalJson(const CubeFilter& filter)
{
    std::string out = "{\"unit\":" + boost::json::serialize(boost::json::value(filter.unit));
    appendList(out, "kinds", filter.kinds);
    appendList(out, "categories", filter.categories);
    appendList(out, "modes", filter.modes);
    appendList(out, "levels", filter.levels);
    return out + "}";
}

Result<CubeFilter> parseFilter(std::string_view json)
{
    auto object = parseJsonObject(json, "indicator filter", 16 * 1024, 4);
    if (!object)
        return withKind(ErrorKind::Invalid, object.error());
    JsonReader in(object.value(), "filter");
    std::string unit = in.text("unit", 64, Need::Optional);
    if (!in.has("unit"))
        in.fail("unit", "is required");
    std::vector<std::vector<std::string>> lists;
    for (const std::string_view key : {"kinds", "categories", "modes", "levels"}) {
        if (!in.has(key))
            in.fail(key, "is required");
        lists.push_back(in.texts(key, 64, 64));
    }
    if (auto s = in.finish(); !s)
        return withKind(ErrorKind::Invalid, s.error());
    return makeFilter(std::move(unit), std::move(lists[0]), std::move(lists[1]), std::move(lists[2]),
                      std::move(lists[3]));
}

bool matches(const CubeFilter& filter, const CubeRow& row, const UnitTree& tree)
{
    return inList(filter.kinds, row.kind) && inList(filter.categories, row.category) && inList(filter.modes, row.mode)
           && inList(filter.levels, row.level) && covers(tree, filter.unit, row.unit);
}

Overlap overlapOf(const CubeFilter& a, const CubeFilter& b, const UnitTree& tree)
{
    const std::array relations{relateUnits(a.unit, b.unit, tree), relate(a.kinds, b.kinds),
                               relate(a.categories, b.categories), relate(a.modes, b.modes),
                               relate(a.levels, b.levels)};
    const auto any = [&](Overlap o) { return std::find(relations.begin(), relations.end(), o) != relations.end(); };
    if (any(Overlap::Disjoint))
        return Overlap::Disjoint;
    if (any(Overlap::Partial) || (any(Overlap::Contains) && any(Overlap::Within)))
        return Overlap::Partial;
    if (any(Overlap::Contains))
        return Overlap::Contains;
    if (any(Overlap::Within))
        return Overlap::Within;
    return Overlap::Same;
}

std::optional<int> monthIndex(std::string_view text)
{
    int year = 0, month = 0;
    if (text.size() != 7 || text[4] != '-')
        return std::nullopt;
    const auto y = std::from_chars(text.data(), text.data() + 4, year);
    const auto m = std::from_chars(text.data() + 5, text.data() + 7, month);
    if (y.ec != std::errc{} || y.ptr != text.data() + 4 || m.ec != std::errc{} || m.ptr != text.data() + 7
        || year < 1970 || month < 1 || month > 12)
        return std::nullopt;
    return year * 12 + month - 1;
}

std::string monthText(int index)
{
    std::array<char, 16> buffer{};
    std::snprintf(buffer.data(), buffer.size(), "%04d-%02d", index / 12, index % 12 + 1);
    return buffer.data();
}

} // namespace vigil::registry
