// SPDX-License-Identifier: EUPL-1.2
#include "capacityjson.h"

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>

#include <chrono>
#include <cmath>
#include <cstdio>

namespace vigil::registry {

namespace json = boost::json;
namespace chr = std::chrono;

namespace {

/// "YYYY-MM" as a calendar month, or nothing.
std::optional<chr::year_month> parseMonth(std::string_view text)
{
    int y = 0;
    unsigned m = 0;
    if (text.size() != 7 || text[4] != '-' || std::sscanf(std::string(text).c_str(), "%4d-%2u", &y, &m) != 2)
        return std::nullopt;
    const chr::year_month ym{chr::year{y}, chr::month{m}};
    if (!ym.ok() || y < 2000 || y > 2999)
        return std::nullopt;
    return ym;
}

UnixSeconds startOf(chr::year_month ym)
{
    return chr::sys_seconds{chr::sys_days{ym / 1}}.time_since_epoch().count();
}

std::string monthText(chr::year_month ym)
{
    char out[16];
    std::snprintf(out, sizeof out, "%04d-%02u", static_cast<int>(ym.year()), static_cast<unsigned>(ym.month()));
    return out;
}

/// A figure with one decimal, or null.
json::value oneDecimal(const std::optional<double>& v)
{
    if (!v)
        return nullptr;
    return std::round(*v * 10.0) / 10.0;
}

json::value share(std::int64_t part, std::int64_t whole)
{
    if (whole == 0)
        return nullptr;
    return std::round(100.0 * static_cast<double>(part) / static_cast<double>(whole));
}

} // namespace

Result<CapacityPeriod> capacityPeriod(std::string_view fromMonth, std::string_view toMonth, UnixSeconds now)
{
    const chr::year_month_day today{chr::floor<chr::days>(chr::sys_seconds{chr::seconds{now}})};
    const chr::year_month current = today.year() / today.month();
    auto to = toMonth.empty() ? std::optional(current) : parseMonth(toMonth);
    if (!to)
        return Error{"to: expected a month YYYY-MM", ErrorKind::Invalid};
    auto from = fromMonth.empty() ? std::optional(*to - chr::months{2}) : parseMonth(fromMonth);
    if (!from)
        return Error{"from: expected a month YYYY-MM", ErrorKind::Invalid};
    if (*from > *to)
        return Error{"from: the first month comes after the last", ErrorKind::Invalid};
    return CapacityPeriod{startOf(*from), startOf(*to + chr::months{1}), monthText(*from), monthText(*to)};
}

std::string capacityJson(const CapacityReport& report, const CapacityPeriod& period)
{
    json::array advisors;
    for (const auto& a : report.advisors) {
        json::object o;
        o.emplace("member", a.member);
        o.emplace("name", a.name);
        o.emplace("open", a.open);
        o.emplace("cases", a.cases);
        o.emplace("contacted", a.contacted);
        o.emplace("median_contact_hours", oneDecimal(a.medianContactHours));
        o.emplace("clock_hours", oneDecimal(a.clockHours));
        o.emplace("clocked", a.clocked);
        o.emplace("within_clock", a.withinClock);
        o.emplace("within_clock_share", share(a.withinClock, a.clocked));
        advisors.emplace_back(std::move(o));
    }
    json::array groups;
    for (const auto& g : report.groups) {
        json::object o;
        o.emplace("group", g.group);
        o.emplace("name_nl", g.nameNl);
        o.emplace("name_en", g.nameEn);
        o.emplace("auto_assign", g.autoAssign);
        o.emplace("members", g.members);
        o.emplace("open", g.open);
        o.emplace("unassigned", g.unassigned);
        o.emplace("open_per_member",
                  g.members == 0 ? json::value(nullptr)
                                 : oneDecimal(static_cast<double>(g.open) / static_cast<double>(g.members)));
        groups.emplace_back(std::move(o));
    }
    json::object out;
    out.emplace("format", "vigil-capacity/1");
    out.emplace("from", period.fromMonth);
    out.emplace("to", period.toMonth);
    out.emplace("generated_at", report.generatedAt);
    out.emplace("advisors", std::move(advisors));
    out.emplace("groups", std::move(groups));
    return json::serialize(out);
}

} // namespace vigil::registry
