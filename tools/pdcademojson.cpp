// SPDX-License-Identifier: EUPL-1.2
#include "pdcademojson.h"

#include <boost/json.hpp>

#include <cmath>
#include <cstdio>

namespace vigil::tools {

namespace json = boost::json;

namespace {

/// The check's p value as a reader wants it: two decimals, or "< 0.001".
std::string pValueOf(const json::value& check)
{
    const json::value* p = member(check, "p");
    if (p == nullptr || !p->is_number())
        return "-";
    const double x = p->to_number<double>();
    if (x < 0.001)
        return "< 0.001";
    char buf[32];
    std::snprintf(buf, sizeof buf, x < 0.01 ? "%.3f" : "%.2f", x);
    return buf;
}

} // namespace

const json::value* member(const json::value& v, std::string_view key)
{
    if (!v.is_object())
        return nullptr;
    return v.as_object().if_contains(key);
}

std::string textOf(const json::value& v, std::string_view key)
{
    const json::value* m = member(v, key);
    return m != nullptr && m->is_string() ? std::string(m->as_string()) : std::string();
}

std::string figureOf(const json::value& v, std::string_view key)
{
    const json::value* m = member(v, key);
    if (m == nullptr || !m->is_number())
        return "-";
    const double x = m->to_number<double>();
    char buf[32];
    std::snprintf(buf, sizeof buf, x == std::round(x) ? "%.0f" : "%.2f", x);
    return buf;
}

std::string alertIndicator(const json::value& alert)
{
    const json::value* i = member(alert, "indicator");
    return i != nullptr ? textOf(*i, "id") : std::string();
}

std::string primaryIndicator(const json::value& measure)
{
    const json::value* list = member(measure, "indicators");
    if (list == nullptr || !list->is_array())
        return {};
    for (const json::value& i : list->as_array()) {
        const json::value* primary = member(i, "primary");
        if (primary != nullptr && primary->is_bool() && primary->as_bool())
            return textOf(i, "id");
    }
    return {};
}

std::string checkFigures(const json::value& measure, const std::string& indicator)
{
    const json::value* checks = member(measure, "checks");
    if (checks == nullptr || !checks->is_array())
        return {};
    const json::value* c = nullptr;
    for (const json::value& each : checks->as_array())
        if (textOf(each, "indicator") == indicator)
            c = &each;  // the last one recorded
    if (c == nullptr)
        return {};
    auto window = [&](std::string_view key) {
        const json::value* w = member(*c, key);
        if (w == nullptr)
            return std::string("-");
        return textOf(*w, "from") + " to " + textOf(*w, "to") + ": " + figureOf(*w, "count");
    };
    std::string interval = "-";
    if (const json::value* ci = member(*c, "ci"); ci != nullptr && ci->is_array() && ci->as_array().size() == 2) {
        const json::object ends{{"low", ci->as_array()[0]}, {"high", ci->as_array()[1]}};
        interval = figureOf(ends, "low") + " to " + figureOf(ends, "high");
    }
    return "; before " + window("before") + ", after " + window("after") + "; rate ratio " + figureOf(*c, "rate_ratio")
           + ", 95 % interval " + interval + ", p " + pValueOf(*c) + " (" + textOf(*c, "reason") + ")";
}

} // namespace vigil::tools
