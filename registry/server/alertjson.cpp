// SPDX-License-Identifier: EUPL-1.2
#include "alertjson.h"

#include <boost/json/array.hpp>

namespace vigil::registry {

namespace json = boost::json;

namespace {

template <typename T>
json::value orNull(const std::optional<T>& v)
{
    if (v)
        return json::value(*v);
    return nullptr;
}

} // namespace

json::object alertToJson(const AlertRecord& a, ClockStatus clock, bool mayAct)
{
    json::object o;
    o.emplace("id", a.id);
    o.emplace("indicator",
              json::object{{"id", a.indicatorId}, {"name_nl", a.indicatorNameNl}, {"name_en", a.indicatorNameEn}});
    o.emplace("scope_unit", a.scopeUnit);
    o.emplace("month", a.month);
    json::array months;
    for (const auto& m : a.months)
        months.emplace_back(m);
    o.emplace("months", std::move(months));
    o.emplace("rule", a.rule);
    o.emplace("value", a.value);
    o.emplace("level", a.level);
    o.emplace("state", enumName(a.state));
    o.emplace("raised_at", a.raisedAt);
    o.emplace("follow_up_due", a.followUpDue);
    o.emplace("clock", enumName(clock));
    o.emplace("assignee", orNull(a.assignee));
    o.emplace("assigned_at", orNull(a.assignedAt));
    o.emplace("measure", orNull(a.measure));
    o.emplace("explanation", a.explanation);
    o.emplace("followed_up_by", orNull(a.followedUpBy));
    o.emplace("followed_up_at", orNull(a.followedUpAt));
    o.emplace("closed_by", orNull(a.closedBy));
    o.emplace("closed_at", orNull(a.closedAt));
    o.emplace("close_note", a.closeNote);
    json::array next, may;
    for (auto s : allowedNext(a.state)) {
        next.emplace_back(enumName(s));
        if (mayAct)
            may.emplace_back(enumName(s));
    }
    o.emplace("next", std::move(next));
    o.emplace("may", std::move(may));
    return o;
}

} // namespace vigil::registry
